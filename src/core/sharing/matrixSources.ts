import type { Harmonize } from '../harmonize';
import { isHarmonizeError } from '../errors';

/** The columns of a matrix's Sources sheet: what answered each cell, how sure, where it was read, or why nothing did. */
export const MATRIX_SOURCE_COLUMNS = ['standard', 'jurisdiction', 'designation', 'correspondence', 'edition', 'provenance', 'source', 'read', 'reason'] as const;

/** The error's code and reason as a note or a Sources cell shows it, or null when the cell answered. */
export function errorReason(engine: Harmonize, standard: string, jurisdiction: string, field: string): string | null {
  const value = engine.equivalentCell(standard, jurisdiction, field);
  return isHarmonizeError(value) ? `${value.code} ${value.message}` : null;
}

/**
 * One row per matrix cell, standards by jurisdictions, in MATRIX_SOURCE_COLUMNS order: the CLI's workbook and the
 * pane's insert write the same Sources sheet, so a recipient can check any cell against where it was read.
 */
export function matrixSourceRows(engine: Harmonize, standards: readonly string[], jurisdictions: readonly string[]): string[][] {
  const text = (s: string, j: string, field: string): string => {
    const value = engine.equivalentCell(s, j, field);
    return isHarmonizeError(value) ? '' : String(value ?? '');
  };
  return standards.flatMap((s) =>
    jurisdictions.map((j) => [
      s,
      j,
      ...MATRIX_SOURCE_COLUMNS.slice(2, 8).map((field) => text(s, j, field)),
      errorReason(engine, s, j, 'designation') ?? '',
    ]),
  );
}
