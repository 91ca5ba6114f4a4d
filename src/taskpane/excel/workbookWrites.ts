/*
 * Every write the task pane makes to the workbook lives here, so the UI never touches Excel directly. Writes are
 * batched: one context.sync() per chunk of rows, never one per cell.
 */
import type { Harmonize } from '../../core';
import { CORRESPONDENCE_FILLS, type MatrixMode, type MatrixPlan, type MatrixRequest, planMatrix } from './matrixPlan';
import { needsTextFormats, TEXT_FORMAT, textSafeFormats } from './textCells';
import { MATRIX_TABLE_PREFIX } from './workbookJurisdictions';
import { freezeMatrixHeaders, noteErrorReasons, stampWorkbook, writeSourcesSheet } from './matrixCompanions';
import { rowsPerSync } from './requestBatches';

export { rowsPerSync } from './requestBatches';

export interface WriteOptions {
  /** Asked before anything is overwritten; resolving false leaves the workbook untouched. */
  confirmOverwrite: (address: string) => Promise<boolean>;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export type WriteOutcome =
  { status: 'written'; address: string; sourcesSheet: string; skipped: string[] } | { status: 'declined' } | { status: 'cancelled'; rowsWritten: number };

export async function insertFormulaAtActiveCell(formula: string): Promise<string> {
  return Excel.run(async (context) => {
    const cell = context.workbook.getActiveCell();
    cell.formulas = [[formula]];
    cell.load('address');
    await context.sync();
    return cell.address;
  });
}

/** Reads the selection's values, for a matrix built from the standards the analyst already has. */
export async function readSelectionValues(): Promise<unknown[][]> {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load('values');
    await context.sync();
    return range.values;
  });
}

function isEmpty(values: unknown[][]): boolean {
  return values.every((row) => row.every((v) => v === '' || v === null));
}

/**
 * Writes a harmonization matrix at the active cell as an Excel table (or one spilled MATRIX formula), coloured by
 * correspondence, with a legend beside it, frozen headers, each #N/A's reason as a note, a Sources sheet and the
 * dataset stamp. Asks before overwriting a non-empty range; can be cancelled between chunks. What this host cannot
 * add is listed in the outcome's `skipped`, never silently left out.
 */
export async function writeMatrix(engine: Harmonize, request: MatrixRequest, options: WriteOptions): Promise<WriteOutcome> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const anchor = context.workbook.getActiveCell();
    anchor.load('rowIndex,columnIndex');
    await context.sync();
    const rowCount = request.standards.length + 1;
    const colCount = request.jurisdictions.length + 1;
    const target = sheet.getRangeByIndexes(anchor.rowIndex, anchor.columnIndex, rowCount, colCount + 2);
    target.load('values,address');
    await context.sync();
    if (!isEmpty(target.values) && !(await options.confirmOverwrite(target.address))) return { status: 'declined' };

    const plan = planMatrix(engine, request, anchor.rowIndex, anchor.columnIndex);
    const headerRange = sheet.getRangeByIndexes(anchor.rowIndex, anchor.columnIndex, 1, colCount);
    if (plan.spillFormula) {
      sheet.getRangeByIndexes(anchor.rowIndex, anchor.columnIndex, 1, 1).formulas = [[plan.spillFormula]];
    } else {
      // Jurisdictions and standards are the analyst's or a pack's text: they land as text, never as formulas.
      headerRange.numberFormat = [plan.header.map(() => TEXT_FORMAT)];
      headerRange.values = [plan.header];
    }
    await context.sync();

    const total = request.standards.length;
    const batch = rowsPerSync(colCount);
    for (let start = 0; start < total; start += batch) {
      if (options.signal?.aborted) return { status: 'cancelled', rowsWritten: start };
      const count = Math.min(batch, total - start);
      if (!plan.spillFormula) writeBody(sheet, plan, anchor.rowIndex + 1 + start, anchor.columnIndex, start, count, request.mode);
      for (let r = start; r < start + count; r++) {
        // One range per run of equal fills in a row, not one per cell: a run of IDT cells is one operation.
        for (const run of fillRuns(plan.fills[r])) {
          sheet.getRangeByIndexes(anchor.rowIndex + 1 + r, anchor.columnIndex + 1 + run.start, 1, run.length).format.fill.color = run.fill;
        }
      }
      await context.sync();
      options.onProgress?.(start + count, total);
    }

    if (!plan.spillFormula) {
      const whole = sheet.getRangeByIndexes(anchor.rowIndex, anchor.columnIndex, rowCount, colCount);
      const table = sheet.tables.add(whole, true);
      table.name = `${MATRIX_TABLE_PREFIX}${Date.now().toString(36)}`;
      table.getRange().getColumn(0).format.font.bold = true;
    }
    writeLegend(sheet, anchor.rowIndex, anchor.columnIndex + colCount + 1);
    const notFrozen = freezeMatrixHeaders(sheet, anchor.rowIndex, anchor.columnIndex);
    await context.sync();
    // A spilled MATRIX is one formula: its cells cannot carry notes, and its errors' reasons show on hover.
    const notNoted = plan.spillFormula ? null : await noteErrorReasons(context, sheet, engine, request, { row: anchor.rowIndex, col: anchor.columnIndex });
    const skipped = [notFrozen, notNoted].filter((s): s is string => s !== null);
    const sourcesSheet = await writeSourcesSheet(context, engine, request.standards, request.jurisdictions);
    await stampWorkbook(context, engine);
    sheet.activate();
    await context.sync();
    return { status: 'written', address: target.address, sourcesSheet, skipped };
  });
}

/** Consecutive cells of one fill: ['a','a','b'] -> [{start 0, length 2, a}, {start 2, length 1, b}]. */
export function fillRuns(fills: readonly string[]): { start: number; length: number; fill: string }[] {
  const runs: { start: number; length: number; fill: string }[] = [];
  fills.forEach((fill, c) => {
    const last = runs[runs.length - 1];
    if (last && last.fill === fill) last.length++;
    else runs.push({ start: c, length: 1, fill });
  });
  return runs;
}

/**
 * One batch of body rows. The standards column is text; in values mode every value is data, so any that Excel would
 * read as a formula goes into a text-formatted cell; in formulas mode the other cells are our own EQUIVALENT
 * formulas, written as formulas.
 */
function writeBody(sheet: Excel.Worksheet, plan: MatrixPlan, row: number, col: number, start: number, count: number, mode: MatrixMode): void {
  const rows = plan.rows.slice(start, start + count);
  const standards = sheet.getRangeByIndexes(row, col, count, 1);
  standards.numberFormat = rows.map(() => [TEXT_FORMAT]);
  standards.values = rows.map((r) => [r[0]]);
  const cells = rows.map((r) => r.slice(1));
  if (cells[0].length === 0) return;
  const body = sheet.getRangeByIndexes(row, col + 1, count, cells[0].length);
  if (mode === 'formulas') body.formulas = cells;
  else {
    if (needsTextFormats(cells)) body.numberFormat = textSafeFormats(cells);
    body.values = cells;
  }
}

function writeLegend(sheet: Excel.Worksheet, row: number, col: number): void {
  const entries = Object.entries(CORRESPONDENCE_FILLS);
  const legend = sheet.getRangeByIndexes(row, col, entries.length + 1, 1);
  legend.values = [['Correspondence'], ...entries.map(([name]) => [name])];
  entries.forEach(([, fill], i) => {
    sheet.getRangeByIndexes(row + 1 + i, col, 1, 1).format.fill.color = fill;
  });
}
