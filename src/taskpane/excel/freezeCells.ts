/*
 * Freeze turns HARMONIZE formulas into static values for readers without the add-in, keeping each original
 * formula (and its spill size) in a custom XML part; unfreeze puts the formulas back exactly.
 */
import { mentionsHarmonize, readsAsFormula, sheetPrefix, FROZEN_NAMESPACE, type FrozenCell, frozenNote, mergeFrozen, validFrozenCells } from '../../core';
import { a1, fromA1 } from './a1';
import { readJsonPart, writeJsonPart } from './documentParts';
import { supports, unavailable } from './requirements';
import { formatText, needsTextFormats, textSafeFormats } from './textCells';

export type FreezeScope = 'selection' | 'sheet' | 'workbook';
/** A scope, or exactly these cells: the Workbook tab's audit keeps the old values of the cells it listed. */
export type FreezeTarget = FreezeScope | { cells: readonly { sheet: string; address: string }[] };
export const FROZEN_CELLS_PER_SYNC = 200;

export interface FreezeOptions {
  dataset: { version: string; checksum: string };
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  now?: () => Date;
}

interface Area {
  sheet: string;
  worksheet: Excel.Worksheet;
  top: number;
  left: number;
  rows: number;
  columns: number;
  formulas?: unknown[][];
}

async function areasIn(context: Excel.RequestContext, scope: FreezeTarget): Promise<Area[]> {
  const ranges: Excel.Range[] = [];
  if (typeof scope === 'object') {
    for (const cell of scope.cells) {
      const { row, column } = fromA1(cell.address);
      ranges.push(context.workbook.worksheets.getItem(cell.sheet).getRangeByIndexes(row, column, 1, 1));
    }
  } else if (scope === 'selection') ranges.push(context.workbook.getSelectedRange());
  else {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const active = sheets.getActiveWorksheet();
    active.load('name');
    await context.sync();
    const chosen = scope === 'sheet' ? sheets.items.filter((s) => s.name === active.name) : sheets.items;
    for (const s of chosen) ranges.push(s.getUsedRangeOrNullObject(true));
  }
  for (const r of ranges) r.load('isNullObject,formulas,rowIndex,columnIndex,rowCount,columnCount,worksheet/name');
  await context.sync();
  return ranges
    .filter((r) => !r.isNullObject)
    .map((r) => ({
      sheet: r.worksheet.name,
      worksheet: r.worksheet,
      top: r.rowIndex,
      left: r.columnIndex,
      rows: r.rowCount,
      columns: r.columnCount,
      formulas: r.formulas,
    }));
}

function addNote(context: Excel.RequestContext, cell: FrozenCell): boolean {
  try {
    if (!supports('comments')) return false;
    context.workbook.comments.add(`${sheetPrefix(cell.sheet)}${cell.address}`, frozenNote(cell));
    return true;
  } catch {
    return false;
  }
}

export async function freezeFormulas(scope: FreezeTarget, options: FreezeOptions): Promise<{ frozen: number; cancelled: boolean }> {
  // Without spill detection a frozen spill would lose every value but its first: refuse rather than lose data.
  if (!supports('spills')) throw new Error(unavailable('spills'));
  return Excel.run(async (context) => {
    const found: { area: Area; row: number; column: number; formula: string }[] = [];
    for (const area of await areasIn(context, scope)) {
      area.formulas!.forEach((line, r) =>
        line.forEach((f, c) => {
          if (typeof f === 'string' && f.startsWith('=') && mentionsHarmonize(f)) found.push({ area, row: area.top + r, column: area.left + c, formula: f });
        }),
      );
    }
    if (found.length === 0) return { frozen: 0, cancelled: false };
    // Each batch loads its own anchors and spills, so no single request carries every cell of the workbook.
    const loadSpills = (batch: typeof found) => {
      const loaded = batch.map((f) => {
        const anchor = f.area.worksheet.getRangeByIndexes(f.row, f.column, 1, 1);
        const spill = anchor.getSpillingToRangeOrNullObject();
        anchor.load('values,numberFormat');
        spill.load('values,numberFormat,rowCount,columnCount');
        return { anchor, spill };
      });
      return context.sync().then(() => loaded);
    };
    const frozenAt = (options.now?.() ?? new Date()).toISOString();
    const existing = validFrozenCells(await readJsonPart<unknown>(context, FROZEN_NAMESPACE, [])).cells;
    const records: FrozenCell[] = [];
    let cancelled = false;
    for (let start = 0; start < found.length; start += FROZEN_CELLS_PER_SYNC) {
      if (options.signal?.aborted) {
        cancelled = true;
        break;
      }
      const slice = found.slice(start, start + FROZEN_CELLS_PER_SYNC);
      const spills = await loadSpills(slice);
      const batch = slice.map((f, k) => {
        const { anchor, spill } = spills[k];
        const values = spill.isNullObject ? anchor.values : spill.values;
        const formats = spill.isNullObject ? anchor.numberFormat : spill.numberFormat;
        const record: FrozenCell = {
          sheet: f.area.sheet,
          address: a1(f.row, f.column),
          formula: f.formula,
          rows: values.length,
          columns: values[0].length,
          datasetVersion: options.dataset.version,
          datasetChecksum: options.dataset.checksum,
          frozenAt,
        };
        const textFormatted = changedFormats(values, formats);
        if (textFormatted.length) record.textFormatted = textFormatted;
        return { f, values, formats, record };
      });
      // The formulas are kept before any is replaced: if a later write fails, nothing is lost that unfreeze cannot restore.
      records.push(...batch.map((b) => b.record));
      await writeJsonPart(context, FROZEN_NAMESPACE, mergeFrozen(existing, records));
      for (const { f, values, formats, record } of batch) {
        const target = f.area.worksheet.getRangeByIndexes(f.row, f.column, values.length, values[0].length);
        // A frozen value is data (bundled or from the workbook's mappings): text that Excel would read as a formula
        // goes into a text-formatted cell, and each changed cell's format is kept so that unfreeze can restore it.
        if (needsTextFormats(values)) target.numberFormat = textSafeFormats(values, formats);
        target.values = values;
        record.noted = addNote(context, record);
      }
      await context.sync();
      options.onProgress?.(Math.min(start + FROZEN_CELLS_PER_SYNC, found.length), found.length);
    }
    // Record which cells carry a note, so that unfreeze removes exactly those.
    if (records.some((r) => r.noted)) await writeJsonPart(context, FROZEN_NAMESPACE, mergeFrozen(existing, records));
    return { frozen: records.length, cancelled };
  });
}

/** The cells whose format freeze changes to text, with the format each had. */
function changedFormats(values: unknown[][], formats: unknown[][]): NonNullable<FrozenCell['textFormatted']> {
  return values.flatMap((line, row) => line.flatMap((v, column) => (readsAsFormula(v) ? [{ row, column, format: formatText(formats[row]?.[column]) }] : [])));
}

function inArea(cell: FrozenCell, area: { sheet: string; top: number; left: number; rows: number; columns: number }): boolean {
  const { row, column } = fromA1(cell.address);
  return cell.sheet === area.sheet && row >= area.top && row < area.top + area.rows && column >= area.left && column < area.left + area.columns;
}

/** Restores the frozen formulas in scope and forgets them; the rest stay frozen. */
export async function unfreezeFormulas(scope: FreezeScope, options: Pick<FreezeOptions, 'onProgress'> = {}): Promise<{ restored: number; skipped: number }> {
  return Excel.run(async (context) => {
    // Only records that name a real cell and a HARMONIZE formula are written back; others are skipped and counted.
    const { cells: records, rejected } = validFrozenCells(await readJsonPart<unknown>(context, FROZEN_NAMESPACE, []));
    let chosen = records;
    if (scope !== 'workbook') {
      const areas = await areasIn(context, scope === 'sheet' ? 'sheet' : 'selection');
      chosen = scope === 'sheet' ? records.filter((r) => areas.some((a) => a.sheet === r.sheet)) : records.filter((r) => areas.some((a) => inArea(r, a)));
    }
    for (let start = 0; start < chosen.length; start += FROZEN_CELLS_PER_SYNC) {
      for (const r of chosen.slice(start, start + FROZEN_CELLS_PER_SYNC)) {
        const sheet = context.workbook.worksheets.getItem(r.sheet);
        const { row, column } = fromA1(r.address);
        // Clear the frozen spill first, or the restored formula would meet its own values and show #SPILL!.
        if (r.rows > 1 || r.columns > 1) sheet.getRangeByIndexes(row, column, r.rows, r.columns).clear('Contents');
        // A text-formatted cell would keep the restored formula as text: give each cell its own format back first.
        for (const t of r.textFormatted ?? []) sheet.getRangeByIndexes(row + t.row, column + t.column, 1, 1).numberFormat = [[t.format]];
        sheet.getRangeByIndexes(row, column, 1, 1).formulas = [[r.formula]];
        if (r.noted) context.workbook.comments.getItemByCell(`${sheetPrefix(r.sheet)}${r.address}`).delete();
      }
      await context.sync();
      options.onProgress?.(Math.min(start + FROZEN_CELLS_PER_SYNC, chosen.length), chosen.length);
    }
    const remaining = records.filter((r) => !chosen.includes(r));
    await writeJsonPart(context, FROZEN_NAMESPACE, remaining);
    return { restored: chosen.length, skipped: rejected };
  });
}
