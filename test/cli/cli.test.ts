import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { type EvalLine, runHarmonize as run } from '../support/cli';
import { bundledDataset } from '../support/bundledData';
import { stampFromXml } from '../../src/core/mappings';
import { stringMatching } from '../support/matchers';
import { SOURCES_SHEET_HEADER } from '../support/sourcesSheetHeader';

const parseLine = (line: string) => JSON.parse(line) as EvalLine;

describe('harmonize CLI', () => {
  test('eval prints one JSON object per formula, with or without = and the HARMONIZE. prefix', async () => {
    const { code, out } = await run('eval', '=HARMONIZE.EQUIVALENT("ISO 14001","EU")', 'EQUIVALENT("ISO 9001",{"CN","EU"})');
    expect(code).toBe(0);
    expect(out.map(parseLine)).toEqual([
      { formula: '=HARMONIZE.EQUIVALENT("ISO 14001","EU")', value: 'EN ISO 14001:2026' },
      { formula: 'EQUIVALENT("ISO 9001",{"CN","EU"})', value: [['GB/T 19001-2016', 'EN ISO 9001:2015']] },
    ]);
  });

  test('eval reports errors with their code and reason, and exits 1', async () => {
    const { code, out } = await run('eval', '=HARMONIZE.EQUIVALENT("ISO 9999","US")', '=HARMONIZE.NOPE(1)', '=HARMONIZE.EQUIVALENT("ISO 9001"');
    expect(code).toBe(1);
    const [unknown, name, syntax] = out.map(parseLine);
    expect(unknown).toMatchObject({ error: '#N/A', message: stringMatching(/^Unknown standard 'ISO 9999' - did you mean/) });
    expect(name).toMatchObject({ error: '#NAME?' });
    expect(syntax).toMatchObject({ error: '#VALUE!', message: stringMatching(/Expected/) });
  });

  test('array constants with rows and columns broadcast', async () => {
    const { out } = await run('eval', '=HARMONIZE.CORRESPONDENCE({"ISO 9001";"ISO 14001"},"CN")');
    expect(parseLine(out[0]).value).toEqual([['IDT'], ['IDT']]);
  });

  test('matrix prints a table', async () => {
    const { code, out } = await run('matrix', '--standards', 'ISO 9001,ISO 14001', '--jurisdictions', 'CN,EU');
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^designation\s+CN\s+EU$/);
    expect(out[1]).toMatch(/^ISO 9001\s+GB\/T 19001-2016\s+EN ISO 9001:2015$/);
  });

  describe('matrix --xlsx, a workbook an analyst can hand on', () => {
    const write = async (...extra: string[]) => {
      const path = join(mkdtempSync(join(tmpdir(), 'harmonize-')), 'matrix.xlsx');
      const result = await run('matrix', '--standards', 'ISO 9001,IEC 60601-1', '--jurisdictions', 'CN,EU,ZA', '--xlsx', path, '--allow-na', ...extra);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path);
      return { ...result, path, workbook, sheet: workbook.getWorksheet('Matrix')! };
    };

    test('cells are EQUIVALENT formulas on their header cells, with values cached, in a table with filters', async () => {
      const { code, sheet } = await write();
      expect(code).toBe(0);
      expect(sheet.getCell('B1').value).toBe('designation');
      expect([sheet.getCell('A3').value, sheet.getCell('B3').value, sheet.getCell('C3').value]).toEqual(['Standard', 'CN', 'EU']);
      const cell = sheet.getCell('B4').value as ExcelJS.CellFormulaValue;
      expect(cell.formula).toBe('_xldudf_HARMONIZE_EQUIVALENT($A4,B$3,$B$1)');
      expect(cell.result).toBe('GB/T 19001-2016');
      // Every column of the table (Standard and the three jurisdictions) has its filter button.
      const table = sheet.getTable('HarmonizeMatrix');
      expect([0, 1, 2, 3].map((c) => table.getColumn(c).filterButton)).toEqual([true, true, true, true]);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3 });
    });

    test('cells are filled by correspondence beside a legend, and each #N/A carries its reason as a note', async () => {
      const { sheet } = await write();
      expect((sheet.getCell('B4').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC6EFCE');
      const missing = sheet.getCell('D4');
      expect((missing.value as ExcelJS.CellFormulaValue).result).toEqual({ error: '#N/A' });
      const note = missing.note;
      expect(typeof note === 'string' ? note : note?.texts?.[0]?.text).toMatch(/^#N\/A No recorded adoption of ISO 9001 in ZA/);
      expect(sheet.getCell('F3').value).toBe('Correspondence');
      expect(sheet.getCell('F4').value).toBe('IDT');
    });

    test('a Sources sheet gives each cell’s designation, degree, provenance, source and read date, and the stamp is kept', async () => {
      const { workbook, path } = await write();
      const sources = workbook.getWorksheet('Sources')!;
      expect(sources.getRow(1).values).toEqual([undefined, ...SOURCES_SHEET_HEADER]);
      const cn = sources.getRow(2).values as unknown[];
      expect(cn.slice(1, 8)).toEqual(['ISO 9001', 'CN', 'GB/T 19001-2016', 'IDT', 'ISO 9001:2015', 'stated', 'cited']);
      expect(String(cn[8])).toMatch(/^https?:\/\//);
      const zip = await JSZip.loadAsync(readFileSync(path));
      const part = await zip.file('customXml/item1.xml')!.async('string');
      expect(stampFromXml(part)).toMatchObject({ version: bundledDataset.version, checksum: bundledDataset.checksum });
    });

    test('--values writes a static copy: the values, no formulas', async () => {
      const { sheet } = await write('--values');
      expect(sheet.getCell('B4').value).toBe('GB/T 19001-2016');
      expect(sheet.getCell('D4').value).toBe('#N/A');
    });
  });

  test('matrix takes presets, prints each error with its reason, and exits 1 on an error unless --allow-na', async () => {
    const strict = await run('matrix', '--standards', 'ISO 9001', '--jurisdictions', 'USMCA');
    expect(strict.out[0]).toMatch(/^designation\s+CA\s+MX\s+US$/);
    const failing = await run('matrix', '--standards', 'ISO 9001', '--jurisdictions', 'ZA,CN');
    expect(failing.code).toBe(1);
    expect(failing.err).toEqual([stringMatching(/^ISO 9001 in ZA: #N\/A No recorded adoption/)]);
    expect((await run('matrix', '--standards', 'ISO 9001', '--jurisdictions', 'ZA,CN', '--allow-na')).code).toBe(0);
  });

  test('an unknown option is a usage error, not ignored', async () => {
    const { code, err } = await run('matrix', '--standards', 'ISO 9001', '--jurisdictions', 'CN', '--jursdictions', 'US');
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/Unknown option '--jursdictions' for matrix/);
  });

  test('usage errors exit 2 with the usage text', async () => {
    const { code, err } = await run('matrix', '--standards');
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/--standards needs a value/);
  });
});
