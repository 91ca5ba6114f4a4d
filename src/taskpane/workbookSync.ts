/*
 * Keeps the runtime's engine in step with the workbook: the HarmonizeMappings table is read when the runtime
 * starts and whenever it is edited, laid over the bundled data, and the HARMONIZE formulas recalculated when the
 * mappings in force changed, so that each answers with them. Runs in the shared runtime, so it works with the
 * pane closed.
 */
import { runtime } from '../runtime/engine';
import { type MappingImport, readMappingRowsInSlices } from '../core';
import { yieldToHost } from './yieldToHost';
import { recalculateHarmonizeFormulas } from './excel/recalculateHarmonize';
import { readMappingsTable, watchMappingsTable } from './excel/mappingsTable';

export type MappingsReport = MappingImport | null;

const today = (): string => new Date().toISOString().slice(0, 10);

/** Reads the table and lays its valid rows over the bundled data; rejected rows are reported, not applied. */
export async function syncWorkbookMappings(): Promise<MappingsReport> {
  const table = await readMappingsTable();
  if (!table) {
    runtime.setWorkbookMappings([]);
    return null;
  }
  const read = () => readMappingRowsInSlices(table.header, table.rows, { today: today(), catalog: runtime.baseEngine().catalog }, yieldToHost);
  let result = await read();
  // A mapping may name a standard only the IEC or JIS catalogue lists: load them and read the table again. If
  // they cannot be loaded, those rows stay rejected with the reason they already give.
  if (result.rejected.some((r) => r.catalogueNeeded)) {
    const loaded = await Promise.resolve(runtime.engineWithCatalogue()).then(
      () => true,
      () => false,
    );
    if (loaded) result = await read();
  }
  runtime.setWorkbookMappings(result.accepted);
  return result;
}

let stopWatching: (() => Promise<void>) | null = null;
const fingerprint = (report: MappingsReport): string => JSON.stringify(report?.accepted ?? []);
/** The mappings in force at the last recalculation: formulas already show them, so nothing is redone. */
let recalculatedFor = fingerprint(null);
let pending: ReturnType<typeof setTimeout> | null = null;
/** Edits to the table arrive cell by cell; one recalculation follows a burst of them. */
export const EDIT_DEBOUNCE_MS = 300;

/** Recalculates the HARMONIZE formulas once when the mappings in force differ from those they were computed with. */
async function recalculateIfChanged(report: MappingsReport): Promise<void> {
  const now = fingerprint(report);
  if (now === recalculatedFor) return;
  recalculatedFor = now;
  await recalculateHarmonizeFormulas();
}

/** For tests: forget what the formulas were last recalculated with, as a new runtime would. */
export function resetWorkbookSync(): void {
  recalculatedFor = fingerprint(null);
}

export async function startWorkbookSync(onReport: (report: MappingsReport) => void): Promise<void> {
  const report = await syncWorkbookMappings();
  // Cells computed before the runtime read the table hold bundled answers: a workbook with mappings recalculates once.
  await recalculateIfChanged(report);
  onReport(report);
  await stopWatching?.();
  stopWatching = await watchMappingsTable(() => {
    if (pending) clearTimeout(pending);
    pending = setTimeout(() => {
      pending = null;
      syncWorkbookMappings()
        .then(async (next) => {
          await recalculateIfChanged(next);
          onReport(next);
        })
        .catch((error: unknown) =>
          onReport({
            accepted: [],
            rejected: [{ row: 0, reason: `Could not read HarmonizeMappings: ${error instanceof Error ? error.message : String(error)}` }],
          }),
        );
    }, EDIT_DEBOUNCE_MS);
  });
}
