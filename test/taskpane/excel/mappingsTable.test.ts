import { OfficeMockObject } from 'office-addin-mock';
import { appendMappingRows } from '../../../src/taskpane/excel/mappingsTable';
import { HOSTILE } from '../../support/hostileText';

/** A HarmonizeMappings table with one blank body row, recording what is written where and in which order. */
function mockTable() {
  const writes: string[] = [];
  const target: Record<string, unknown> = {};
  const recordingTarget = new Proxy(target, {
    set(object, property, value) {
      writes.push(String(property));
      return Reflect.set(object, property, value);
    },
  });
  const body = new OfficeMockObject({
    values: [['', '', '', '', '', '', '']],
    rowCount: 1,
    getRow: () => ({ getResizedRange: () => recordingTarget }),
  });
  const table = { getDataBodyRange: () => body, rows: { add: jest.fn() } };
  const context = { workbook: { tables: { getItem: () => table } }, sync: async () => body.sync() };
  (global as any).Excel = { run: async (callback: (c: unknown) => Promise<unknown>) => callback(context) };
  return { target, writes };
}

describe('HarmonizeMappings table writes', () => {
  test.each(HOSTILE)('imported text that looks like a formula is written into text-formatted cells: %j', async (hostile) => {
    const { target, writes } = mockTable();
    const row = ['ISO 9001', '2015', 'CN', hostile, 'IDT', 'https://example.org', hostile];
    expect(await appendMappingRows([row])).toBe(1);
    expect(target.numberFormat).toEqual([row.map(() => '@')]);
    expect(target.values).toEqual([row]);
    // Excel applies the queued writes in order: the format must come before the value it protects.
    expect(writes).toEqual(['numberFormat', 'values']);
  });
});
