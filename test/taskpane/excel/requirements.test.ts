import { freezeFormulas } from '../../../src/taskpane/excel/freezeCells';
import { FakeWorkbook, uninstallGlobals } from '../../support/excel';

describe('requirement sets', () => {
  afterEach(uninstallGlobals);

  test('on a host without ExcelApi 1.12, freeze says what is unavailable and changes nothing', async () => {
    const book = new FakeWorkbook(['Sheet1']);
    book.set('Sheet1', 0, 0, { formula: '=HARMONIZE.EQUIVALENT("ISO 9001","CN")', value: 'GB/T 19001-2016' });
    book.isSetSupported = (set, version) => !(set === 'ExcelApi' && Number(version.split('.')[1]) > 11);
    book.install();
    await expect(freezeFormulas('sheet', { dataset: { version: '1', checksum: 'x' } })).rejects.toThrow(
      'Freezing formulas needs ExcelApi 1.12, which this version of Excel does not have. Update Excel or use Excel on the web.',
    );
    expect(book.get('Sheet1', 0, 0).formula).toBe('=HARMONIZE.EQUIVALENT("ISO 9001","CN")');
  });
});
