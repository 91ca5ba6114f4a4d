import { appendMappingRows } from '../../../src/taskpane/excel/mappingsTable';
import { FakeWorkbook, uninstallGlobals } from '../../support/excel';
import { HOSTILE } from '../../support/hostileText';

const SHEET = 'Harmonize mappings';
const HEADER = ['standard', 'edition', 'jurisdiction', 'designation', 'correspondence', 'source', 'note'];

/** A HarmonizeMappings table as the pane creates it: a header and one blank body row, from A1. */
function mappingsWorkbook(): FakeWorkbook {
  const book = new FakeWorkbook(['Sheet1']);
  book.addTable('HarmonizeMappings', { header: HEADER, rows: [HEADER.map(() => '')] }, { sheet: SHEET });
  book.install();
  return book;
}

afterEach(uninstallGlobals);

describe('HarmonizeMappings table writes', () => {
  test.each(HOSTILE)('imported text that looks like a formula is written into text-formatted cells: %j', async (hostile) => {
    const book = mappingsWorkbook();
    const row = ['ISO 9001', '2015', 'CN', hostile, 'IDT', 'https://example.org', hostile];
    expect(await appendMappingRows([row])).toBe(1);
    // The table's blank row takes the imported one: no row is added.
    expect(book.actions.filter((a) => a.target.endsWith('.rows'))).toEqual([]);
    const body = book.read({ sheet: SHEET, top: 1, left: 0, rows: 1, columns: HEADER.length });
    expect(body.numberFormat).toEqual([row.map(() => '@')]);
    expect(book.tableContent('HarmonizeMappings').rows).toEqual([row]);
    expect(HEADER.map((_, c) => book.get(SHEET, 1, c).formula)).toEqual(HEADER.map(() => null));
    // Excel applies the queued writes in order: the format must come before the value it protects.
    const writes = book.actions.filter((a) => a.target === `'${SHEET}'!A2:G2` && (a.member === 'numberFormat' || a.member === 'values'));
    expect(writes.map((a) => a.member)).toEqual(['numberFormat', 'values']);
  });
});
