import { FROZEN_NAMESPACE, type FrozenCell, jsonFromXmlPart, jsonToXmlPart } from '../../../src/core/sharing/frozenCells';
import { freezeFormulas, unfreezeFormulas } from '../../../src/taskpane/excel/freezeCells';
import { FakeWorkbook, uninstallGlobals } from '../../support/excel';
import { HOSTILE } from '../../support/hostileText';

const DATASET = { version: '1.0.0', checksum: 'sha256:abc' };
const NOW = () => new Date('2026-11-26T10:00:00Z');

/** Sheet1: a scalar HARMONIZE formula, a 3x2 spilled ADOPTIONS, a SUM and a plain value. Sheet2: one more. */
function sampleWorkbook(): FakeWorkbook {
  const book = new FakeWorkbook(['Sheet1', 'Sheet2']);
  book.set('Sheet1', 0, 0, { value: 'ISO 9001' });
  book.set('Sheet1', 0, 1, { formula: '=HARMONIZE.EQUIVALENT(A1,"CN")', value: 'GB/T 19001-2016' });
  book.set('Sheet1', 2, 0, { formula: '=HARMONIZE.ADOPTIONS("ISO 9001","designation")', value: 'jurisdiction' });
  book.set('Sheet1', 2, 1, { value: 'designation' });
  book.set('Sheet1', 3, 0, { value: 'CN' });
  book.set('Sheet1', 3, 1, { value: 'GB/T 19001-2016' });
  book.spills.set('Sheet1!2,0', { rows: 2, columns: 2 });
  book.set('Sheet1', 5, 0, { formula: '=SUM(1,2)', value: 3 });
  book.set('Sheet2', 0, 0, { formula: '=_xldudf_HARMONIZE_EQUIVALENT("ISO 14001","EU")', value: 'EN ISO 14001:2015' });
  book.install();
  return book;
}

describe('freeze and unfreeze', () => {
  afterEach(uninstallGlobals);

  test('freeze turns the sheet’s HARMONIZE formulas into values, keeps them, notes each cell, and leaves other formulas', async () => {
    const book = sampleWorkbook();
    const result = await freezeFormulas('sheet', { dataset: DATASET, now: NOW });
    expect(result).toEqual({ frozen: 2, cancelled: false });
    expect(book.get('Sheet1', 0, 1)).toEqual({ formula: null, value: 'GB/T 19001-2016' });
    expect(book.get('Sheet1', 2, 0)).toEqual({ formula: null, value: 'jurisdiction' });
    expect(book.get('Sheet1', 3, 1)).toEqual({ formula: null, value: 'GB/T 19001-2016' });
    expect(book.get('Sheet1', 5, 0).formula).toBe('=SUM(1,2)');
    expect(book.get('Sheet2', 0, 0).formula).toMatch(/^=_xldudf_HARMONIZE_EQUIVALENT/);
    const kept = jsonFromXmlPart<FrozenCell[]>(book.parts.get(FROZEN_NAMESPACE), []);
    expect(kept.map((k) => [k.sheet, k.address, k.formula, k.rows, k.columns])).toEqual([
      ['Sheet1', 'B1', '=HARMONIZE.EQUIVALENT(A1,"CN")', 1, 1],
      ['Sheet1', 'A3', '=HARMONIZE.ADOPTIONS("ISO 9001","designation")', 2, 2],
    ]);
    expect(book.comments.get('Sheet1!B1')).toMatch(/dataset 1\.0\.0 \(sha256:abc\).*=HARMONIZE\.EQUIVALENT\(A1,"CN"\)/);
  });

  test('unfreeze restores every formula exactly, clears the frozen spill, and removes the notes', async () => {
    const book = sampleWorkbook();
    await freezeFormulas('workbook', { dataset: DATASET, now: NOW });
    // A save and reopen keeps only what is in the file: the part's XML text.
    const saved = new Map(book.parts);
    book.parts.clear();
    for (const [k, v] of saved) book.parts.set(k, v);
    const result = await unfreezeFormulas('workbook');
    expect(result).toEqual({ restored: 3, skipped: 0 });
    expect(book.get('Sheet1', 0, 1).formula).toBe('=HARMONIZE.EQUIVALENT(A1,"CN")');
    expect(book.get('Sheet1', 2, 0).formula).toBe('=HARMONIZE.ADOPTIONS("ISO 9001","designation")');
    expect(book.get('Sheet1', 3, 1)).toEqual({ formula: null, value: '' });
    expect(book.get('Sheet2', 0, 0).formula).toBe('=_xldudf_HARMONIZE_EQUIVALENT("ISO 14001","EU")');
    expect(book.comments.size).toBe(0);
    expect(jsonFromXmlPart<FrozenCell[]>(book.parts.get(FROZEN_NAMESPACE), [])).toEqual([]);
  });

  test('freezing only the selection leaves the rest live, and unfreezing one sheet keeps the other frozen', async () => {
    const book = sampleWorkbook();
    book.selection = { sheet: 'Sheet1', top: 0, left: 0, rows: 1, columns: 2 };
    expect(await freezeFormulas('selection', { dataset: DATASET, now: NOW })).toEqual({ frozen: 1, cancelled: false });
    expect(book.get('Sheet1', 2, 0).formula).toMatch(/ADOPTIONS/);
    await freezeFormulas('workbook', { dataset: DATASET, now: NOW });
    book.activeSheet = 'Sheet2';
    expect(await unfreezeFormulas('sheet')).toEqual({ restored: 1, skipped: 0 });
    expect(book.get('Sheet1', 0, 1).formula).toBeNull();
    expect(jsonFromXmlPart<FrozenCell[]>(book.parts.get(FROZEN_NAMESPACE), [])).toHaveLength(2);
  });

  test('freezing twice keeps the original formula', async () => {
    const book = sampleWorkbook();
    await freezeFormulas('sheet', { dataset: DATASET, now: NOW });
    book.set('Sheet1', 0, 1, { formula: '=HARMONIZE.EQUIVALENT(A1,"JP")', value: 'JIS Q 9001:2015' });
    await freezeFormulas('sheet', { dataset: DATASET, now: NOW });
    await unfreezeFormulas('workbook');
    expect(book.get('Sheet1', 0, 1).formula).toBe('=HARMONIZE.EQUIVALENT(A1,"CN")');
  });

  test.each(HOSTILE)('a frozen value that looks like a formula stays text, and unfreeze gives the cell its format back: %j', async (hostile) => {
    const book = new FakeWorkbook(['Sheet1']);
    book.set('Sheet1', 0, 0, { formula: '=HARMONIZE.EQUIVALENT("ISO 9001","CN")', value: hostile, format: '0.00' });
    book.set('Sheet1', 2, 0, { formula: '=HARMONIZE.ADOPTIONS("ISO 9001","designation")', value: 'CN' });
    book.set('Sheet1', 3, 0, { value: hostile });
    book.spills.set('Sheet1!2,0', { rows: 2, columns: 1 });
    book.install();
    await freezeFormulas('workbook', { dataset: DATASET, now: NOW });
    expect(book.get('Sheet1', 0, 0)).toEqual({ formula: null, value: hostile, format: '@' });
    expect(book.get('Sheet1', 3, 0)).toEqual({ formula: null, value: hostile, format: '@' });
    await unfreezeFormulas('workbook');
    expect(book.get('Sheet1', 0, 0)).toMatchObject({ formula: '=HARMONIZE.EQUIVALENT("ISO 9001","CN")', format: '0.00' });
    expect(book.get('Sheet1', 3, 0).format).toBe('General');
  });

  test('a sheet name with a quote is escaped in every address, and the kept formulas are saved before any value replaces one', async () => {
    const book = new FakeWorkbook(["Bob's data"]);
    book.set("Bob's data", 0, 0, { formula: '=HARMONIZE.EQUIVALENT("ISO 9001","CN")', value: 'GB/T 19001-2016' });
    book.install();
    const saved: string[] = [];
    const write = book.parts.set.bind(book.parts);
    // The part holding the original formulas is written while the cell still holds its formula.
    book.parts.set = (ns: string, xml: string) => {
      saved.push(String(book.get("Bob's data", 0, 0).formula));
      return write(ns, xml);
    };
    await freezeFormulas('workbook', { dataset: DATASET, now: NOW });
    expect(saved[0]).toBe('=HARMONIZE.EQUIVALENT("ISO 9001","CN")');
    expect([...book.comments.keys()]).toEqual(["'Bob''s data'!A1"]);
    await unfreezeFormulas('workbook');
    expect(book.comments.size).toBe(0);
    expect(book.get("Bob's data", 0, 0).formula).toBe('=HARMONIZE.EQUIVALENT("ISO 9001","CN")');
  });

  test('unfreeze writes back only records that name a real cell and a HARMONIZE formula', async () => {
    const book = sampleWorkbook();
    await freezeFormulas('sheet', { dataset: DATASET, now: NOW });
    const kept = jsonFromXmlPart<FrozenCell[]>(book.parts.get(FROZEN_NAMESPACE), []);
    kept[0].formula = "=cmd|' /C calc'!A0";
    book.parts.set(FROZEN_NAMESPACE, jsonToXmlPart(FROZEN_NAMESPACE, kept));
    expect(await unfreezeFormulas('workbook')).toEqual({ restored: 1, skipped: 1 });
    expect(book.get('Sheet1', 0, 1)).toEqual({ formula: null, value: 'GB/T 19001-2016' });
    expect(book.get('Sheet1', 2, 0).formula).toBe('=HARMONIZE.ADOPTIONS("ISO 9001","designation")');
  });
});
