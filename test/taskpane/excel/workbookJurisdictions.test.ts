import { jurisdictionsUsedInWorkbook } from '../../../src/taskpane/excel/workbookJurisdictions';
import { FakeWorkbook } from '../../support/fakeWorkbook';

test('the jurisdictions a workbook uses come from its formulas and from the matrices the pane wrote', async () => {
  const book = new FakeWorkbook(['Sheet1', 'Sheet2']);
  book.set('Sheet1', 0, 0, { formula: '=HARMONIZE.EQUIVALENT("ISO 9001","JP")', value: 'JIS Q 9001:2015' });
  book.set('Sheet2', 3, 1, { formula: '=HARMONIZE.CORRESPONDENCE("ISO 9001",{"CN","JP"})', value: 'IDT' });
  book.tables.set('HarmonizeMatrix_abc', { header: ['Standard', 'EU', 'IN'], rows: [['ISO 9001', '=HARMONIZE.EQUIVALENT($A2,B$1)', '']] });
  book.tables.set('HarmonizeMappings', { header: ['standard', 'jurisdiction'], rows: [] });
  book.install();
  expect(await jurisdictionsUsedInWorkbook()).toEqual(['JP', 'CN', 'EU', 'IN']);
});
