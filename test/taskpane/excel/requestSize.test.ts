/**
 * No request the pane sends nears Excel on the web's payload limit (about 5 MB). A recording context counts, for
 * each context.sync(), the bytes of the operations queued since the last one (each property set as JSON, with the
 * range it targets), the way Office.js serialises a batch.
 */
import { Harmonize } from '../../../src/core/harmonize';
import { appendMappingRows } from '../../../src/taskpane/excel/mappingsTable';
import { writeMatrix } from '../../../src/taskpane/excel/workbookWrites';
import { fixtureDataset } from '../../support/fixtureDataset';

const ONE_MB = 1024 * 1024;

function recordingExcel() {
  const requests: number[] = [];
  let pending = 0;
  const queue = (target: string, property: string, value: unknown) => {
    pending += JSON.stringify({ target, property, value }).length;
  };
  const range = (address: string): any =>
    new Proxy(
      {
        address,
        values: [[]],
        rowCount: 1,
        load: () => queue(address, 'load', null),
        getRow: (i: number) => range(`${address}/row${i}`),
        getResizedRange: (r: number, c: number) => range(`${address}/+${r},${c}`),
        getColumn: (i: number) => range(`${address}/col${i}`),
        format: new Proxy({ fill: {}, font: {} }, { get: (o: any, p) => (p === 'fill' || p === 'font' ? new Proxy({}, { set: (_, q, v) => (queue(`${address}.format.${String(p)}`, String(q), v), true) }) : o[p]) }),
      },
      { set: (object: any, property, value) => (queue(address, String(property), value), (object[property] = value), true) },
    );
  const sheet = {
    getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => range(`R${r}C${c}:${rows}x${cols}`),
    tables: { add: (whole: any) => ({ name: '', getRange: () => whole }) },
    freezePanes: { freezeAt: (at: any) => queue(at.address, 'freezeAt', null), freezeRows: (n: number) => queue('sheet', 'freezeRows', n) },
    notes: { add: (at: any, text: string) => queue(at.address, 'note', text) },
    activate: () => queue('sheet', 'activate', null),
  };
  const context = {
    workbook: {
      getActiveCell: () => ({ rowIndex: 0, columnIndex: 0, load: () => undefined }),
      worksheets: {
        getActiveWorksheet: () => sheet,
        getItemOrNullObject: (name: string) => (queue(name, 'getItem', null), { isNullObject: true }),
        add: (name: string) => (queue(name, 'add', null), sheet),
      },
      customXmlParts: {
        getByNamespace: () => ({ getOnlyItemOrNullObject: () => ({ isNullObject: true }) }),
        add: (xml: string) => queue('customXmlParts', 'add', xml),
      },
      tables: { getItem: () => ({ getDataBodyRange: () => range('body'), rows: { add: (_: unknown, rows: unknown) => queue('table.rows', 'add', rows) } }) },
    },
    sync: async () => {
      requests.push(pending);
      pending = 0;
    },
  };
  (global as any).Excel = { run: async (callback: (c: unknown) => Promise<unknown>) => callback(context) };
  (global as any).Office = { context: { requirements: { isSetSupported: () => true } } };
  return requests;
}

describe('request size', () => {
  const engine = Harmonize.fromDataset(fixtureDataset());
  const standards = Array.from({ length: 1000 }, (_, i) => (i % 2 ? 'ISO 9001' : 'ISO 13485'));
  const jurisdictions = Array.from({ length: 60 }, (_, i) => ['CN', 'EU', 'GB', 'DE', 'JP', 'US'][i % 6]);

  test.each(['formulas', 'values'] as const)('a 1000 x 60 matrix in %s mode goes out in requests under 1 MB each', async (mode) => {
    const requests = recordingExcel();
    await writeMatrix(engine, { standards, jurisdictions, field: 'designation', mode }, { confirmOverwrite: async () => true });
    expect(Math.max(...requests)).toBeLessThan(ONE_MB);
    // Everything was sent: some 60,000 cells with their formulas or values and fills, and a Sources row for each.
    expect(requests.reduce((a, b) => a + b, 0)).toBeGreaterThan(2 * ONE_MB);
  });

  test('a 20,000-row mappings import goes out in requests under 1 MB each', async () => {
    const requests = recordingExcel();
    const row = ['ISO 9001', '2015', 'CN', 'GB/T 19001-2016', 'IDT', 'https://example.org/a-long-source-address/with/a/path', 'a note of some length'];
    expect(await appendMappingRows(Array.from({ length: 20_000 }, () => [...row]))).toBe(20_000);
    expect(Math.max(...requests)).toBeLessThan(ONE_MB);
    expect(requests.length).toBeGreaterThanOrEqual(10);
  });
});
