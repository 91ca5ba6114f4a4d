import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import {
  type CellValue,
  type Harmonize,
  isHarmonizeError,
  CORRESPONDENCE_FILLS,
  columnLetters,
  stampOf,
  stampToXml,
  errorReason,
  MATRIX_SOURCE_COLUMNS,
  matrixSourceRows,
} from '../core';
import { addCustomXmlPart } from './customXmlPart';

/**
 * Excel saves an add-in's custom-function calls with the `_xldudf_` prefix and the namespace's dot as an
 * underscore (OfficeDev/office-js#5611, Excel-Custom-Functions#108); the add-in restores the name on load.
 */
export function storedFormula(name: string, args: string[]): string {
  return `_xldudf_HARMONIZE_${name}(${args.join(',')})`;
}

function cachedResult(value: CellValue): ExcelJS.CellValue {
  if (value === null) return '';
  if (isHarmonizeError(value)) return { error: value.code } as ExcelJS.CellErrorValue;
  return value;
}

/** Where things are on the matrix sheet: the field in B1, the table's header on row 3, standards from row 4. */
const FIELD_CELL = '$B$1';
const HEADER_ROW = 3;

const argb = (hex: string) => `FF${hex.slice(1)}`;

export interface MatrixWorkbookOptions {
  /** Static values instead of live formulas: a copy for readers without the add-in. */
  values?: boolean;
}

/**
 * Writes a harmonization matrix an analyst can hand on: an Excel table (with filters) whose cells are EQUIVALENT
 * formulas referring to their header cells, with the values cached so the file reads right before the add-in loads;
 * fills by correspondence with a legend; frozen headers; each #N/A's reason as a note; a Sources sheet with each
 * cell's designation, degree, provenance, source and read date; and the dataset stamp the add-in checks on open.
 */
export async function writeMatrixWorkbook(
  engine: Harmonize,
  standards: string[],
  jurisdictions: string[],
  field: string,
  path: string,
  options: MatrixWorkbookOptions = {},
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Harmonize';
  const sheet = workbook.addWorksheet('Matrix', { views: [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW }] });
  const { version, checksum } = engine.catalog.dataset;
  sheet.getCell('A1').value = 'Field';
  sheet.getCell('B1').value = field;
  sheet.getCell('A2').value = `Dataset ${version} (${checksum}); ${options.values ? 'static values' : 'live HARMONIZE formulas'}`;

  const rows = standards.map((s, r) => [
    s,
    ...jurisdictions.map((j, c) => {
      const value = engine.equivalentCell(s, j, field);
      if (options.values) return isHarmonizeError(value) ? value.code : (value ?? '');
      const row = HEADER_ROW + 1 + r;
      const formula = storedFormula('EQUIVALENT', [`$A${row}`, `${columnLetters(c + 2)}$${HEADER_ROW}`, FIELD_CELL]);
      return { formula, result: cachedResult(value) } as ExcelJS.CellFormulaValue;
    }),
  ]);
  sheet.addTable({
    name: 'HarmonizeMatrix',
    ref: `A${HEADER_ROW}`,
    headerRow: true,
    style: { theme: 'TableStyleLight1', showRowStripes: false },
    columns: ['Standard', ...jurisdictions].map((name) => ({ name, filterButton: true })),
    rows,
  });
  standards.forEach((s, r) =>
    jurisdictions.forEach((j, c) => {
      const cell = sheet.getCell(HEADER_ROW + 1 + r, c + 2);
      const degree = engine.equivalentCell(s, j, 'correspondence');
      const fill = CORRESPONDENCE_FILLS[isHarmonizeError(degree) || degree === null ? 'none' : String(degree)] ?? CORRESPONDENCE_FILLS.none;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(fill) } };
      const reason = errorReason(engine, s, j, field);
      if (reason) cell.note = reason;
    }),
  );
  const legendColumn = jurisdictions.length + 3;
  sheet.getCell(HEADER_ROW, legendColumn).value = 'Correspondence';
  Object.entries(CORRESPONDENCE_FILLS).forEach(([name, fill], i) => {
    const cell = sheet.getCell(HEADER_ROW + 1 + i, legendColumn);
    cell.value = name;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(fill) } };
  });
  sheet.columns.forEach((col) => (col.width = 24));
  writeSources(workbook, engine, standards, jurisdictions);
  const saved = Buffer.from(await workbook.xlsx.writeBuffer());
  writeFileSync(path, await addCustomXmlPart(saved, stampToXml(stampOf(engine, new Date()))));
}

/** One row per matrix cell: what answered, how sure, and where it was read. */
function writeSources(workbook: ExcelJS.Workbook, engine: Harmonize, standards: string[], jurisdictions: string[]): void {
  const sheet = workbook.addWorksheet('Sources', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...MATRIX_SOURCE_COLUMNS]).font = { bold: true };
  sheet.addRows(matrixSourceRows(engine, standards, jurisdictions));
  sheet.columns.forEach((col) => (col.width = 22));
  sheet.autoFilter = { from: 'A1', to: { row: 1, column: MATRIX_SOURCE_COLUMNS.length } };
}
