import { isHarmonizeError } from '../errors';
import type { Answer, Harmonize } from '../harmonize';
import type { CellValue } from '../values';
import type { CellReference } from './formulaReferences';
import { type ReferenceValue, mentionsHarmonize, recomputeFormula } from './recomputeFormula';

/** A formula cell as a host reads it; `cachedValue` is a scalar, or the spilled rows when the host has them. */
export interface FormulaCell {
  address: string;
  formula: string;
  cachedValue: unknown;
}

/** What a cell shows: errors as their code ("#N/A"), blank as "". */
export type ShownValue = string | number | boolean;

export interface ValueChange {
  address: string;
  old: ShownValue | ShownValue[][];
  new: ShownValue | ShownValue[][];
}

export interface SkippedCell {
  address: string;
  reason: string;
}

export interface FormulaAudit {
  changed: ValueChange[];
  unchanged: number;
  skipped: SkippedCell[];
}

/**
 * Reduces any host's cell value to what the cell shows, so values from Excel (errors as "#N/A" text), exceljs
 * ({ error }) and core (HarmonizeError) compare equal when they look equal. An error's message is not saved in a
 * workbook, so only its code counts.
 */
export function shownValue(value: unknown): ShownValue {
  if (value === null || value === undefined) return '';
  if (isHarmonizeError(value)) return value.code;
  if (typeof value === 'object' && typeof (value as { error?: unknown }).error === 'string') return (value as { error: string }).error;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value) ?? '';
}

/** The value a formula's own cell holds: the whole answer when it is one cell, its top-left cell when it spills. */
export function anchorValue(answer: Answer): CellValue {
  return isHarmonizeError(answer) ? answer : (answer[0]?.[0] ?? null);
}

function shownGrid(answer: Answer): ShownValue[][] {
  return isHarmonizeError(answer) ? [[answer.code]] : answer.map((row) => row.map(shownValue));
}

const sameGrid = (a: ShownValue[][], b: ShownValue[][]): boolean =>
  a.length === b.length && a.every((row, r) => row.length === b[r].length && row.every((v, c) => v === b[r][c]));

/**
 * Lists the HARMONIZE cells whose values would change if recomputed with `engine` (for instance after the
 * bundled dataset or the workbook's mappings changed). Cells without HARMONIZE are ignored; HARMONIZE cells that
 * cannot be recomputed faithfully are listed as skipped with the reason. `resolve` reads the cells that
 * references point at; without it, formulas with references are skipped.
 */
export function auditFormulas(
  engine: Harmonize,
  cells: readonly FormulaCell[],
  resolve?: (ref: CellReference, cell: FormulaCell) => ReferenceValue,
): FormulaAudit {
  const audit: FormulaAudit = { changed: [], unchanged: 0, skipped: [] };
  for (const cell of cells) {
    if (!mentionsHarmonize(cell.formula)) continue;
    const result = recomputeFormula(engine, cell.formula, resolve && ((ref) => resolve(ref, cell)));
    if ('skipped' in result) {
      audit.skipped.push({ address: cell.address, reason: result.skipped });
      continue;
    }
    if (Array.isArray(cell.cachedValue)) {
      const old = (cell.cachedValue as unknown[][]).map((row) => row.map(shownValue));
      const now = shownGrid(result.answer);
      if (sameGrid(old, now)) audit.unchanged++;
      else audit.changed.push({ address: cell.address, old, new: now });
      continue;
    }
    const old = shownValue(cell.cachedValue);
    const now = shownValue(anchorValue(result.answer));
    if (old === now) audit.unchanged++;
    else audit.changed.push({ address: cell.address, old, new: now });
  }
  return audit;
}
