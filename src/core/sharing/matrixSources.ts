import type { Harmonize } from '../harmonize';
import { isHarmonizeError } from '../errors';
import type { CellValue } from '../values';

/**
 * The columns of a matrix's Sources sheet: what answered each cell, how sure (its degree, whether its edition was
 * read or inferred, cited or derived), where it was read, or why nothing did.
 */
export const MATRIX_SOURCE_COLUMNS = [
  'standard',
  'jurisdiction',
  'designation',
  'correspondence',
  'edition',
  'basis',
  'provenance',
  'source',
  'read',
  'reason',
] as const;

/** The error's code and reason as a note or a Sources cell shows it, or null when the cell answered. */
export function errorReason(engine: Harmonize, standard: string, jurisdiction: string, field: string): string | null {
  return reasonOf(engine.equivalentCell(standard, jurisdiction, field));
}

function reasonOf(value: CellValue): string | null {
  return isHarmonizeError(value) ? `${value.code} ${value.message}` : null;
}

/**
 * One row per matrix cell, standards by jurisdictions, in MATRIX_SOURCE_COLUMNS order: the CLI's workbook and the
 * pane's insert write the same Sources sheet, so a recipient can check any cell against where it was read.
 */
export function matrixSourceRows(engine: Harmonize, standards: readonly string[], jurisdictions: readonly string[]): string[][] {
  const text = (value: CellValue): string => (isHarmonizeError(value) ? '' : String(value ?? ''));
  return standards.flatMap((s) =>
    jurisdictions.map((j) => {
      // The designation answers first: when it is an error, that error's reason is the row's reason.
      const designation = engine.equivalentCell(s, j, 'designation');
      const others = MATRIX_SOURCE_COLUMNS.slice(3, -1).map((field) => text(engine.equivalentCell(s, j, field)));
      return [s, j, text(designation), ...others, reasonOf(designation) ?? ''];
    }),
  );
}
