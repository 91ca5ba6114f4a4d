import { HarmonizeError, notAvailable } from './errors';
import { tooManyCells } from './resultLimits';
import type { CellValue, Grid, InputValue } from './values';

/** Accepts a scalar, a 1-D list or a 2-D range and always returns a 2-D grid. */
export function asGrid(value: InputValue | InputValue[] | InputValue[][]): Grid<InputValue> {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return [[null]];
  if (Array.isArray(value[0])) return value as InputValue[][];
  return [value as InputValue[]];
}

function sizeOf(grid: Grid<unknown>): { rows: number; cols: number } {
  return { rows: grid.length, cols: grid.reduce((max, row) => Math.max(max, row.length), 0) };
}

/**
 * Excel's rule for arguments of different sizes: a dimension of 1 stretches across the others; otherwise the
 * result takes the largest, and the cells that one argument does not reach are #N/A (see `pick`).
 */
function combinedLength(lengths: number[]): number {
  return Math.max(...lengths);
}

/** The cell a smaller argument lacks. One instance, so broadcast recognises it by identity, not by its text. */
const BEYOND_RANGE = notAvailable('The ranges have different sizes');

/** The row of an argument that output row `r` reads (a single row stretches), or undefined beyond its range. */
function rowAt(grid: Grid<InputValue>, r: number, rows: number): InputValue[] | undefined {
  const rr = rows === 1 ? 0 : r;
  return rr < grid.length ? grid[rr] : undefined;
}

/** The cell of that row that output column `c` reads (a single column stretches), or BEYOND_RANGE. */
function cellAt(row: InputValue[] | undefined, c: number, cols: number): InputValue | HarmonizeError {
  if (row === undefined) return BEYOND_RANGE;
  const cc = cols === 1 ? 0 : c;
  return cc < row.length ? row[cc] : BEYOND_RANGE;
}

/**
 * Applies `fn` cell by cell over arguments of any shape, broadcasting like Excel's built-in functions: a column
 * of standards against a row of jurisdictions gives the whole matrix. Each cell carries its own error.
 */
export function broadcast(args: Grid<InputValue>[], fn: (...cells: InputValue[]) => CellValue): Grid<CellValue> | HarmonizeError {
  const sizes = args.map(sizeOf);
  const rows = combinedLength(sizes.map((s) => s.rows));
  const cols = combinedLength(sizes.map((s) => s.cols));
  const tooMany = tooManyCells(rows * cols);
  if (tooMany) return tooMany;
  if (args.length === 2) return broadcastPair(args[0], args[1], sizes, rows, cols, fn);
  const out: Grid<CellValue> = new Array<CellValue[]>(rows);
  const cells: InputValue[] = new Array<InputValue>(args.length);
  for (let r = 0; r < rows; r++) {
    const line: CellValue[] = new Array<CellValue>(cols);
    for (let c = 0; c < cols; c++) {
      let beyond = false;
      for (let i = 0; i < args.length; i++) {
        const value = cellAt(rowAt(args[i], r, sizes[i].rows), c, sizes[i].cols);
        if (value === BEYOND_RANGE) beyond = true;
        cells[i] = value;
      }
      line[c] = beyond ? BEYOND_RANGE : fn(...cells);
    }
    out[r] = line;
  }
  return out;
}

/**
 * The two-argument case, which EQUIVALENT and its siblings take: each argument's row is found once per output row,
 * and `fn` is called with two arguments rather than a spread array (that alone took a tenth off a first 1,000 x 60
 * MATRIX).
 */
function broadcastPair(
  a: Grid<InputValue>,
  b: Grid<InputValue>,
  sizes: { rows: number; cols: number }[],
  rows: number,
  cols: number,
  fn: (x: InputValue, y: InputValue) => CellValue,
): Grid<CellValue> {
  const out: Grid<CellValue> = new Array<CellValue[]>(rows);
  for (let r = 0; r < rows; r++) {
    const rowA = rowAt(a, r, sizes[0].rows);
    const rowB = rowAt(b, r, sizes[1].rows);
    const line: CellValue[] = new Array<CellValue>(cols);
    for (let c = 0; c < cols; c++) {
      const x = cellAt(rowA, c, sizes[0].cols);
      const y = cellAt(rowB, c, sizes[1].cols);
      line[c] = x === BEYOND_RANGE || y === BEYOND_RANGE ? BEYOND_RANGE : fn(x, y);
    }
    out[r] = line;
  }
  return out;
}

const isBlank = (cell: InputValue): boolean => cell === null || cell === undefined || cell === '';

/** Flattens a range row by row, dropping blanks: the list form of a selection. */
export function flattenNonBlank(grid: Grid<InputValue>): InputValue[] {
  const out: InputValue[] = [];
  for (const row of grid) for (const cell of row) if (!isBlank(cell)) out.push(cell);
  return out;
}

/**
 * How many cells of a range are not blank, counting no further than one past `cap`: a caller that only needs to
 * know whether a range is over a limit stops there, where flattening a million-cell range first took 100 ms.
 */
export function countNonBlank(grid: Grid<InputValue>, cap: number): number {
  let count = 0;
  for (const row of grid) {
    for (const cell of row) {
      if (!isBlank(cell) && ++count > cap) return count;
    }
  }
  return count;
}
