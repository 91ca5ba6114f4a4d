/**
 * The custom functions exercised through the very module Excel loads, with a CustomFunctions global provided
 * here the way Excel provides it.
 */
import * as functions from '../../src/functions/functions';
import { readCatalogueFile } from '../../src/cli/catalogueFile';
import { runtime } from '../../src/runtime/engine';
import { installGlobals, uninstallGlobals } from '../support/excel';

class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

beforeAll(() =>
  installGlobals({ CustomFunctions: { Error: FakeExcelError, ErrorCode: { notAvailable: '#N/A', invalidValue: '#VALUE!', invalidNumber: '#NUM!' } } }),
);
afterAll(uninstallGlobals);

// What the add-in's fetch of catalogue.json gives, read from the file.
runtime.setCatalogueSource(() => Promise.resolve(readCatalogueFile()));

const thrown = (fn: () => unknown): FakeExcelError => {
  try {
    fn();
  } catch (e) {
    return e as FakeExcelError;
  }
  throw new Error('expected a thrown Excel error');
};

describe('HARMONIZE custom functions', () => {
  test('EQUIVALENT answers from the bundled dataset', () => {
    expect(functions.equivalent([['ISO 14001']], [['EU']])).toEqual([['EN ISO 14001:2026']]);
    expect(functions.equivalent([['ISO 9001']], [['CN']], 'edition')).toEqual([['ISO 9001:2015']]);
  });

  test('errors inside a matrix are CustomFunctions.Error values with the reason', () => {
    const [[good, bad, blank]] = functions.equivalent([['ISO 9001']], [['CN', 'Narnia', '']]);
    expect(good).toBe('GB/T 19001-2016');
    expect(bad).toBeInstanceOf(FakeExcelError);
    expect((bad as FakeExcelError).code).toBe('#N/A');
    expect((bad as FakeExcelError).message).toMatch(/Unknown jurisdiction 'Narnia'/);
    expect(blank).toBe('');
  });

  test('a whole-call error is thrown as a CustomFunctions.Error, never a bare exception', () => {
    const error = thrown(() => functions.equivalent([['ISO 9001']], [['CN']], 'colour'));
    expect(error).toBeInstanceOf(FakeExcelError);
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toMatch(/Unknown field 'colour'/);
  });

  test('an error value arriving in a range comes out as an error Excel shows with its message', () => {
    const [[cell]] = functions.equivalent([[new FakeExcelError('#REF!', 'bad ref')]], [['CN']]);
    expect(cell).toEqual(new FakeExcelError('#VALUE!', 'The input cell holds #REF!: bad ref'));
    const [[na]] = functions.equivalent([[new FakeExcelError('#N/A')]], [['CN']]);
    expect((na as FakeExcelError).code).toBe('#N/A');
  });

  test('every error a function returns is #N/A or #VALUE!, the codes Excel shows with a message', () => {
    for (const code of ['#NUM!', '#REF!', '#NAME?', '#NULL!', '#DIV/0!']) {
      const [[cell]] = functions.equivalent([[new FakeExcelError(code)]], [['CN']]);
      expect(['#N/A', '#VALUE!']).toContain((cell as FakeExcelError).code);
    }
  });

  test('the other functions answer through the same path', async () => {
    expect(functions.correspondence([['ISO 9001']], [['CN']])).toEqual([['IDT']]);
    expect(functions.standard([['iso9001']])).toEqual([['ISO 9001']]);
    expect(functions.jurisdiction([['USA']])).toEqual([['US']]);
    expect(functions.origin([['GB/T 19001-2016']])).toEqual([['ISO 9001:2015', 'CN']]);
    expect(functions.adoptions('ISO 9001')[0]).toEqual(['jurisdiction', 'designation', 'correspondence', 'edition']);
    expect(functions.matrix([['ISO 9001']], [['CN', 'EU']])).toEqual([
      ['designation', 'CN', 'EU'],
      ['ISO 9001', 'GB/T 19001-2016', 'EN ISO 9001:2015'],
    ]);
    // SEARCH covers the IEC and JIS catalogues: its first call waits for them.
    expect((await Promise.resolve(functions.search('quality management', 3)))[0]).toEqual(['match', 'description', 'kind']);
    expect(functions.dataset('version')).toEqual([[expect.any(String)]]);
    expect(functions.dataset('changes')).toEqual([[expect.any(Number)]]);
  });

  test('GAPS spills a table with a header row; blank in, blank out; errors carry their reasons', () => {
    const table = functions.gaps('CA', 'CN', [['ISO 45001']]);
    expect(table).toEqual([
      ['standard', 'CA designation', 'CA degree', 'CN designation', 'CN degree', 'gap'],
      ['ISO 45001', 'CSA Z45001:19', 'MOD', 'GB/T 45001-2020', 'IDT', 'MOD vs IDT'],
    ]);
    // A side with no adoption is a blank cell, as Excel shows an empty string.
    expect(functions.gaps('DE', 'US', [['ISO 10993-23']])[1].slice(3, 5)).toEqual(['', '']);
    expect(functions.gaps('', 'US')).toEqual([['']]);
    const unknown = thrown(() => functions.gaps('DE', 'Narnia'));
    expect([unknown.code, unknown.message]).toEqual(['#N/A', expect.stringMatching(/^Unknown jurisdiction 'Narnia'/)]);
    const kind = thrown(() => functions.gaps('DE', 'US', undefined, 'sideways'));
    expect([kind.code, kind.message]).toEqual(['#VALUE!', expect.stringMatching(/^Unknown kind 'sideways'/)]);
  });

  test('CHANGES spills the changelog with a header row, and says why when there is nothing to list', () => {
    const table = functions.changes('1.1.0', 'DE');
    expect(table[0]).toEqual(['release', 'change', 'standard', 'jurisdiction', 'record', 'field', 'old', 'new']);
    expect(table.length).toBeGreaterThan(1);
    expect(table.slice(1).every((r) => r[3] === 'DE')).toBe(true);
    const none = thrown(() => functions.changes('99.0'));
    expect(none.code).toBe('#N/A');
  });
});
