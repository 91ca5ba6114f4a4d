import { HarmonizeError, notAvailable } from './errors';
import type { CellValue, Grid, InputValue } from './values';

/** The largest result core will build, in cells; MAX_RESULT_BYTES below holds the bytes under what Excel accepts. */
export const MAX_RESULT_CELLS = 200_000;

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

/** Excel's rule: a dimension of 1 stretches; otherwise dimensions must agree. */
function combinedLength(lengths: number[]): number {
  return Math.max(...lengths);
}

function pick(grid: Grid<InputValue>, r: number, c: number, rows: number, cols: number): InputValue | HarmonizeError {
  const rr = rows === 1 ? 0 : r;
  const cc = cols === 1 ? 0 : c;
  if (rr >= grid.length) return notAvailable('The ranges have different sizes');
  const row = grid[rr];
  if (cc >= row.length) return notAvailable('The ranges have different sizes');
  return row[cc];
}

/**
 * Applies `fn` cell by cell over arguments of any shape, broadcasting like Excel's built-in functions: a column
 * of standards against a row of jurisdictions gives the whole matrix. Each cell carries its own error.
 */
export function broadcast(
  args: Grid<InputValue>[],
  fn: (...cells: InputValue[]) => CellValue,
): Grid<CellValue> | HarmonizeError {
  const sizes = args.map(sizeOf);
  const rows = combinedLength(sizes.map((s) => s.rows));
  const cols = combinedLength(sizes.map((s) => s.cols));
  if (rows * cols > MAX_RESULT_CELLS) {
    return new HarmonizeError(
      '#VALUE!',
      `The result would have ${rows * cols} cells; the limit is ${MAX_RESULT_CELLS}. Split the range.`,
    );
  }
  const out: Grid<CellValue> = new Array(rows);
  const cells: InputValue[] = new Array(args.length);
  for (let r = 0; r < rows; r++) {
    const line: CellValue[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      let mismatch: HarmonizeError | null = null;
      for (let i = 0; i < args.length; i++) {
        const value = pick(args[i], r, c, sizes[i].rows, sizes[i].cols);
        if (value instanceof HarmonizeError && value.message === 'The ranges have different sizes') mismatch = value;
        cells[i] = value;
      }
      line[c] = mismatch ?? fn(...cells);
    }
    out[r] = line;
  }
  return out;
}

/** Flattens a range row by row, dropping blanks: the list form of a selection. */
export function flattenNonBlank(grid: Grid<InputValue>): InputValue[] {
  const out: InputValue[] = [];
  for (const row of grid) for (const cell of row) if (!(cell === null || cell === undefined || cell === '')) out.push(cell);
  return out;
}

/**
 * Excel on the web refuses a custom-function result over 5 MB and the call fails without a word; 200,000 cells of
 * source URLs or notes would pass the cell limit and still exceed it. Counted as JSON bytes, with headroom.
 */
export const MAX_RESULT_BYTES = 4_500_000;

const NON_ASCII = /[^\u0000-\u007f]/;

/** UTF-8 bytes of a text as JSON carries it, plus its quotes and separator. The native regex test settles the
 *  common all-ASCII case without a per-character loop in script. */
function textBytes(text: string): number {
  let bytes = text.length + 3;
  if (!NON_ASCII.test(text)) return bytes;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) bytes += 2;
  return bytes;
}

function cellBytes(value: CellValue): number {
  if (typeof value === 'string') return textBytes(value);
  // An error travels as its code and message (cut to 255 characters) in a small object.
  if (value instanceof HarmonizeError) return textBytes(value.code) + textBytes(value.message.slice(0, 255)) + 16;
  return 24;
}

/** Bytes the answer could take at most (three per character): cheap, and exact counting is rarely needed. */
function upperBoundBytes(answer: Grid<CellValue>): number {
  let bytes = 2;
  for (const row of answer) {
    bytes += 3;
    for (const cell of row) {
      if (typeof cell === 'string') bytes += cell.length * 3 + 3;
      else if (cell instanceof HarmonizeError) bytes += Math.min(cell.message.length, 255) * 3 + 32;
      else bytes += 24;
    }
  }
  return bytes;
}

/** The answer itself, or a #VALUE! error that says how large it would be and what to do (Excel shows no message with #NUM!). */
export function withinPayloadLimit(answer: Grid<CellValue> | HarmonizeError): Grid<CellValue> | HarmonizeError {
  if (!Array.isArray(answer) || upperBoundBytes(answer) <= MAX_RESULT_BYTES) return answer;
  let bytes = 2;
  for (const row of answer) {
    bytes += 3;
    for (const cell of row) bytes += cellBytes(cell);
    if (bytes > MAX_RESULT_BYTES) {
      return new HarmonizeError(
        '#VALUE!',
        `The result would be over ${(MAX_RESULT_BYTES / 1e6).toFixed(1)} MB, more than Excel accepts from a function. Split the range or ask for a shorter field.`,
      );
    }
  }
  return answer;
}
