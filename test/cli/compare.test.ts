import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { stringMatching } from '../support/matchers';
import JSZip from 'jszip';
import { runHarmonize as run } from '../support/cli';
import { bundledChangelog, bundledDataset } from '../support/bundledData';
import { stampFromXml } from '../../src/core/mappings';

describe('harmonize eval: GAPS and CHANGES', () => {
  test('spill tables through the module Excel loads; errors keep their code and reason', async () => {
    const { code, out } = await run('eval', '=HARMONIZE.GAPS("CA","CN","ISO 45001")', '=HARMONIZE.CHANGES("1.1.0","CN")', '=HARMONIZE.GAPS("","US")');
    expect(code).toBe(0);
    const [gaps, changes, blank] = out.map((l) => JSON.parse(l) as { value: unknown[][] | string });
    expect(gaps.value).toEqual([
      ['standard', 'CA designation', 'CA degree', 'CN designation', 'CN degree', 'gap'],
      ['ISO 45001', 'CSA Z45001:19', 'MOD', 'GB/T 45001-2020', 'IDT', 'MOD vs IDT'],
    ]);
    expect((changes.value as unknown[][])[0]).toEqual(['release', 'change', 'standard', 'jurisdiction', 'record', 'field', 'old', 'new']);
    expect(changes.value).toContainEqual(['1.2.0', 'added', 'ISO 13485:2016', 'CN', 'GB/T 42061-2022', '', '', '']);
    expect(blank.value).toBe('');
    const failed = await run('eval', '=HARMONIZE.GAPS("DE","US","medicl devices")', '=HARMONIZE.CHANGES("0.1")');
    expect(failed.code).toBe(1);
    expect(failed.out.map((l) => JSON.parse(l) as unknown)).toEqual([
      expect.objectContaining({ error: '#VALUE!', message: stringMatching(/^Unknown family 'medicl devices' - did you mean "medical devices"\?/) }),
      expect.objectContaining({ error: '#N/A', message: stringMatching(/^The changelog starts at release 1\.1\.0/) }),
    ]);
  });
});

describe('harmonize gaps', () => {
  test('prints the GAPS table for a family, most material first', async () => {
    const { code, out } = await run('gaps', 'DE', 'US', '--family', 'medical devices');
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^standard\s+DE designation\s+DE degree\s+US designation\s+US degree\s+gap$/);
    // Harmonised gaps first; a US adoption of an edition replaced years ago is not taken as the current one.
    expect(out[1]).toMatch(
      /^ISO 10993-10\s+DIN EN ISO 10993-10\s+IDT\s+harmonised in the EU \(EN ISO 10993-10:2023\): no current adoption recorded in US \(ANSI\/AAMI\/ISO 10993-10:2010\/\(R\)2014 may be out of date: ISO 10993-10:2021 replaced the edition it adopts/,
    );
    expect(
      out.some((l) => /^ISO 10993-23\s+DIN EN ISO 10993-23\s+IDT\s+harmonised in the EU \(EN ISO 10993-23:2021\): no adoption recorded in US$/.test(l)),
    ).toBe(true);
    expect(out.some((l) => /^ISO 27799\s+DIN EN ISO 27799\s+IDT\s+DE only: no adoption recorded in US$/.test(l))).toBe(true);
    // A superseded US adoption is named, not compared as if it were in force.
    expect(
      out.some((l) =>
        /^ISO 10993-17\s+DIN EN ISO 10993-17:2024-02\s+IDT\s+harmonised in the EU \(EN ISO 10993-17:2023\): no current adoption recorded in US \(ANSI\/AAMI\/ISO 10993-17:2002\/\(R\)2012 is superseded\)$/.test(
          l,
        ),
      ),
    ).toBe(true);
    expect(
      out.some((l) =>
        /^ISO 10993-1\s+DIN EN ISO 10993-1\s+IDT\s+ANSI\/AAMI\/ISO 10993-1:2018\s+IDT\s+different editions: ISO 10993-1:2025 vs ISO 10993-1:2018$/.test(l),
      ),
    ).toBe(true);
  });

  test('takes standards and a kind', async () => {
    const { code, out } = await run('gaps', 'CA', 'CN', '--standards', 'ISO 45001, ISO 9001', '--kind', 'degree');
    expect(code).toBe(0);
    expect(out).toHaveLength(2);
    expect(out[1]).toMatch(/^ISO 45001\s+CSA Z45001:19\s+MOD\s+GB\/T 45001-2020\s+IDT\s+MOD vs IDT$/);
  });

  test('--xlsx writes a table with filters, the formula that recomputes it, and the dataset stamp', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'harmonize-gaps-')), 'gaps.xlsx');
    const { code, out } = await run('gaps', 'DE', 'US', '--family', 'medical devices', '--xlsx', path);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^Wrote .*gaps\.xlsx: \d+ gaps between DE and US$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet('Gaps')!;
    expect(sheet.getCell('B1').value).toBe('=HARMONIZE.GAPS("DE","US","medical devices")');
    expect(sheet.getRow(4).values).toEqual([undefined, 'standard', 'DE designation', 'DE degree', 'US designation', 'US degree', 'gap']);
    expect(sheet.getCell('A5').value).toBe('ISO 10993-10');
    const table = (sheet as unknown as { getTable(name: string): { table: { columns: { filterButton: boolean }[] } } }).getTable('HarmonizeGaps');
    expect(table.table.columns.every((c) => c.filterButton)).toBe(true);
    const part = await (await JSZip.loadAsync(readFileSync(path))).file('customXml/item1.xml')!.async('string');
    expect(stampFromXml(part)).toMatchObject({ version: bundledDataset.version, checksum: bundledDataset.checksum });
  });

  test('an answer that is an error is printed with its reason and exits 1; usage errors exit 2', async () => {
    const bloc = await run('gaps', 'USMCA', 'US');
    expect([bloc.code, bloc.err]).toEqual([1, [expect.stringMatching(/^#N\/A USMCA .* compare two of its members \(CA, MX, US\)/)]]);
    const one = await run('gaps', 'DE');
    expect([one.code, one.err.join('\n')]).toEqual([2, expect.stringMatching(/gaps needs two jurisdictions/)]);
    const both = await run('gaps', 'DE', 'US', '--family', 'medical devices', '--standards', 'ISO 9001');
    expect([both.code, both.err.join('\n')]).toEqual([2, expect.stringMatching(/--family or --standards, not both/)]);
    const unknown = await run('gaps', 'DE', 'US', '--famly', 'x');
    expect([unknown.code, unknown.err.join('\n')]).toEqual([2, expect.stringMatching(/Unknown option '--famly' for gaps/)]);
  });
});

describe('harmonize changes', () => {
  test('prints one sentence per change since a release, after a summary line', async () => {
    const { code, out } = await run('changes', '--since', '1.1.0', '--for', 'DE');
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^Dataset \d+\.\d+\.\d+ \(\d{4}-\d{2}-\d{2}\): \d+ change\(s\) since 1\.1\.0 for DE$/);
    expect(Number(/: (\d+) change/.exec(out[0])![1])).toBe(out.length - 1);
    expect(out).toContain('1.2.0: DIN EN ISO 9001:2015 (ISO 9001:2015 in DE): correspondence changed from unknown to IDT');
  });

  test("--table prints CHANGES's columns; every change, without options", async () => {
    const { out } = await run('changes', '--table');
    expect(out[1]).toMatch(/^release\s+change\s+standard\s+jurisdiction\s+record\s+field\s+old\s+new$/);
    expect(out).toHaveLength(bundledChangelog.changes.length + 2);
  });

  test('nothing to list, or a bad version, is an error with its reason; a stray argument is a usage error', async () => {
    const none = await run('changes', '--since', bundledDataset.version);
    expect([none.code, none.err]).toEqual([1, [`#N/A No changes since ${bundledDataset.version}: it is the installed dataset`]]);
    const bad = await run('changes', '--since', 'yesterday');
    expect([bad.code, bad.err]).toEqual([1, ["#VALUE! since_version must be a dataset version such as 1.1.0, not 'yesterday'"]]);
    const stray = await run('changes', '1.1.0');
    expect([stray.code, stray.err.join('\n')]).toEqual([2, expect.stringMatching(/changes takes no arguments besides its options/)]);
  });
});
