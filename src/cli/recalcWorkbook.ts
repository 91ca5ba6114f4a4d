import {
  type Adoption,
  type Harmonize,
  isHarmonizeError,
  type CellReference,
  type RejectedRow,
  type ReferenceValue,
  type ShownValue,
  MAPPING_TABLE_NAME,
  anchorValue,
  answerCall,
  columnLetters,
  explainChange,
  mentionsHarmonize,
  parseAddress,
  readMappingRows,
  readHarmonizeFormula,
  referenceCells,
  referenceSize,
  sheetPrefix,
  shiftReferences,
  shownValue,
  MAX_RESULT_CELLS,
  type Literal,
} from '../core';
import { type XlsxCell, type XlsxPackage, type XlsxSheet, type XlsxValue, cellWithCachedValue } from './recalcPackage';

export interface CellChange {
  address: string;
  old: ShownValue;
  new: ShownValue;
  /** Why, from the changelog since the workbook's stamped dataset, or the workbook's own mappings. */
  reason: string;
}

export interface RecalcReport {
  changed: CellChange[];
  unchanged: number;
  skipped: { address: string; reason: string }[];
  /** Formulas whose answer is larger than one cell: only the anchor's cached value was written. */
  spilled: { address: string; rows: number; columns: number }[];
  mappings: { location: string | null; accepted: Adoption[]; rejected: RejectedRow[] };
}

/** Codes a cached error may hold in a file; core's #BUSY! has no saved form, as in the custom functions. */
const SAVED_ERRORS = new Set(['#N/A', '#VALUE!', '#NUM!', '#REF!', '#NULL!', '#DIV/0!', '#NAME?']);

const qualified = (sheet: XlsxSheet, address: string): string => `${sheetPrefix(sheet.name)}${address}`;

function rangeValues(pkg: XlsxPackage, sheet: XlsxSheet, top: number, bottom: number, left: number, right: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let row = top; row <= bottom; row++) {
    const cells: unknown[] = [];
    for (let column = left; column <= right; column++) cells.push(pkg.value(sheet.cells.get(`${columnLetters(column)}${row}`)));
    rows.push(cells);
  }
  return rows;
}

/**
 * The workbook's own mappings: the table named HarmonizeMappings wherever it is, or, for files written by tools
 * without tables, a sheet named HarmonizeMappings whose first row is the header.
 */
export function readWorkbookMappings(pkg: XlsxPackage, today: string, engine: Harmonize): RecalcReport['mappings'] {
  for (const sheet of pkg.sheets) {
    const table = sheet.tables.find((t) => t.name.toLowerCase() === MAPPING_TABLE_NAME.toLowerCase());
    const [from, to] = table ? table.ref.split(':').map(parseAddress) : [];
    if (!table || !from || !to) continue;
    const rows = rangeValues(pkg, sheet, from.row + table.headerRows, to.row - table.totalsRows, from.column, to.column);
    return { location: `table ${table.name} (${qualified(sheet, table.ref)})`, ...readMappingRows(table.columns, rows, { today, catalog: engine.catalog }) };
  }
  const sheet = pkg.sheet(MAPPING_TABLE_NAME);
  if (!sheet || sheet.cells.size === 0) return { location: null, accepted: [], rejected: [] };
  const cells = [...sheet.cells.values()].filter((c) => c.raw !== null);
  const top = Math.min(...cells.map((c) => c.row));
  const bottom = Math.max(...cells.map((c) => c.row));
  const headerCells = cells.filter((c) => c.row === top);
  const [left, right] = [Math.min(...headerCells.map((c) => c.column)), Math.max(...headerCells.map((c) => c.column))];
  const [header, ...rows] = rangeValues(pkg, sheet, top, bottom, left, right);
  return { location: `sheet ${sheet.name}`, ...readMappingRows(header, rows, { today, catalog: engine.catalog }) };
}

/** Thrown while reading a range, to give up on the whole reference with one reason. */
class Unresolvable extends Error {}

function literalOf(pkg: XlsxPackage, sheet: XlsxSheet, row: number, column: number): Literal {
  const address = `${columnLetters(column)}${row}`;
  const cell = sheet.cells.get(address);
  if (cell?.formula) throw new Unresolvable(`${qualified(sheet, address)} holds a formula; recalc reads only cells with literal values`);
  const value = pkg.value(cell);
  if (value !== null && typeof value === 'object') throw new Unresolvable(`${qualified(sheet, address)} holds the error ${value.error}`);
  return value;
}

function referenceResolver(pkg: XlsxPackage, home: XlsxSheet) {
  return (ref: CellReference): ReferenceValue => {
    const sheet = ref.sheet === null ? home : pkg.sheet(ref.sheet);
    if (!sheet) return { unresolved: `The sheet '${ref.sheet}' does not exist` };
    if (referenceSize(ref) > MAX_RESULT_CELLS) return { unresolved: `A range of more than ${MAX_RESULT_CELLS} cells` };
    try {
      const grid = referenceCells(ref).map((cells) => cells.map((c) => literalOf(pkg, sheet, c.row, c.column)));
      return ref.end ? grid : grid[0][0];
    } catch (error) {
      if (error instanceof Unresolvable) return { unresolved: error.message };
      throw error;
    }
  };
}

/** The formula a cell runs: its own, or, for a shared formula, the first cell's moved by the offset. */
function formulaOf(cell: XlsxCell, masters: Map<string, XlsxCell>): string | null {
  const formula = cell.formula!;
  if (formula.kind !== 'shared' || formula.text) return formula.text;
  const master = formula.sharedIndex === null ? undefined : masters.get(formula.sharedIndex);
  return master ? shiftReferences(master.formula!.text, cell.row - master.row, cell.column - master.column) : null;
}

function savedValue(value: ReturnType<typeof anchorValue>): XlsxValue {
  if (isHarmonizeError(value)) return { error: SAVED_ERRORS.has(value.code) ? value.code : '#N/A' };
  return value;
}

/**
 * Recomputes every HARMONIZE formula of the package with `engine` (already carrying the workbook's mappings)
 * and returns the rewritten cells per sheet with the report. Cells whose value is unchanged are not rewritten;
 * each changed one says why, from the changelog since `since` (the workbook's stamped version).
 */
export function recalcCells(
  pkg: XlsxPackage,
  engine: Harmonize,
  since: string | null = null,
): { report: Omit<RecalcReport, 'mappings'>; replacements: Map<XlsxSheet, Map<XlsxCell, string>> } {
  const report: Omit<RecalcReport, 'mappings'> = { changed: [], unchanged: 0, skipped: [], spilled: [] };
  let withoutMappings: Harmonize | null = null;
  const bundled = () => (withoutMappings ??= engine.withOverlay([]));
  const replacements = new Map<XlsxSheet, Map<XlsxCell, string>>();
  for (const sheet of pkg.sheets) {
    const cells = [...sheet.cells.values()].filter((c) => c.formula);
    const masters = new Map(cells.filter((c) => c.formula!.kind === 'shared' && c.formula!.text).map((c) => [c.formula!.sharedIndex ?? '', c]));
    const rewritten = new Map<XlsxCell, string>();
    for (const cell of cells) {
      const address = qualified(sheet, cell.address);
      const formula = formulaOf(cell, masters);
      if (formula === null) continue;
      if (!mentionsHarmonize(formula)) continue;
      const read = readHarmonizeFormula(formula, referenceResolver(pkg, sheet));
      const result = 'skipped' in read ? read : answerCall(engine, read);
      if ('skipped' in result) {
        report.skipped.push({ address, reason: result.skipped });
        continue;
      }
      if ('skipped' in read) continue;
      const { answer } = result;
      if (!isHarmonizeError(answer) && (answer.length > 1 || (answer[0]?.length ?? 0) > 1)) {
        report.spilled.push({ address, rows: answer.length, columns: answer[0].length });
      }
      const value = savedValue(anchorValue(answer));
      const [old, now] = [shownValue(pkg.value(cell)), shownValue(value)];
      if (old === now) {
        report.unchanged++;
        continue;
      }
      report.changed.push({ address, old, new: now, reason: explainChange(engine, read, answer, old, since, bundled) });
      rewritten.set(cell, cellWithCachedValue(cell, value));
    }
    replacements.set(sheet, rewritten);
  }
  return { report, replacements };
}
