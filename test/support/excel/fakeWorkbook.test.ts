/**
 * The shared fake holds product code to what Excel holds it to: reads need load and sync, isNullObject needs a
 * sync, writes must fit their range, text-formatted cells keep formula-like text, and each request's bytes are
 * counted. Its globals go away with uninstallGlobals.
 */
import { FakeWorkbook, hasGlobal, installGlobals, uninstallGlobals } from '.';

/** Runs one batch against the installed fake, as product code does (Excel.run is typed by @types/office-js). */
const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => Excel.run(batch);

afterEach(uninstallGlobals);

describe('the shared fake Excel', () => {
  test('a property is readable only after load and sync, and holds the state at that sync', async () => {
    const book = new FakeWorkbook(['Sheet1']);
    book.set('Sheet1', 0, 0, { value: 'before' });
    book.install();
    await run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, 1, 1);
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load('values');
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      book.set('Sheet1', 0, 0, { value: 'at sync' });
      await context.sync();
      expect(range.values).toEqual([['at sync']]);
      expect(() => range.address).toThrow(/PropertyNotLoaded/);
    });
  });

  test('isNullObject is known after a sync, and a missing sheet is a null object', async () => {
    new FakeWorkbook(['Sheet1']).install();
    await run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const there = context.workbook.worksheets.getItemOrNullObject('Sheet1');
      expect(() => missing.isNullObject).toThrow(/before context.sync/);
      await context.sync();
      expect([missing.isNullObject, there.isNullObject]).toEqual([true, false]);
    });
  });

  test('a write must fit its range; text-formatted cells keep what looks like a formula as text', async () => {
    const book = new FakeWorkbook(['Sheet1']);
    book.install();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      expect(() => (sheet.getRangeByIndexes(0, 0, 2, 1).values = [['one']])).toThrow(/InvalidArgument/);
      sheet.getRangeByIndexes(0, 0, 1, 2).values = [['=1+1', '+2']];
      const text = sheet.getRangeByIndexes(1, 0, 1, 1);
      text.numberFormat = [['@']];
      text.values = [['=1+1']];
      await context.sync();
    });
    expect(book.get('Sheet1', 0, 0)).toEqual({ formula: '=1+1', value: '(not calculated)' });
    expect(book.get('Sheet1', 0, 1).formula).toBe('+2');
    expect(book.get('Sheet1', 1, 0)).toEqual({ formula: null, value: '=1+1', format: '@' });
  });

  test('each sync records the bytes queued since the last, as JSON', async () => {
    const book = new FakeWorkbook(['Sheet1']);
    book.install();
    const block = Array.from({ length: 100 }, (_, r) => [`row ${r}`]);
    await run(async (context) => {
      await context.sync();
      context.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, 100, 1).values = block;
      await context.sync();
    });
    const queued = [
      { target: 'worksheets', member: 'getActiveWorksheet', payload: null },
      { target: 'worksheet(Sheet1)', member: 'getRangeByIndexes', payload: [0, 0, 100, 1] },
      { target: 'Sheet1!A1:A100', member: 'values', payload: block },
    ];
    expect(book.actions).toEqual(queued);
    expect(book.requests).toEqual([0, queued.reduce((bytes, action) => bytes + JSON.stringify(action).length, 0)]);
  });

  test('uninstallGlobals removes what install added and puts back what it replaced', () => {
    const original = { context: 'the host' };
    const officeNow = (): unknown => Reflect.get(globalThis, 'Office');
    Object.defineProperty(globalThis, 'Office', { value: original, configurable: true, writable: true });
    try {
      new FakeWorkbook(['Sheet1']).install();
      installGlobals({ CustomFunctions: {} });
      expect([hasGlobal('Excel'), hasGlobal('CustomFunctions'), officeNow() === original]).toEqual([true, true, false]);
      uninstallGlobals();
      expect([hasGlobal('Excel'), hasGlobal('CustomFunctions'), officeNow() === original]).toEqual([false, false, true]);
    } finally {
      Reflect.deleteProperty(globalThis, 'Office');
    }
  });
});
