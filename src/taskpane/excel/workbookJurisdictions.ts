import { jurisdictionsInFormulas } from '../../core';

export const MATRIX_TABLE_PREFIX = 'HarmonizeMatrix_';

/**
 * The jurisdictions this workbook already uses: those its HARMONIZE formulas name, and the header rows of the
 * matrices the pane has written (whose formulas point at those headers rather than naming them).
 */
export async function jurisdictionsUsedInWorkbook(): Promise<string[]> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const tables = context.workbook.tables;
    sheets.load('items/name');
    tables.load('items/name');
    await context.sync();
    const used = sheets.items.map((s) => s.getUsedRangeOrNullObject(true));
    for (const range of used) range.load('formulas');
    const headers = tables.items.filter((t) => t.name.startsWith(MATRIX_TABLE_PREFIX)).map((t) => t.getHeaderRowRange());
    for (const header of headers) header.load('values');
    await context.sync();
    const formulas: unknown[] = used.filter((r) => !r.isNullObject).flatMap((r) => r.formulas.flat() as unknown[]);
    const fromHeaders = headers.flatMap((h) => h.values[0].slice(1) as unknown[]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    return [...new Set([...jurisdictionsInFormulas(formulas), ...fromHeaders.map((v) => v.trim())])];
  });
}
