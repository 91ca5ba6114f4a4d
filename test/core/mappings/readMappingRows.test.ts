import { Harmonize } from '../../../src/core/harmonize';
import { readMappingRows } from '../../../src/core/mappings';
import { adoptionRecord } from '../../support/adoptionRecord';
import { fixtureCatalogue } from '../../support/fixtureCatalogue';
import { fixtureDataset } from '../../support/fixtureDataset';
import { stringMatching } from '../../support/matchers';

const catalog = Harmonize.fromDataset(fixtureDataset()).catalog;
const HEADER = ['standard', 'jurisdiction', 'designation', 'correspondence', 'edition', 'source', 'note'];
const read = (rows: unknown[][], header: unknown[] = HEADER) => readMappingRows(header, rows, { today: '2026-12-01', catalog });

describe('readMappingRows', () => {
  test('a good row becomes a workbook adoption of the resolved edition, read today', () => {
    const { accepted, rejected } = read([
      ['ISO 9001', 'China', 'GB/T 19001-2016/XG1', 'identical', 'ISO 9001:2015', 'https://example.org/memo', 'our reading'],
    ]);
    expect(rejected).toEqual([]);
    // Every other field empty: an analyst's own row states its edition, so nothing was deduced (editionInferred false).
    expect(accepted).toEqual([
      adoptionRecord({
        standard: 'ISO 9001:2015',
        jurisdiction: 'CN',
        designation: 'GB/T 19001-2016/XG1',
        correspondence: 'IDT',
        source: 'https://example.org/memo',
        read: '2026-12-01',
        provenance: 'workbook',
        note: 'our reading',
      }),
    ]);
  });

  test.each([
    [['ISO 9001:2008', 'CN', 'X'], 'ISO 9001:2008', 'CN'],
    [['iso9001', 'cn', 'X', '', '2008'], 'ISO 9001:2008', 'CN'],
    [['ISO 9001', 'CEN', 'X', 'MOD', 'ISO 9001:2015'], 'ISO 9001:2015', 'EU'],
    [['ISO 13485:2016', 'USA', 'X', 'neq'], 'ISO 13485:2016', 'US'],
  ])('%j maps %s in %s', (row, edition, place) => {
    const { accepted, rejected } = read([row]);
    expect(rejected).toEqual([]);
    expect([accepted[0].standard, accepted[0].jurisdiction]).toEqual([edition, place]);
  });

  test('bad rows are rejected one by one with the reason; good rows around them are accepted', () => {
    const { accepted, rejected } = read([
      ['ISO 9001:2015', 'US', 'ANSI/ISO/ASQ Q9001-2015', 'IDT'],
      ['ISO 9999:2015', 'US', 'X'],
      ['ISO 9001:2015', 'Narnia', 'X'],
      ['ISO 9001:2015', 'JP', 'X', 'similar'],
      ['ISO 9001:2015', 'JP', '  '],
      ['ISO 9001', 'JP', 'X'],
      ['ISO 9001:2015', 'JP', 'X', '', 'ISO 9001:2008'],
      ['ISO 9001:2015', 'USMCA', 'X'],
      ['EN ISO 9001:2015', 'JP', 'X'],
      ['ISO 9001:2015', 'JP', 'X', '', '', 'javascript:alert(1)'],
      ['ISO 9001:2015', 'JP', true],
      ['ISO 13485:2016', 'JP', 'JIS T 14971', 'IDT'],
    ]);
    expect(accepted.map((a) => `${a.standard} ${a.jurisdiction}`)).toEqual(['ISO 9001:2015 US', 'ISO 13485:2016 JP']);
    expect(rejected.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const reason = (row: number) => rejected.find((r) => r.row === row)!.reason;
    // The dataset does not know ISO 9999: only the catalogues, not loaded here, could say whether it exists.
    expect(reason(2)).toBe("standard: 'ISO 9999:2015' is not in the bundled dataset: the IEC and JIS catalogues are needed and not loaded");
    expect(rejected.filter((r) => r.catalogueNeeded).map((r) => r.row)).toEqual([2]);
    expect(reason(3)).toMatch(/^jurisdiction: Unknown jurisdiction 'Narnia'/);
    expect(reason(4)).toBe("correspondence 'similar' must be IDT, MOD, NEQ or empty (unknown)");
    expect(reason(5)).toBe('designation is empty');
    expect(reason(6)).toBe('ISO 9001 names no edition; give one in the edition column (recorded: 2015, 2008)');
    expect(reason(7)).toBe('standard says ISO 9001:2015 but edition says ISO 9001:2008');
    expect(reason(8)).toMatch(/^jurisdiction: USMCA .* without recorded regional standards/);
    expect(reason(9)).toMatch(/national or regional designation; write the international standard \(ISO 9001:2015\)/);
    expect(reason(10)).toBe('source must be a web address (https://...) or plain text');
    expect(reason(11)).toBe('designation must be text, not TRUE');
  });

  test.each(['java\tscript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\nscript:alert(1)', 'vb\rscript:x', '\u0000data:text/html,x', 'fi\u200ble:///etc/passwd'])(
    'a source hiding a code scheme behind control characters is refused: %j',
    (source) => {
      const { rejected } = read([['ISO 9001:2015', 'JP', 'X', '', '', source]]);
      expect(rejected.map((r) => r.reason)).toEqual(['source must be a web address (https://...) or plain text']);
    },
  );

  test('plain text that merely contains a colon is a source like any other', () => {
    const { accepted } = read([['ISO 9001:2015', 'JP', 'X', '', '', 'Note: read in the JSA catalogue']]);
    expect(accepted).toHaveLength(1);
  });

  test('text that looks like a formula is kept as literal text, never evaluated or stripped', () => {
    const injection = '=HYPERLINK("https://evil.example","click")';
    const { accepted, rejected } = read([['ISO 9001:2015', 'JP', injection, '', '', '@SUM(1+1)', '-2+3']]);
    expect(rejected).toEqual([]);
    expect(accepted[0]).toMatchObject({ designation: injection, source: '@SUM(1+1)', note: '-2+3' });
  });

  test('a second row for the same edition and place is rejected, naming the first', () => {
    const { accepted, rejected } = read([
      ['ISO 9001:2015', 'CN', 'first'],
      ['ISO 9001', 'China', 'second', '', '2015'],
      ['ISO 9001:2008', 'CN', 'another edition is fine'],
    ]);
    expect(accepted.map((a) => a.designation)).toEqual(['first', 'another edition is fine']);
    expect(rejected).toEqual([{ row: 2, reason: 'duplicate: row 1 already maps ISO 9001:2015 in CN' }]);
  });

  test('headers are case-insensitive and optional columns may be left out', () => {
    const { accepted } = read([['CN', 'ISO 9001:2015', 'X']], ['Jurisdiction', ' STANDARD ', 'Designation']);
    expect(accepted[0]).toMatchObject({ standard: 'ISO 9001:2015', jurisdiction: 'CN', correspondence: null, source: '', note: null });
  });

  test('a wrong, repeated or missing column rejects the whole table at the header, importing nothing', () => {
    const rows = [['ISO 9001:2015', 'CN', 'X', 'extra']];
    expect(read(rows, ['standard', 'jurisdiction', 'designation', 'comment'])).toEqual({
      accepted: [],
      rejected: [{ row: 0, reason: stringMatching(/^Header: unknown column 'comment'\. The columns are standard, jurisdiction/) }],
    });
    expect(read(rows, ['standard', 'jurisdiction', 'designation', 'Standard']).rejected[0].reason).toMatch(/column 'standard' appears twice/);
    expect(read([['ISO 9001:2015', 'X']], ['standard', 'designation']).rejected[0].reason).toMatch(/missing column jurisdiction/);
  });

  test('blank rows are not mappings and are skipped; a row longer than the header is rejected', () => {
    const { accepted, rejected } = read([
      [null, '', '  '],
      ['ISO 9001:2015', 'JP', 'X', '', '', '', '', 'stray'],
    ]);
    expect(accepted).toEqual([]);
    expect(rejected).toEqual([{ row: 2, reason: 'row has 8 cells but the header has 7 columns' }]);
  });

  test('read with the catalogues, a row may map a standard only they list, and an unknown one is refused for good', () => {
    const withCatalogues = Harmonize.fromDataset(fixtureDataset(), fixtureCatalogue()).catalog;
    const { accepted, rejected } = readMappingRows(
      HEADER,
      [
        ['IEC 60068-2-6:2007', 'US', 'ANSI/X IEC 60068-2-6'],
        ['ISO 9999:2015', 'US', 'X'],
      ],
      { today: '2026-12-01', catalog: withCatalogues },
    );
    expect(accepted.map((a) => `${a.standard} ${a.jurisdiction}`)).toEqual(['IEC 60068-2-6:2007 US']);
    expect(rejected).toEqual([{ row: 2, reason: stringMatching(/^standard: Unknown standard 'ISO 9999:2015'/) }]);
  });
});
