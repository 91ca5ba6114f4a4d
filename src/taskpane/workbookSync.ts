/*
 * Keeps the runtime's engine in step with the workbook: the HarmonizeMappings table is read when the runtime
 * starts and whenever it is edited, laid over the bundled data, and the workbook recalculated so every
 * HARMONIZE formula answers with it. Runs in the shared runtime, so it works with the pane closed.
 */
import { baseEngine, engineWithCatalogue, setWorkbookMappings } from '../core/activeEngine';
import { type MappingImport, readMappingRows } from '../core/mappings';
import { recalculateWorkbook } from './excel/documentSharing';
import { readMappingsTable, watchMappingsTable } from './excel/mappingsTable';

export type MappingsReport = MappingImport | null;

const today = (): string => new Date().toISOString().slice(0, 10);

/** Reads the table and lays its valid rows over the bundled data; rejected rows are reported, not applied. */
export async function syncWorkbookMappings(): Promise<MappingsReport> {
  const table = await readMappingsTable();
  if (!table) {
    setWorkbookMappings([]);
    return null;
  }
  const read = () => readMappingRows(table.header, table.rows, { today: today(), catalog: baseEngine().catalog });
  let result = read();
  // A mapping may name a standard only the IEC or JIS catalogue lists: load them and read the table again. If
  // they cannot be loaded, those rows stay rejected with the reason they already give.
  if (result.rejected.some((r) => r.catalogueNeeded)) {
    const loaded = await Promise.resolve(engineWithCatalogue()).then(
      () => true,
      () => false,
    );
    if (loaded) result = read();
  }
  setWorkbookMappings(result.accepted);
  return result;
}

let stopWatching: (() => Promise<void>) | null = null;

export async function startWorkbookSync(onReport: (report: MappingsReport) => void): Promise<void> {
  onReport(await syncWorkbookMappings());
  await stopWatching?.();
  stopWatching = await watchMappingsTable(async () => {
    const report = await syncWorkbookMappings();
    await recalculateWorkbook();
    onReport(report);
  });
}
