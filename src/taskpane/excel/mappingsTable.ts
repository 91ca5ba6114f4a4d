/*
 * The workbook's HarmonizeMappings table: create it, read it, append imported rows. Body cells are formatted as
 * text before anything is written, so an imported "=..." stays the text it was and never becomes a formula.
 */
import { MAPPING_COLUMNS, MAPPING_TABLE_NAME } from '../../core';
import { supports } from './requirements';

export interface MappingsTableContent {
  header: unknown[];
  rows: unknown[][];
}

const SHEET_NAME = 'Harmonize mappings';

export async function readMappingsTable(): Promise<MappingsTableContent | null> {
  return Excel.run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(MAPPING_TABLE_NAME);
    await context.sync();
    if (table.isNullObject) return null;
    const header = table.getHeaderRowRange();
    const body = table.getDataBodyRange();
    header.load('values');
    body.load('values');
    await context.sync();
    return { header: header.values[0], rows: body.values };
  });
}

/** Creates the table on its own sheet, or says where the existing one is. */
export async function createMappingsTable(): Promise<string> {
  return Excel.run(async (context) => {
    const existing = context.workbook.tables.getItemOrNullObject(MAPPING_TABLE_NAME);
    await context.sync();
    if (!existing.isNullObject) return `${MAPPING_TABLE_NAME} already exists`;
    const sheet = context.workbook.worksheets.getItemOrNullObject(SHEET_NAME);
    await context.sync();
    const target = sheet.isNullObject ? context.workbook.worksheets.add(SHEET_NAME) : sheet;
    const range = target.getRangeByIndexes(0, 0, 2, MAPPING_COLUMNS.length);
    range.numberFormat = [MAPPING_COLUMNS.map(() => '@'), MAPPING_COLUMNS.map(() => '@')];
    target.getRangeByIndexes(0, 0, 1, MAPPING_COLUMNS.length).values = [[...MAPPING_COLUMNS]];
    const table = target.tables.add(range, true);
    table.name = MAPPING_TABLE_NAME;
    target.activate();
    await context.sync();
    return `Created ${MAPPING_TABLE_NAME} on the sheet '${SHEET_NAME}'`;
  });
}

/** Rows appended per request: seven text cells a row, so 2,000 rows stay far below Excel on the web's request limit. */
export const MAPPING_ROWS_PER_SYNC = 2_000;

/**
 * Appends validated rows in batches: for each, blank rows first, formatted as text, then the values, so that
 * nothing written can turn into a formula. The caller has already shown the analyst which rows were rejected.
 */
export async function appendMappingRows(rows: string[][]): Promise<number> {
  if (rows.length === 0) return 0;
  return Excel.run(async (context) => {
    const table = context.workbook.tables.getItem(MAPPING_TABLE_NAME);
    const body = table.getDataBodyRange();
    body.load('values,rowCount');
    await context.sync();
    const blankOnly = body.rowCount === 1 && body.values[0].every((v) => v === '');
    let next = blankOnly ? 0 : body.rowCount;
    for (let start = 0; start < rows.length; start += MAPPING_ROWS_PER_SYNC) {
      const batch = rows.slice(start, start + MAPPING_ROWS_PER_SYNC);
      // The table's one blank row takes the first imported row; every other row is added.
      const added = start === 0 && blankOnly ? batch.slice(1) : batch;
      if (added.length)
        table.rows.add(
          undefined,
          added.map((r) => r.map(() => '')),
        );
      const target = table
        .getDataBodyRange()
        .getRow(next)
        .getResizedRange(batch.length - 1, 0);
      target.numberFormat = batch.map((r) => r.map(() => '@'));
      target.values = batch;
      await context.sync();
      next += batch.length;
    }
    return rows.length;
  });
}

/** Calls back whenever the analyst edits the table. Returns a function that stops listening. */
export async function watchMappingsTable(onChange: () => void): Promise<() => Promise<void>> {
  // Without table events, edits are picked up at the next start or sync from the Workbook tab.
  if (!supports('tableEvents')) return () => Promise.resolve();
  return Excel.run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(MAPPING_TABLE_NAME);
    await context.sync();
    if (table.isNullObject) return () => Promise.resolve();
    const handler = table.onChanged.add(() => {
      onChange();
      return Promise.resolve();
    });
    await context.sync();
    return async () => {
      await Excel.run(handler.context, async (ctx) => {
        handler.remove();
        await ctx.sync();
      });
    };
  });
}
