/*
 * The workbook's HarmonizeMappings table: create it, read it, append imported rows. Body cells are formatted as
 * text before anything is written, so an imported "=..." stays the text it was and never becomes a formula.
 */
import { MAPPING_COLUMNS, MAPPING_TABLE_NAME } from '../../core/mappings';
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

/**
 * Appends validated rows: blank rows first, formatted as text, then the values, so that nothing written can turn
 * into a formula. The caller has already shown the analyst which rows were rejected and why.
 */
export async function appendMappingRows(rows: string[][]): Promise<number> {
  if (rows.length === 0) return 0;
  return Excel.run(async (context) => {
    const table = context.workbook.tables.getItem(MAPPING_TABLE_NAME);
    const body = table.getDataBodyRange();
    body.load('values,rowCount');
    await context.sync();
    const blankOnly = body.rowCount === 1 && body.values[0].every((v) => v === '');
    const start = blankOnly ? 0 : body.rowCount;
    table.rows.add(undefined, rows.slice(blankOnly ? 1 : 0).map((r) => r.map(() => '')));
    const target = table.getDataBodyRange().getRow(start).getResizedRange(rows.length - 1, 0);
    target.numberFormat = rows.map((r) => r.map(() => '@'));
    target.values = rows;
    await context.sync();
    return rows.length;
  });
}

/** Calls back whenever the analyst edits the table. Returns a function that stops listening. */
export async function watchMappingsTable(onChange: () => void): Promise<() => Promise<void>> {
  // Without table events, edits are picked up at the next start or sync from the Workbook tab.
  if (!supports('tableEvents')) return async () => undefined;
  return Excel.run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(MAPPING_TABLE_NAME);
    await context.sync();
    if (table.isNullObject) return async () => undefined;
    const handler = table.onChanged.add(async () => onChange());
    await context.sync();
    return async () => {
      await Excel.run(handler.context, async (ctx) => {
        handler.remove();
        await ctx.sync();
      });
    };
  });
}
