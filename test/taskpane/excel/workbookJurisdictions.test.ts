import { jurisdictionsUsedInWorkbook } from '../../../src/taskpane/excel/workbookJurisdictions';
import { FakeWorkbook, uninstallGlobals } from '../../support/excel';

afterEach(uninstallGlobals);

test('the jurisdictions a workbook uses come from its formulas and from the matrices the pane wrote', async () => {
  const book = new FakeWorkbook(['Sheet1', 'Sheet2']);
  book.set('Sheet1', 0, 0, { formula: '=HARMONIZE.EQUIVALENT("ISO 9001","JP")', value: 'JIS Q 9001:2015' });
  book.set('Sheet2', 3, 1, { formula: '=HARMONIZE.CORRESPONDENCE("ISO 9001",{"CN","JP"})', value: 'IDT' });
  // A matrix the pane wrote: its formulas point at its header rather than naming the jurisdictions.
  book.addTable('HarmonizeMatrix_abc', { header: ['Standard', 'EU', 'IN'], rows: [['ISO 9001']] }, { sheet: 'Sheet1', row: 5 });
  book.set('Sheet1', 6, 1, { formula: '=HARMONIZE.EQUIVALENT($A7,B$6)', value: 'EN ISO 9001:2015' });
  book.addTable('HarmonizeMappings', { header: ['standard', 'jurisdiction'], rows: [] }, { sheet: 'Harmonize mappings' });
  book.install();
  expect(await jurisdictionsUsedInWorkbook()).toEqual(['JP', 'CN', 'EU', 'IN']);
});
