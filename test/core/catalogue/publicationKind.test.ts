import { describePublication, publicationParts } from '../../../src/core/catalogue/publicationKind';

describe('what an IEC webstore id says about its publication', () => {
  test.each([
    [':2015', 'edition', 2015, [], []],
    [':2015 RLV', 'redline version', 2015, [], []],
    [':2025 CMV', 'commented version', 2025, [], []],
    [':2026 SER', 'series', 2026, [], []],
    [':2005+AMD1:2012 CSV', 'consolidated version', 2005, ['AMD1:2012'], []],
    [':2005+AMD1:2012+AMD2:2020 CSV', 'consolidated version', 2005, ['AMD1:2012', 'AMD2:2020'], []],
    [':1981/AMD1:1983', 'amendment', 1981, [], ['AMD1:1983']],
    [':1992/AMD1:1995/COR1:1995', 'corrigendum', 1992, [], ['AMD1:1995', 'COR1:1995']],
    [':2016/ISH1:2017', 'interpretation sheet', 2016, [], ['ISH1:2017']],
    [':2005+AMD1:2012 CSV/COR1:2012', 'corrigendum', 2005, ['AMD1:2012'], ['COR1:2012']],
    ['/AMD1/FRAG1', 'fragment', null, [], []],
    ['-C00535', 'publication', null, [], []],
  ])('%s is a %s of the %s edition', (suffix, kind, year, consolidates, changes) => {
    expect(publicationParts(suffix)).toMatchObject({ kind, year, consolidates, changes });
  });

  test.each([
    [':2015/AMD1:2019', 'CISPR 32:2015', '2', 'amendment 1 (2019) to CISPR 32:2015'],
    [':1992/AMD1:1995/COR1:1995', 'CISPR 10:1992', '4', 'corrigendum 1 (1995) to CISPR 10:1992/AMD1:1995'],
    [':2016/ISH1:2017', 'CISPR 14-1:2016', '6', 'interpretation sheet 1 (2017) of CISPR 14-1:2016'],
    [':2005+AMD1:2012 CSV', 'IEC 60601-1:2005', '3.1', 'consolidated version 3.1 of IEC 60601-1:2005 with AMD1:2012'],
    [':2005+AMD1:2012 CSV/COR1:2012', 'IEC 60601-1:2005', '3.1', 'corrigendum 1 (2012) to IEC 60601-1:2005+AMD1:2012 CSV'],
    [':2015 RLV', 'CISPR 32:2015', '2', 'redline version of CISPR 32:2015'],
    [':2007', 'IEC 60068-2-6:2007', '7', 'edition 7 of IEC 60068-2-6'],
  ])('%s explains itself', (suffix, edition, number, sentence) => {
    const label = edition.slice(0, edition.lastIndexOf(':'));
    expect(describePublication(publicationParts(suffix), edition, label, number)).toBe(sentence);
  });
});
