/**
 * No request the pane sends nears Excel on the web's payload limit (about 5 MB). The shared fake workbook counts,
 * for each context.sync(), the bytes of the actions queued since the last one (each property set and call as JSON,
 * with the object it targets), the way Office.js serialises a batch.
 */
import { Harmonize } from '../../../src/core/harmonize';
import { appendMappingRows } from '../../../src/taskpane/excel/mappingsTable';
import { writeMatrix } from '../../../src/taskpane/excel/workbookWrites';
import { FakeWorkbook, uninstallGlobals } from '../../support/excel';
import { fixtureDataset } from '../../support/fixtureDataset';

const ONE_MB = 1024 * 1024;
const sum = (sizes: number[]) => sizes.reduce((a, b) => a + b, 0);

afterEach(uninstallGlobals);

describe('request size', () => {
  const engine = Harmonize.fromDataset(fixtureDataset());
  const standards = Array.from({ length: 1000 }, (_, i) => (i % 2 ? 'ISO 9001' : 'ISO 13485'));
  const jurisdictions = Array.from({ length: 60 }, (_, i) => ['CN', 'EU', 'GB', 'DE', 'JP', 'US'][i % 6]);

  test.each(['formulas', 'values'] as const)('a 1000 x 60 matrix in %s mode goes out in requests under 1 MB each', async (mode) => {
    const book = new FakeWorkbook(['Sheet1']);
    book.install();
    await writeMatrix(engine, { standards, jurisdictions, field: 'designation', mode }, { confirmOverwrite: () => Promise.resolve(true) });
    expect(Math.max(...book.requests)).toBeLessThan(ONE_MB);
    // Everything was sent: some 60,000 cells with their formulas or values and fills, and a Sources row for each.
    expect(sum(book.requests)).toBeGreaterThan(2 * ONE_MB);
    expect(book.get('Sheet1', 1000, 60)).toMatchObject(
      mode === 'formulas' ? { formula: '=HARMONIZE.EQUIVALENT($A1001,BI$1,"designation")' } : { formula: null },
    );
    expect(book.get('Sources', 60_000, 0).value).toBe('ISO 9001');
  });

  test('a 20,000-row mappings import goes out in requests under 1 MB each', async () => {
    const book = new FakeWorkbook(['Sheet1']);
    const header = ['standard', 'edition', 'jurisdiction', 'designation', 'correspondence', 'source', 'note'];
    book.addTable('HarmonizeMappings', { header, rows: [header.map(() => '')] }, { sheet: 'Harmonize mappings' });
    book.install();
    const row = ['ISO 9001', '2015', 'CN', 'GB/T 19001-2016', 'IDT', 'https://example.org/a-long-source-address/with/a/path', 'a note of some length'];
    expect(await appendMappingRows(Array.from({ length: 20_000 }, () => [...row]))).toBe(20_000);
    expect(Math.max(...book.requests)).toBeLessThan(ONE_MB);
    expect(book.requests.length).toBeGreaterThanOrEqual(10);
    expect(book.tableContent('HarmonizeMappings').rows).toHaveLength(20_000);
  });
});
