import { type CellValue, isHarmonizeError } from '../../../src/core';
import { Harmonize } from '../../../src/core/harmonize';
import { fixtureCatalogue } from '../../support/fixtureCatalogue';
import { fixtureDataset } from '../../support/fixtureDataset';

const engine = Harmonize.fromDataset(fixtureDataset(), fixtureCatalogue());
const withoutCatalogues = Harmonize.fromDataset(fixtureDataset());
const show = (v: CellValue) => (isHarmonizeError(v) ? `${v.code} ${v.message}` : v);
const fact = (from: Harmonize) => (query: string, field: string) => {
  const answer = from.standard(query, field);
  return isHarmonizeError(answer) ? show(answer) : show(answer[0][0]);
};
const standard = fact(engine);

describe('STANDARD over the dataset and the IEC catalogue', () => {
  test.each([
    // A standard only the catalogue lists: its newest edition's facts, cited to its webstore page.
    ['IEC 60068-2-6', 'id', 'IEC 60068-2-6'],
    ['IEC 60068-2-6', 'title', 'Environmental testing - Part 2-6: Tests - Test Fc: Vibration (sinusoidal)'],
    ['IEC 60068-2-6', 'edition', 'IEC 60068-2-6:2007'],
    ['IEC 60068-2-6', 'editions', 'IEC 60068-2-6:2007, IEC 60068-2-6:1995'],
    ['IEC 60068-2-6', 'date', '2007-12-13'],
    ['IEC 60068-2-6', 'source', 'https://webstore.iec.ch/publication/544'],
    // A replaced edition: superseded, and by what.
    ['IEC 60068-2-6:1995', 'status', 'superseded'],
    ['IEC 60068-2-6:1995', 'replacedBy', 'IEC 60068-2-6:2007'],
    ['CISPR 32:2015', 'status', 'current'],
    ['CISPR 32:2015', 'replacedBy', ''],
    ['CISPR 32:2015', 'publication', 'edition 2 of CISPR 32'],
    // An amendment is no edition: it names the edition it amends.
    ['CISPR 32:2015/AMD1:2019', 'id', 'CISPR 32:2015/AMD1:2019'],
    ['CISPR 32:2015/Amd 1:2019', 'publication', 'amendment 1 (2019) to CISPR 32:2015'],
    ['CISPR 32:2015/AMD1:2019', 'edition', 'CISPR 32:2015'],
    ['CISPR 32:2015/AMD1:2019', 'date', '2019-10-01'],
    ['CISPR 32:2015/AMD1:2019', 'title', 'Amendment 1 - Electromagnetic compatibility of multimedia equipment - Emission requirements'],
    // A consolidated version of an edition the dataset records: its own date and status, the dataset's edition.
    ['IEC 60601-1:2005+AMD1:2012 CSV', 'publication', 'consolidated version 3.1 of IEC 60601-1:2005 with AMD1:2012'],
    ['IEC 60601-1:2005+A1:2012', 'id', 'IEC 60601-1:2005+AMD1:2012 CSV'],
    ['IEC 60601-1:2005+AMD1:2012 CSV', 'status', 'superseded'],
    ['IEC 60601-1:2005+AMD1:2012 CSV', 'replacedBy', 'IEC 60601-1:2005+AMD1:2012+AMD2:2020 CSV'],
    ['IEC 60601-1:2005+AMD1:2012 CSV', 'edition', 'IEC 60601-1:2005'],
    ['IEC 60601-1:2005+AMD1:2012 CSV', 'date', '2012-08-20'],
    // The dataset's own facts stay the dataset's; the catalogue adds editions it leaves out.
    ['IEC 60601-1', 'editions', 'IEC 60601-1:2005'],
    ['IEC 60601-1:1988', 'status', 'superseded'],
    ['IEC 60601-1:1988', 'replacedBy', 'IEC 60601-1:2005'],
    ['ISO 9001', 'date', '#N/A No publication date recorded for ISO 9001:2015'],
    // The dataset's own date of an edition, where its source gave one, answers before the webstore's.
    ['IEC 60601-1:2005', 'date', '2005-12-15'],
    ['ISO/IEC Guide 98-3:2008', 'id', 'ISO/IEC GUIDE 98-3:2008'],
    // An amendment no catalogue lists: its standard answers, its own facts are not invented from the edition's.
    ['ISO 9001:2015/Amd 1:2024', 'edition', 'ISO 9001:2015'],
    [
      'ISO 9001:2015/Amd 1:2024',
      'title',
      "#N/A No title recorded for 'ISO 9001:2015/Amd 1:2024': the IEC webstore does not list it (its edition is ISO 9001:2015)",
    ],
    // What is listed but is no numbered standard.
    ['IEC White Paper IoT:WSN:2014', 'title', 'Internet of Things: Wireless Sensor Networks'],
    ['IEC White Paper IoT:WSN:2014', 'adoptions', 0],
  ])('%s, %s -> %s', (query, field, expected) => expect(standard(query, field)).toBe(expected));

  test('a field only the catalogue gives, or a publication beyond an edition, waits for the catalogues', () => {
    const core = fact(withoutCatalogues);
    expect(core('ISO 9001', 'title')).toBe('Quality management systems - Requirements');
    expect(core('IEC 60601-1:2005', 'id')).toBe('IEC 60601-1:2005');
    for (const [query, field] of [
      ['ISO 9001', 'date'],
      ['IEC 60601-1:2005+AMD1:2012 CSV', 'status'],
      ['IEC White Paper IoT:WSN:2014', 'title'],
    ]) {
      expect(core(query, field)).toMatch(/the IEC and JIS catalogues are needed and not loaded$/);
    }
  });

  test('a status the dataset leaves empty comes from the webstore for IEC and ISO/IEC editions, never for ISO ones', () => {
    // The fixture records IEC 60601-1:2005 with a title and no status; the webstore lists it as published.
    expect(standard('IEC 60601-1:2005', 'status')).toBe('current');
    expect(standard('IEC 60601-1', 'status')).toBe('current');
    expect(standard('IEC 60601-1:2005', 'title')).toBe('Medical electrical equipment - Part 1');
    expect(fact(withoutCatalogues)('IEC 60601-1:2005', 'status')).toMatch(/the IEC and JIS catalogues are needed and not loaded$/);
    // ISO's own standards are not in the webstore: no wait for a catalogue that cannot answer.
    expect(fact(withoutCatalogues)('ISO 9001:2015', 'status')).not.toMatch(/catalogues are needed/);
  });

  test('an id no catalogue knows is unknown, and an ISO id says ISO is only partly catalogued', () => {
    expect(standard('IEC 99999', 'id')).toBe("#N/A Unknown standard 'IEC 99999'");
    expect(standard('ISO 99999', 'id')).toMatch(/^#N\/A Unknown standard 'ISO 99999'.*\(ISO standards are only partly catalogued/);
  });
});

describe("STANDARD's publication date from the dataset", () => {
  const withDates = () => {
    const dataset = fixtureDataset();
    dataset.standards.find((s) => s.id === 'ISO 9001:2015')!.published = '2015-09-22';
    dataset.standards.find((s) => s.id === 'IEC 60601-1:2005')!.published = '2005-12-14';
    return dataset;
  };
  test('answers without the catalogues, and the same once they are loaded', () => {
    // Before, every ISO edition answered "No publication date recorded".
    expect(fact(Harmonize.fromDataset(withDates()))('ISO 9001', 'date')).toBe('2015-09-22');
    expect(fact(Harmonize.fromDataset(withDates(), fixtureCatalogue()))('ISO 9001', 'date')).toBe('2015-09-22');
    // The record's own date wins over the webstore's, so loading the catalogue never changes an answer.
    expect(fact(Harmonize.fromDataset(withDates()))('IEC 60601-1:2005', 'date')).toBe('2005-12-14');
    expect(fact(Harmonize.fromDataset(withDates(), fixtureCatalogue()))('IEC 60601-1:2005', 'date')).toBe('2005-12-14');
  });
});
