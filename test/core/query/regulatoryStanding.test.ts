import { Catalog } from '../../../src/core/dataset/catalog';
import { regulatoryFacts } from '../../../src/core/query/regulatoryStanding';
import { fixtureDataset } from '../../support/fixtureDataset';

const base = fixtureDataset();
const cite = { src: 2, read: '2026-12-07' };
const catalog = new Catalog({
  ...base,
  harmonised: [...base.harmonised, { standard: 'ISO 13485:2016', designation: 'EN ISO 13485:2016', act: 'Regulation (EU) 2017/746', ...cite }],
  harmonisedUnlinked: [{ designation: 'EN 60601-1-2:2015', act: 'Regulation (EU) 2017/745', ...cite }],
});
const texts = (key: string) => regulatoryFacts(catalog, key).map((f) => `${f.regime} | ${f.text} | ${f.source}`);

describe('regulatory standing of a standard', () => {
  test('one line per cited EN naming every act, then the FDA facts, each with its source', () => {
    expect(texts('ISO 13485')).toEqual([
      'EU harmonised | EN ISO 13485:2016 (ISO 13485:2016) under Regulation (EU) 2017/745 and Regulation (EU) 2017/746 | https://example.org/eu',
      'FDA | ISO 13485:2016: incorporated by reference in 21 CFR part 820, effective 2026-02-02 | https://example.org/iso',
    ]);
    expect(texts('ISO 10993-1')).toEqual(['FDA | ISO 10993-1:2018: recognition TEST-1 (complete, 2026-01-01) | https://example.org/iso']);
  });

  test('a cited EN carrying the number but linked to no edition says so; a standard without any has none', () => {
    expect(texts('IEC 60601-1-2')).toEqual([
      'EU harmonised | EN 60601-1-2:2015 under Regulation (EU) 2017/745; the edition of IEC 60601-1-2 it adopts is not recorded | https://example.org/eu',
    ]);
    expect(texts('ISO 9001')).toEqual([]);
  });
});
