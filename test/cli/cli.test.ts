import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/main';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('harmonize CLI', () => {
  test('eval prints one JSON object per formula, with or without = and the HARMONIZE. prefix', async () => {
    const { code, out } = await run('eval', '=HARMONIZE.EQUIVALENT("ISO 14001","EU")', 'EQUIVALENT("ISO 9001",{"CN","EU"})');
    expect(code).toBe(0);
    expect(out.map((l) => JSON.parse(l))).toEqual([
      { formula: '=HARMONIZE.EQUIVALENT("ISO 14001","EU")', value: 'EN ISO 14001:2015' },
      { formula: 'EQUIVALENT("ISO 9001",{"CN","EU"})', value: [['GB/T 19001-2016', 'EN ISO 9001:2015']] },
    ]);
  });

  test('eval reports errors with their code and reason, and exits 1', async () => {
    const { code, out } = await run('eval', '=HARMONIZE.EQUIVALENT("ISO 9999","US")', '=HARMONIZE.NOPE(1)', '=HARMONIZE.EQUIVALENT("ISO 9001"');
    expect(code).toBe(1);
    const [unknown, name, syntax] = out.map((l) => JSON.parse(l));
    expect(unknown).toMatchObject({ error: '#N/A', message: expect.stringMatching(/^Unknown standard 'ISO 9999' - did you mean/) });
    expect(name).toMatchObject({ error: '#NAME?' });
    expect(syntax).toMatchObject({ error: '#VALUE!', message: expect.stringMatching(/Expected/) });
  });

  test('array constants with rows and columns broadcast', async () => {
    const { out } = await run('eval', '=HARMONIZE.CORRESPONDENCE({"ISO 9001";"ISO 14001"},"CN")');
    expect(JSON.parse(out[0]).value).toEqual([['IDT'], ['IDT']]);
  });

  test('matrix prints a table', async () => {
    const { code, out } = await run('matrix', '--standards', 'ISO 9001,ISO 14001', '--jurisdictions', 'CN,EU');
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^designation\s+CN\s+EU$/);
    expect(out[1]).toMatch(/^ISO 9001\s+GB\/T 19001-2016\s+EN ISO 9001:2015$/);
  });

  test('matrix --xlsx writes HARMONIZE formulas with their values cached', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'harmonize-')), 'matrix.xlsx');
    const { code } = await run('matrix', '--standards', 'ISO 9001', '--jurisdictions', 'CN,EU', '--xlsx', path);
    expect(code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('B1').value).toBe('CN');
    const cell = sheet.getCell('B2').value as ExcelJS.CellFormulaValue;
    expect(cell.formula).toBe('_xldudf_HARMONIZE_EQUIVALENT("ISO 9001","CN","designation")');
    expect(cell.result).toBe('GB/T 19001-2016');
  });

  test('usage errors exit 2 with the usage text', async () => {
    const { code, err } = await run('matrix', '--standards');
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/--standards needs a value/);
  });
});
