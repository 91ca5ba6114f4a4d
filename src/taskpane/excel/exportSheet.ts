import { TEXT_FORMAT } from './textCells';

/** Excel's limit for a sheet name, and the characters it refuses in one. */
const MAX_SHEET_NAME = 31;

function freeSheetName(taken: readonly string[], base: string): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const name = (i === 1 ? base : `${base} (${i})`).slice(0, MAX_SHEET_NAME);
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/**
 * Writes an export as a new worksheet: the way out that works on every host, including Excel on Mac, where a
 * download link does nothing. Every cell is text-formatted first, so no exported value can become a formula.
 */
export async function exportToNewSheet(rows: readonly (readonly string[])[], baseName: string): Promise<string> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const name = freeSheetName(
      sheets.items.map((s) => s.name),
      baseName.replace(/[[\]:*?/\\]/g, '-'),
    );
    const sheet = sheets.add(name);
    const columns = Math.max(1, ...rows.map((r) => r.length));
    const grid = rows.map((r) => Array.from({ length: columns }, (_, c) => r[c] ?? ''));
    if (grid.length) {
      const target = sheet.getRangeByIndexes(0, 0, grid.length, columns);
      target.numberFormat = grid.map((r) => r.map(() => TEXT_FORMAT));
      target.values = grid;
    }
    sheet.activate();
    await context.sync();
    return name;
  });
}
