/**
 * A1-style cell references inside formula text, for recomputing saved HARMONIZE formulas outside Excel. Only
 * what a formula can name directly is recognised: `B2`, `$B$2`, `B2:C9`, `Sheet2!B2`, `'My sheet'!B2:C9`. Names,
 * whole rows or columns and structured references are left alone, so the formula parser reports them.
 */
export interface CellAddress {
  row: number;
  column: number;
  absoluteRow: boolean;
  absoluteColumn: boolean;
}

export interface CellReference {
  /** The sheet named before `!`, unquoted; null for the formula's own sheet. */
  sheet: string | null;
  start: CellAddress;
  /** The far corner of a range; null for a single cell. */
  end: CellAddress | null;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

const ADDRESS = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
// Sticky: tried at each position outside string literals. The lookahead keeps `LOG10(` (a call), `A1.x` and `A1:A` out.
const REFERENCE = /(?:(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!)?(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?(?![A-Za-z0-9_.(!:])/y;

export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function parseAddress(text: string): CellAddress | null {
  const match = ADDRESS.exec(text);
  if (!match) return null;
  const address = { column: columnNumber(match[2]), row: Number(match[4]), absoluteColumn: match[1] === '$', absoluteRow: match[3] === '$' };
  const valid = address.row >= 1 && address.row <= MAX_ROWS && address.column <= MAX_COLUMNS;
  return valid ? address : null;
}

export function formatAddress(a: CellAddress): string {
  return `${a.absoluteColumn ? '$' : ''}${columnLetters(a.column)}${a.absoluteRow ? '$' : ''}${a.row}`;
}

/** How a sheet name is written before `!`: quoted when it is not a plain identifier. */
export function sheetPrefix(sheet: string | null): string {
  if (sheet === null) return '';
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

/** Every cell of a reference, row by row. */
export function referenceCells(ref: CellReference): { row: number; column: number }[][] {
  const end = ref.end ?? ref.start;
  const [top, bottom] = [Math.min(ref.start.row, end.row), Math.max(ref.start.row, end.row)];
  const [left, right] = [Math.min(ref.start.column, end.column), Math.max(ref.start.column, end.column)];
  const rows: { row: number; column: number }[][] = [];
  for (let row = top; row <= bottom; row++) {
    const cells: { row: number; column: number }[] = [];
    for (let column = left; column <= right; column++) cells.push({ row, column });
    rows.push(cells);
  }
  return rows;
}

export function referenceSize(ref: CellReference): number {
  const end = ref.end ?? ref.start;
  return (Math.abs(end.row - ref.start.row) + 1) * (Math.abs(end.column - ref.start.column) + 1);
}

/**
 * Rewrites every reference outside string literals with `replace`; everything else is copied unchanged. The
 * callback may throw to abandon the formula (an unresolvable reference).
 */
export function mapReferences(formula: string, replace: (ref: CellReference, text: string) => string): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const close = /"(?:[^"]|"")*"/y;
      close.lastIndex = i;
      const literal = close.exec(formula)?.[0] ?? formula.slice(i);
      out += literal;
      i += literal.length;
      continue;
    }
    const previous = formula[i - 1] ?? '';
    if (!/[A-Za-z0-9_.$']/.test(previous)) {
      REFERENCE.lastIndex = i;
      const match = REFERENCE.exec(formula);
      const start = match ? parseAddress(match[3]) : null;
      const end = match?.[4] ? parseAddress(match[4]) : null;
      if (match && start && (end || !match[4])) {
        const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? null);
        out += replace({ sheet, start, end }, match[0]);
        i += match[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

/**
 * Moves the relative parts of every reference by an offset: how Excel's shared formulas (one formula filled
 * across a range) give each cell its own references. A reference moved off the sheet becomes #REF!, as in Excel.
 */
export function shiftReferences(formula: string, rows: number, columns: number): string {
  const move = (a: CellAddress): CellAddress | null => {
    const moved = { ...a, row: a.absoluteRow ? a.row : a.row + rows, column: a.absoluteColumn ? a.column : a.column + columns };
    return moved.row < 1 || moved.row > MAX_ROWS || moved.column < 1 || moved.column > MAX_COLUMNS ? null : moved;
  };
  return mapReferences(formula, (ref) => {
    const start = move(ref.start);
    const end = ref.end ? move(ref.end) : null;
    if (!start || (ref.end && !end)) return '#REF!';
    return `${sheetPrefix(ref.sheet)}${formatAddress(start)}${end ? `:${formatAddress(end)}` : ''}`;
  });
}
