import { type Adoption } from '../../../src/core';
import { bundledEngine } from '../../support/bundledData';
import { visibleAdoptions } from '../../../src/taskpane/components/adoptionRows';
import { adoptionRecord } from '../../support/adoptionRecord';

const row = (
  jurisdiction: string,
  designation: string,
  correspondence: Adoption['correspondence'],
  year: number | null,
  provenance: Adoption['provenance'] = 'cited',
): Adoption => adoptionRecord({ standard: 'ISO 9001:2015', jurisdiction, designation, correspondence, year, provenance });

const ROWS = [
  row('US', 'ANSI/ISO/ASQ Q9001-2015', null, 2015),
  row('DE', 'DIN EN ISO 9001', 'IDT', null, 'derived'),
  row('CN', 'GB/T 19001-2016', 'IDT', 2016),
  row('BR', 'ABNT NBR ISO 9001:2015', 'MOD', 2015),
  row('JP', 'JIS Q 9001:2015', 'NEQ', 2015),
  { ...row('RU', 'ГОСТ Р ИСО 9001-2015', 'IDT', 2015), editionInferred: true },
];
const catalog = bundledEngine().catalog;
const places = (filter: string, sort: 'jurisdiction' | 'degree' | 'year') => visibleAdoptions(catalog, ROWS, filter, sort).map((a) => a.jurisdiction);

describe('the adoption rows the card shows', () => {
  test.each([
    ['', 'jurisdiction', ['BR', 'CN', 'DE', 'JP', 'RU', 'US']],
    // IDT, MOD, NEQ, then the degree no source states; ties by jurisdiction.
    ['', 'degree', ['CN', 'DE', 'RU', 'BR', 'JP', 'US']],
    // Newest first; a year not recorded goes last.
    ['', 'year', ['CN', 'BR', 'JP', 'RU', 'US', 'DE']],
  ] as const)('no filter, sorted by %s%s', (filter, sort, expected) => {
    expect(places(filter, sort)).toEqual(expected);
  });

  test.each([
    ['IDT', ['CN', 'DE', 'RU']],
    // An edition deduced from dates rather than read.
    ['inferred', ['RU']],
    ['unknown', ['US']],
    ['derived', ['DE']],
    // The jurisdiction's name, not only its code.
    ['germany', ['DE']],
    ['japan', ['JP']],
    // Every word must match, anywhere in the row.
    ['iso 2015 mod', ['BR']],
    ['gb/t', ['CN']],
    ['nothing like this', []],
  ])('filter %j keeps %j', (filter, expected) => {
    expect(places(filter, 'jurisdiction')).toEqual(expected);
  });
});
