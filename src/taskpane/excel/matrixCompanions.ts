/*
 * What makes an inserted matrix one an analyst can hand on, beside its cells (workbookWrites): frozen headers, each
 * #N/A's reason as a note, a Sources sheet and the dataset stamp, as the CLI's `matrix --xlsx` writes them.
 */
import { type Harmonize, stampOf, STAMP_NAMESPACE, stampToXml, errorReason, MATRIX_SOURCE_COLUMNS, matrixSourceRows } from '../../core';
import { writePartXml } from './documentParts';
import { supports, unavailable } from './requirements';
import { TEXT_FORMAT } from './textCells';
import { rowsPerSync } from './requestBatches';

/** Freezing panes above and left of a matrix far down or right would hide most of the window: past these, skip it. */
const FREEZE_LIMIT = { rows: 10, columns: 4 };
const SOURCES_SHEET = 'Sources';

/** Freezes the header row and the standards column when the matrix starts near the sheet's top left. */
export function freezeMatrixHeaders(sheet: Excel.Worksheet, anchorRow: number, anchorCol: number): string | null {
  if (!supports('freezePanes')) return unavailable('freezePanes');
  if (anchorRow >= FREEZE_LIMIT.rows || anchorCol >= FREEZE_LIMIT.columns) {
    return 'Headers not frozen: the matrix starts too far from the top left; insert it near A1 to freeze them.';
  }
  sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, anchorRow + 1, anchorCol + 1));
  return null;
}

/** Notes per request: a note is its cell's address and a sentence or two, so 1,000 stay well under 1 MB. */
const NOTES_PER_SYNC = 1_000;
/** Past this many error cells, notes would bury the sheet; the Sources sheet's reason column holds them all. */
export const MAX_NOTES = 2_000;

/** The body cells (zero-based within the body) whose value is an error, with the reason a note shows. */
function errorCells(engine: Harmonize, request: { standards: string[]; jurisdictions: string[]; field: string }) {
  return request.standards.flatMap((s, r) =>
    request.jurisdictions.flatMap((j, c) => {
      const reason = errorReason(engine, s, j, request.field);
      return reason ? [{ r, c, reason }] : [];
    }),
  );
}

/**
 * Notes each error cell of the body below and right of (row, col) with its reason, a request per NOTES_PER_SYNC
 * notes. Returns why notes were left out, or null when every error cell has its note.
 */
export async function noteErrorReasons(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  engine: Harmonize,
  request: { standards: string[]; jurisdictions: string[]; field: string },
  at: { row: number; col: number },
): Promise<string | null> {
  if (!supports('notes')) return `${unavailable('notes')} The reasons are in the Sources sheet.`;
  const cells = errorCells(engine, request);
  if (cells.length > MAX_NOTES) {
    return `${cells.length} cells have no answer, too many to note one by one; each reason is in the Sources sheet.`;
  }
  for (let start = 0; start < cells.length; start += NOTES_PER_SYNC) {
    for (const { r, c, reason } of cells.slice(start, start + NOTES_PER_SYNC)) {
      sheet.notes.add(sheet.getRangeByIndexes(at.row + 1 + r, at.col + 1 + c, 1, 1), reason);
    }
    await context.sync();
  }
  return null;
}

/** A sheet name not yet taken: "Sources", then "Sources (2)", ... */
async function freeSheetName(context: Excel.RequestContext): Promise<string> {
  for (let n = 1; ; n++) {
    const name = n === 1 ? SOURCES_SHEET : `${SOURCES_SHEET} (${n})`;
    const existing = context.workbook.worksheets.getItemOrNullObject(name);
    await context.sync();
    if (existing.isNullObject) return name;
  }
}

/** Adds a Sources sheet, one row per matrix cell, all text (sources and designations are data, never formulas). */
export async function writeSourcesSheet(context: Excel.RequestContext, engine: Harmonize, standards: string[], jurisdictions: string[]): Promise<string> {
  const name = await freeSheetName(context);
  const sheet = context.workbook.worksheets.add(name);
  const rows = [[...MATRIX_SOURCE_COLUMNS] as string[], ...matrixSourceRows(engine, standards, jurisdictions)];
  const width = MATRIX_SOURCE_COLUMNS.length;
  const batch = rowsPerSync(width);
  for (let start = 0; start < rows.length; start += batch) {
    const slice = rows.slice(start, start + batch);
    const range = sheet.getRangeByIndexes(start, 0, slice.length, width);
    range.numberFormat = slice.map((row) => row.map(() => TEXT_FORMAT));
    range.values = slice;
    await context.sync();
  }
  sheet.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
  if (supports('freezePanes')) sheet.freezePanes.freezeRows(1);
  await context.sync();
  return name;
}

/** Records which dataset computed the matrix, as the Workbook tab's stamp does. */
export async function stampWorkbook(context: Excel.RequestContext, engine: Harmonize): Promise<void> {
  await writePartXml(context, STAMP_NAMESPACE, stampToXml(stampOf(engine, new Date())));
}
