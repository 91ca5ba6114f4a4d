import { type CellValue, type Harmonize, isHarmonizeError, CORRESPONDENCE_FILLS, formatArgument, columnLetters } from '../../core';

export type MatrixMode = 'formulas' | 'spill' | 'values';

export { CORRESPONDENCE_FILLS };

export interface MatrixRequest {
  standards: string[];
  jurisdictions: string[];
  field: string;
  mode: MatrixMode;
}

/** What the workbook receives: cell contents (formulas or values) and each body cell's fill. */
export interface MatrixPlan {
  header: string[];
  rows: (string | number | boolean)[][];
  fills: string[][];
  spillFormula: string | null;
}

const cellText = (value: CellValue): string | number | boolean => (value === null ? '' : isHarmonizeError(value) ? value.code : value);

/** Column letters for a zero-based column index, as Office.js counts columns: 0 -> A, 27 -> AB. */
export const columnLettersOfIndex = (index: number): string => columnLetters(index + 1);

/** Each cell's fill by its degree of correspondence, for the table Excel receives and the pane's preview alike. */
export function correspondenceFills(engine: Harmonize, standards: string[], jurisdictions: string[]): string[][] {
  return standards.map((s) =>
    jurisdictions.map((j) => {
      const degree = engine.equivalentCell(s, j, 'correspondence');
      return CORRESPONDENCE_FILLS[isHarmonizeError(degree) || degree === null ? 'none' : String(degree)] ?? CORRESPONDENCE_FILLS.none;
    }),
  );
}

/**
 * Plans a harmonization matrix anchored at (row, col): header row of jurisdictions, header column of standards,
 * and per cell either a live EQUIVALENT formula pointing at its headers, or the value core computes now.
 */
export function planMatrix(engine: Harmonize, request: MatrixRequest, anchorRow: number, anchorCol: number): MatrixPlan {
  const { standards, jurisdictions, field, mode } = request;
  const header = ['Standard', ...jurisdictions];
  const fills = correspondenceFills(engine, standards, jurisdictions);
  if (mode === 'spill') {
    const spillFormula = `=HARMONIZE.MATRIX(${formatArgument(standards.map((s) => [s]))},${formatArgument([jurisdictions])},${formatArgument(field)})`;
    return { header, rows: [], fills, spillFormula };
  }
  const headerRow = anchorRow + 1; // 1-based row of the header in A1 notation
  const firstCol = columnLettersOfIndex(anchorCol);
  const rows = standards.map((s, r) => [
    s,
    ...jurisdictions.map((j, c) =>
      mode === 'formulas'
        ? `=HARMONIZE.EQUIVALENT($${firstCol}${headerRow + 1 + r},${columnLettersOfIndex(anchorCol + 1 + c)}$${headerRow},${formatArgument(field)})`
        : cellText(engine.equivalentCell(s, j, field)),
    ),
  ]);
  return { header, rows, fills, spillFormula: null };
}
