import { isHarmonizeError } from '../errors';
import type { Answer, Harmonize } from '../harmonize';
import type { CellValue } from '../values';
import { changeReason } from './changeReasons';
import type { CellReference } from './formulaReferences';
import { type ReadCall, type ReferenceValue, answerCall, mentionsHarmonize, readHarmonizeFormula } from './recomputeFormula';

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
  /** Why, from the changelog (or the workbook's own mappings): see explainChange. */
  reason: string;
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

const sameAnswer = (a: Answer, b: Answer): boolean => sameGrid(shownGrid(a), shownGrid(b));

const shownTexts = (value: ShownValue | ShownValue[][]): string[] => (Array.isArray(value) ? value.flat() : [value]).map(String);

/**
 * Why a formula's answer changed from `old`: the workbook's own mappings when they alone make the difference (the
 * answer without them is the bundled one), else the changelog's entries about what the formula names.
 */
export function explainChange(
  engine: Harmonize,
  read: ReadCall,
  answer: Answer,
  old: ShownValue | ShownValue[][],
  since: string | null,
  bundled: () => Harmonize,
): string {
  if (engine.catalog.overlay.length > 0) {
    const without = answerCall(bundled(), read);
    if ('answer' in without && !sameAnswer(without.answer, answer)) return "the workbook's own mappings (HarmonizeMappings) answer it";
  }
  return changeReason(engine.catalog, read.name, read.args, since, [...shownTexts(old), ...shownTexts(shownGrid(answer))]);
}

/**
 * Lists the HARMONIZE cells whose values would change if recomputed with `engine` (for instance after the
 * bundled dataset or the workbook's mappings changed), each with the reason from the changelog since `since` (the
 * workbook's stamped version; see changesSinceStamp). Cells without HARMONIZE are ignored; HARMONIZE cells that
 * cannot be recomputed faithfully are listed as skipped with the reason. `resolve` reads the cells that references
 * point at; without it, formulas with references are skipped.
 */
export function auditFormulas(
  engine: Harmonize,
  cells: readonly FormulaCell[],
  resolve?: (ref: CellReference, cell: FormulaCell) => ReferenceValue,
  since: string | null = null,
): FormulaAudit {
  const audit: FormulaAudit = { changed: [], unchanged: 0, skipped: [] };
  let withoutMappings: Harmonize | null = null;
  const bundled = () => (withoutMappings ??= engine.withOverlay([]));
  for (const cell of cells) {
    if (!mentionsHarmonize(cell.formula)) continue;
    const read = readHarmonizeFormula(cell.formula, resolve && ((ref) => resolve(ref, cell)));
    const result = 'skipped' in read ? read : answerCall(engine, read);
    if ('skipped' in result) {
      audit.skipped.push({ address: cell.address, reason: result.skipped });
      continue;
    }
    const spilled = Array.isArray(cell.cachedValue);
    const old = spilled ? (cell.cachedValue as unknown[][]).map((row) => row.map(shownValue)) : shownValue(cell.cachedValue);
    const now = spilled ? shownGrid(result.answer) : shownValue(anchorValue(result.answer));
    if (spilled ? sameGrid(old as ShownValue[][], now as ShownValue[][]) : old === now) {
      audit.unchanged++;
      continue;
    }
    const reason = explainChange(engine, read as ReadCall, result.answer, old, since, bundled);
    audit.changed.push({ address: cell.address, old, new: now, reason });
  }
  return audit;
}
