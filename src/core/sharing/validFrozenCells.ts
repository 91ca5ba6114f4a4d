import { mentionsHarmonize } from '../mappings/recomputeFormula';
import type { FrozenCell } from './frozenCells';

/** Excel's grid and limits: 1,048,576 rows, 16,384 columns (XFD), sheet names of at most 31 characters. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const MAX_FORMULA = 8_192;
const SHEET_NAME = /^[^[\]:*?/\\]{1,31}$/;
const ADDRESS = /^([A-Z]{1,3})([1-9]\d{0,6})$/;

function columnOf(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const isCount = (n: unknown, max: number): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= max;

/** Whether one record read from the workbook's frozen-cells part is one unfreeze may write back. */
function isValid(value: unknown): value is FrozenCell {
  if (!value || typeof value !== 'object') return false;
  const c = value as Record<string, unknown>;
  if (typeof c.sheet !== 'string' || !SHEET_NAME.test(c.sheet) || c.sheet.startsWith("'") || c.sheet.endsWith("'")) return false;
  const address = typeof c.address === 'string' ? ADDRESS.exec(c.address) : null;
  if (!address) return false;
  const row = Number(address[2]);
  const column = columnOf(address[1]);
  if (row > MAX_ROWS || column > MAX_COLUMNS) return false;
  if (!isCount(c.rows, MAX_ROWS - row + 1) || !isCount(c.columns, MAX_COLUMNS - column + 1)) return false;
  if (typeof c.formula !== 'string' || !c.formula.startsWith('=') || c.formula.length > MAX_FORMULA || !mentionsHarmonize(c.formula)) return false;
  if (![c.datasetVersion, c.datasetChecksum, c.frozenAt].every((t) => typeof t === 'string' && t.length <= 200)) return false;
  if (c.noted !== undefined && typeof c.noted !== 'boolean') return false;
  if (c.textFormatted !== undefined) {
    if (!Array.isArray(c.textFormatted)) return false;
    const inside = (t: unknown) => {
      const f = t as Record<string, unknown>;
      return (
        !!f &&
        Number.isInteger(f.row) &&
        Number.isInteger(f.column) &&
        (f.row as number) >= 0 &&
        (f.column as number) >= 0 &&
        (f.row as number) < (c.rows as number) &&
        (f.column as number) < (c.columns as number) &&
        typeof f.format === 'string' &&
        f.format.length <= 255
      );
    };
    if (!c.textFormatted.every(inside)) return false;
  }
  return true;
}

/**
 * The records of a frozen-cells part that unfreeze may act on. The part is workbook content anyone can edit, so
 * each record is checked before it drives a write: a real cell address inside the grid, a spill that fits, and a
 * formula that is a HARMONIZE formula. Anything else is left out and counted, never written.
 */
export function validFrozenCells(value: unknown): { cells: FrozenCell[]; rejected: number } {
  if (!Array.isArray(value)) return { cells: [], rejected: value === null || value === undefined ? 0 : 1 };
  const cells = value.filter(isValid);
  return { cells, rejected: value.length - cells.length };
}
