import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runHarmonize as run } from '../support/cli';
import { addCustomXmlPart } from '../../src/cli/customXmlPart';
import { parseCsv } from '../../src/core/csv';
import { stampToXml } from '../../src/core/mappings';
import { bundledEngine } from '../support/bundledData';

const OUR_READING = 'GB/T 19001-2016 (our reading)';
const MAPPING_COLUMNS = ['standard', 'jurisdiction', 'designation', 'correspondence', 'edition', 'source', 'note'];

const formula = (text: string, result: ExcelJS.CellValue, extra: object = {}) => ({ formula: text, result, ...extra }) as ExcelJS.CellFormulaValue;

/** A workbook as an analyst would share it: a matrix filled by one shared formula, other formulas, styles, sheets. */
async function sharedWorkbook(mappingRows: string[][] | null, asTable = true): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const matrix = wb.addWorksheet('Matrix');
  matrix.getCell('A1').value = 'designation';
  ['CN', 'US', 'JP'].forEach((j, i) => (matrix.getCell(1, i + 2).value = j));
  matrix.getCell('A2').value = 'ISO 9001';
  matrix.getCell('A3').value = 'ISO 14001';
  matrix.getCell('A2').font = { bold: true };
  matrix.getCell('B2').value = formula('_xldudf_HARMONIZE_EQUIVALENT($A2,B$1)', 'stale', { shareType: 'shared', ref: 'B2:D3' });
  for (const address of ['C2', 'D2', 'B3', 'C3', 'D3']) matrix.getCell(address).value = { sharedFormula: 'B2', result: 'stale' };
  matrix.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  matrix.getCell('E2').value = formula('HARMONIZE.EQUIVALENT("ISO 9001","CN","provenance")', 'cited');
  matrix.getCell('F2').value = formula('_xldudf_HARMONIZE_CORRESPONDENCE("ISO 9001","CN")', 'MOD');
  matrix.getCell('G2').value = formula('SUM(1,2)', 3);
  matrix.getCell('G2').numFmt = '0.00';
  matrix.getCell('H2').value = formula('_xldudf_HARMONIZE_ADOPTIONS("ISO 9001:2008","designation")', 'old anchor', { shareType: 'array', ref: 'H2:I4' });
  matrix.getCell('A5').value = 42;
  matrix.getCell('A5').font = { italic: true };
  matrix.getCell('A6').value = true;
  matrix.getCell('A7').value = new Date(Date.UTC(2020, 1, 1));
  matrix.getCell('A8').value = '=not a formula, just text';
  matrix.getCell('B5').value = formula('IFERROR(_xldudf_HARMONIZE_EQUIVALENT("ISO 9001","CN"),"")', 'kept');
  matrix.getCell('B6').value = formula('_xldudf_HARMONIZE_EQUIVALENT(Other!A1,"JP")', 'stale');
  matrix.getCell('B7').value = formula('_xldudf_HARMONIZE_EQUIVALENT(G2,"CN")', 'kept');
  matrix.getCell('B8').value = formula('_xldudf_HARMONIZE_EQUIVALENT("ISO 9999","CN")', 'was a value');
  matrix.getCell('B9').value = formula('_xldudf_HARMONIZE_EQUIVALENT("ISO 9001","JP")', 'JIS Q 9001:2015');
  matrix.mergeCells('A11:B11');
  matrix.getCell('A11').value = 'merged note';
  const other = wb.addWorksheet('Other');
  other.getCell('A1').value = 'ISO 14001';
  other.getCell('A2').value = formula('A1&" (copy)"', 'ISO 14001 (copy)');
  other.getCell('B2').value = { richText: [{ text: 'rich ', font: { bold: true } }, { text: 'text' }] };
  if (mappingRows) {
    const maps = wb.addWorksheet(asTable ? 'Own mappings' : 'HarmonizeMappings');
    if (asTable)
      maps.addTable({ name: 'HarmonizeMappings', ref: 'B2', headerRow: true, columns: MAPPING_COLUMNS.map((name) => ({ name })), rows: mappingRows });
    else [MAPPING_COLUMNS, ...mappingRows].forEach((row) => maps.addRow(row));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function unzip(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  return files;
}

/** Every <c> element of a sheet by address: the cell XML that holds formula, value and style id. */
function cellXml(xml: string): Map<string, string> {
  return new Map([...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)].map((m) => [m[1], m[0]]));
}

function setup(workbook: Buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'harmonize-recalc-'));
  const paths = { input: join(dir, 'in.xlsx'), output: join(dir, 'out.xlsx'), report: join(dir, 'changes.csv') };
  writeFileSync(paths.input, workbook);
  return paths;
}

const ownMapping = [['ISO 9001', 'CN', OUR_READING, 'IDT', 'ISO 9001:2015', 'https://example.org/memo', '=not evaluated']];
const HARMONIZE_CELLS = ['B2', 'C2', 'D2', 'B3', 'C3', 'D3', 'E2', 'F2', 'H2', 'B5', 'B6', 'B7', 'B8', 'B9'];

describe('harmonize recalc', () => {
  test('recomputes HARMONIZE cells with the workbook mappings and leaves every other byte alone', async () => {
    const paths = setup(await sharedWorkbook(ownMapping));
    const { code, out, err } = await run('recalc', paths.input, '-o', paths.output, '--report', paths.report);

    const engine = bundledEngine();
    const expected = (s: string, j: string) => {
      const v = engine.equivalentCell(s, j);
      return typeof v === 'object' && v !== null ? { error: v.code } : v;
    };
    const result = new ExcelJS.Workbook();
    await result.xlsx.readFile(paths.output);
    const sheet = result.getWorksheet('Matrix')!;
    const cached = (address: string) => (sheet.getCell(address).value as ExcelJS.CellFormulaValue).result;
    expect(cached('B2')).toBe(OUR_READING); // the workbook row wins over the bundled GB/T 19001-2016
    expect(cached('E2')).toBe('workbook');
    expect(cached('C2')).toEqual(expected('ISO 9001', 'US'));
    expect(cached('D2')).toBe(expected('ISO 9001', 'JP'));
    expect(cached('B3')).toBe(expected('ISO 14001', 'CN'));
    expect(cached('C3')).toEqual(expected('ISO 14001', 'US'));
    expect(cached('D3')).toBe(expected('ISO 14001', 'JP'));
    expect(cached('F2')).toBe('IDT'); // the workbook row's correspondence
    expect(cached('H2')).toBe('jurisdiction');
    expect(cached('B6')).toBe(expected('ISO 14001', 'JP'));
    expect(cached('B8')).toEqual({ error: '#N/A' });
    expect(cached('B5')).toBe('kept');
    expect(cached('B7')).toBe('kept');

    expect(out).toContain(`Matrix!B2: "stale" -> ${JSON.stringify(OUR_READING)}`);
    expect(out).toContain('Matrix!E2: "cited" -> "workbook"');
    expect(out).toContain('Matrix!B8: "was a value" -> "#N/A"');
    expect(out.at(-1)).toMatch(
      /^Recomputed 12 HARMONIZE formula\(s\) with dataset .* with 1 workbook mapping\(s\) from table HarmonizeMappings \('Own mappings'!B2:H3\): 11 changed, 1 unchanged, 2 skipped\. Wrote /,
    );
    expect(err).toEqual([
      'skipped Matrix!B5: HARMONIZE is called inside another formula; only a formula that is one HARMONIZE call is recomputed',
      'skipped Matrix!B7: Matrix!G2 holds a formula; recalc reads only cells with literal values',
      expect.stringMatching(/^note Matrix!H2: the answer spills over \d+x2 cells; only this anchor cell's cached value was written$/),
    ]);
    expect(code).toBe(1); // some formulas were skipped
    const report = readFileSync(paths.report, 'utf8').split('\n');
    expect(report[0]).toBe('address,old,new,reason');
    expect(report).toContain(`Matrix!B2,stale,${OUR_READING},the workbook's own mappings (HarmonizeMappings) answer it`);
    expect(report).toHaveLength(11 + 2);

    const before = await unzip(paths.input);
    const after = await unzip(paths.output);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, data] of before) {
      if (name === 'xl/worksheets/sheet1.xml') continue;
      expect({ name, same: after.get(name)!.equals(data) }).toEqual({ name, same: true });
    }
    const [oldXml, newXml] = [before, after].map((files) => files.get('xl/worksheets/sheet1.xml')!.toString('utf8'));
    const [oldCells, newCells] = [cellXml(oldXml), cellXml(newXml)];
    expect([...newCells.keys()]).toEqual([...oldCells.keys()]);
    for (const [address, xml] of oldCells) {
      const now = newCells.get(address)!;
      if (!HARMONIZE_CELLS.includes(address)) {
        expect({ address, xml: now }).toEqual({ address, xml });
        continue;
      }
      // A recomputed cell keeps its formula element and style id; only its type and cached value change.
      expect(now.match(/<f[^>]*(?:\/>|>[^<]*<\/f>)/)?.[0]).toBe(xml.match(/<f[^>]*(?:\/>|>[^<]*<\/f>)/)?.[0]);
      expect(now.match(/ s="\d+"/)?.[0]).toBe(xml.match(/ s="\d+"/)?.[0]);
    }
    expect(newCells.get('B2')).toMatch(
      /^<c r="B2" s="\d+" t="str"><f t="shared" ref="B2:D3" si="0">_xldudf_HARMONIZE_EQUIVALENT\(\$A2,B\$1\)<\/f><v>GB\/T 19001-2016 \(our reading\)<\/v><\/c>$/,
    );
    expect(newCells.get('B8')).toBe('<c r="B8" t="e"><f>_xldudf_HARMONIZE_EQUIVALENT(&quot;ISO 9999&quot;,&quot;CN&quot;)</f><v>#N/A</v></c>');
    // Outside the rewritten cells the sheet XML is byte-identical.
    const strip = (xml: string) =>
      xml.replace(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, (c, a: string) => (HARMONIZE_CELLS.includes(a) ? `<${a}/>` : c));
    expect(strip(newXml)).toBe(strip(oldXml));
  });

  test('a second run changes nothing and rewrites no cell', async () => {
    const paths = setup(await sharedWorkbook(ownMapping));
    await run('recalc', paths.input, '-o', paths.output);
    const again = join(paths.output + '.again.xlsx');
    const { out } = await run('recalc', paths.output, '-o', again);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/: 0 changed, 12 unchanged, 2 skipped\./);
    const [first, second] = await Promise.all([unzip(paths.output), unzip(again)]);
    for (const [name, data] of first) expect({ name, same: second.get(name)!.equals(data) }).toEqual({ name, same: true });
  });

  test('without mappings the bundled record answers; a HarmonizeMappings sheet works when there is no table', async () => {
    const plain = setup(await sharedWorkbook(null));
    const { out } = await run('recalc', plain.input, '-o', plain.output);
    expect(out).toContain('Matrix!B2: "stale" -> "GB/T 19001-2016"');
    const sheet = setup(await sharedWorkbook(ownMapping, false));
    const { out: viaSheet } = await run('recalc', sheet.input, '-o', sheet.output);
    expect(viaSheet).toContain(`Matrix!B2: "stale" -> ${JSON.stringify(OUR_READING)}`);
    expect(viaSheet.at(-1)).toMatch(/from sheet HarmonizeMappings/);
  });

  test('rejected mapping rows stop the write unless partial mappings are accepted', async () => {
    const rows = [...ownMapping, ['ISO 9001', 'JP', 'JIS', 'similar', 'ISO 9001:2015', '', '']];
    const paths = setup(await sharedWorkbook(rows));
    const refused = await run('recalc', paths.input, '-o', paths.output);
    expect(refused.code).toBe(1);
    expect(refused.err[0]).toBe("HarmonizeMappings row 2 rejected: correspondence 'similar' must be IDT, MOD, NEQ or empty (unknown)");
    expect(existsSync(paths.output)).toBe(false);
    const accepted = await run('recalc', paths.input, '-o', paths.output, '--accept-partial-mappings');
    expect(accepted.out).toContain(`Matrix!B2: "stale" -> ${JSON.stringify(OUR_READING)}`);
    expect(existsSync(paths.output)).toBe(true);
  });

  test('a workbook stamped with an older dataset: each change in the report gives its reason from the changelog', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Sheet1');
    // What dataset 1.1.0 answered: no degree recorded for the German adoption of ISO 9001:2015.
    sheet.getCell('A1').value = formula('_xldudf_HARMONIZE_EQUIVALENT("ISO 9001","DE","correspondence")', 'unknown');
    sheet.getCell('A2').value = formula('_xldudf_HARMONIZE_JURISDICTION("DE","acronym")', 'old acronym');
    const saved = await addCustomXmlPart(
      Buffer.from(await wb.xlsx.writeBuffer()),
      stampToXml({ version: '1.1.0', checksum: 'sha256:7577c684d000868f', computedAt: '2026-11-27T09:00:00.000Z' }),
    );
    const paths = setup(saved);
    const { code, out, err } = await run('recalc', paths.input, '-o', paths.output, '--report', paths.report);
    expect(code).toBe(0);
    expect(out).toContain('Sheet1!A1: "unknown" -> "IDT"');
    expect(err).toContain('note: the workbook was stamped with dataset 1.1.0 (sha256:7577c684d000868f) on 2026-11-27T09:00:00.000Z');
    const rows = parseCsv(readFileSync(paths.report, 'utf8'));
    expect(rows[0]).toEqual(['address', 'old', 'new', 'reason']);
    expect(rows[1].slice(0, 3)).toEqual(['Sheet1!A1', 'unknown', 'IDT']);
    expect(rows[1][3]).toMatch(/^1\.2\.0: DIN EN ISO 9001:2015 \(ISO 9001:2015 in DE\): correspondence changed from unknown to IDT; /);
    expect(rows[2]).toEqual([
      'Sheet1!A2',
      'old acronym',
      'DIN',
      'HARMONIZE.JURISDICTION answers from data the changelog does not track (jurisdiction facts, recognition, crosswalks or the catalogues)',
    ]);
  });

  test('usage errors exit 2', async () => {
    expect((await run('recalc', 'in.xlsx')).code).toBe(2);
    expect((await run('recalc', '-o', 'x.xlsx')).err[0]).toMatch(/needs exactly one input workbook/);
  });
});
