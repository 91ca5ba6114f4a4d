import { exportToNewSheet } from '../../../src/taskpane/excel/exportSheet';
import { FakeWorkbook, uninstallGlobals } from '../../support/excel';
import { HOSTILE } from '../../support/hostileText';

describe('export to a new sheet', () => {
  afterEach(uninstallGlobals);

  test('writes every row as text on a new sheet with a free name, and shows it', async () => {
    const book = new FakeWorkbook(['Sheet1', 'Harmonize export']);
    book.install();
    const rows = [['standard', 'designation'], ['ISO 9001', HOSTILE[0]], ['ISO 13485']];
    const name = await exportToNewSheet(rows, 'Harmonize export');
    expect(name).toBe('Harmonize export (2)');
    expect(book.activeSheet).toBe(name);
    expect(book.get(name, 1, 1)).toEqual({ formula: null, value: HOSTILE[0], format: '@' });
    expect(book.get(name, 2, 1)).toEqual({ formula: null, value: '', format: '@' });
  });
});
