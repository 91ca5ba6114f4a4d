import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { type CellValue, type Harmonize, formatArgument, stampOf, stampToXml } from '../core';
import { addCustomXmlPart } from './customXmlPart';

/** The table starts on row 4: the formula that recomputes it and the dataset stamp come first. */
const HEADER_ROW = 4;

/**
 * Writes a GAPS table an analyst can hand on: an Excel table with filters and a frozen header, the formula that
 * recomputes it in Excel with the add-in, and the dataset stamp. The cells are values: exceljs cannot write a
 * dynamic-array spill, and a static table reads the same everywhere.
 */
export async function writeGapsWorkbook(engine: Harmonize, table: CellValue[][], args: (string | null)[], path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Harmonize';
  const sheet = workbook.addWorksheet('Gaps', { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  const { version, checksum } = engine.catalog.dataset;
  let last = args.length;
  while (last > 0 && args[last - 1] === null) last--;
  const formula = `=HARMONIZE.GAPS(${args
    .slice(0, last)
    .map((a) => (a === null ? '' : formatArgument(a)))
    .join(',')})`;
  sheet.getCell('A1').value = 'Recompute in Excel with the add-in';
  sheet.getCell('B1').value = formula;
  sheet.getCell('A2').value = `Dataset ${version} (${checksum}); static values, most material gaps first`;
  const [header, ...rows] = table;
  sheet.addTable({
    name: 'HarmonizeGaps',
    ref: `A${HEADER_ROW}`,
    headerRow: true,
    style: { theme: 'TableStyleLight1', showRowStripes: true },
    columns: header.map((name) => ({ name: String(name), filterButton: true })),
    rows: rows.map((row) => row.map((cell) => (cell === null ? '' : (cell as string | number | boolean)))),
  });
  sheet.columns.forEach((col, i) => (col.width = i === 5 ? 60 : 28));
  const saved = Buffer.from(await workbook.xlsx.writeBuffer());
  writeFileSync(path, await addCustomXmlPart(saved, stampToXml(stampOf(engine, new Date()))));
}
