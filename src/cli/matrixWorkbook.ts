import ExcelJS from 'exceljs';
import { type CellValue, type Harmonize, isHarmonizeError } from '../core';
import { formatArgument } from '../core/formula';

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

/**
 * Writes a harmonization matrix: a header row of jurisdictions, a header column of standards, and one
 * EQUIVALENT formula per cell whose computed value is cached, so the file reads correctly before the add-in loads.
 */
export async function writeMatrixWorkbook(
  engine: Harmonize,
  standards: string[],
  jurisdictions: string[],
  field: string,
  path: string,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Harmonize';
  const sheet = workbook.addWorksheet('Harmonization matrix');
  sheet.getCell(1, 1).value = field;
  jurisdictions.forEach((j, c) => (sheet.getCell(1, c + 2).value = j));
  standards.forEach((s, r) => {
    sheet.getCell(r + 2, 1).value = s;
    jurisdictions.forEach((j, c) => {
      const value = engine.equivalentCell(s, j, field);
      const formula = storedFormula('EQUIVALENT', [formatArgument(s), formatArgument(j), formatArgument(field)]);
      sheet.getCell(r + 2, c + 2).value = { formula: formula.replace(/^=/, ''), result: cachedResult(value) } as ExcelJS.CellFormulaValue;
    });
  });
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(1).font = { bold: true };
  sheet.columns.forEach((col) => (col.width = 24));
  await workbook.xlsx.writeFile(path);
}
