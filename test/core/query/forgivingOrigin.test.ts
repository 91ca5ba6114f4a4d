import { isHarmonizeError } from '../../../src/core';
import { bundledEngine } from '../../support/bundledData';
import { looseDesignationKeys } from '../../../src/core/text';
import { readCatalogueFile } from '../../../src/cli/catalogueFile';
import { CatalogueIndex } from '../../../src/core/catalogue/catalogueIndex';

const engine = bundledEngine();
const origin = (designation: string) => {
  const answer = engine.origin(designation);
  const cell = isHarmonizeError(answer) ? answer : answer[0];
  return isHarmonizeError(cell) ? `${cell.code} ${cell.message}` : (cell as unknown[]).join(' ');
};

describe('ORIGIN takes the designation as people print it', () => {
  test.each([
    ['BS EN ISO 14971:2019', 'ISO 14971:2019 GB'],
    ['DIN EN ISO 13485:2016', 'ISO 13485:2016 DE'],
    ['NBR ISO 9001', 'ISO 9001:2015 BR'],
    ['ABNT NBR ISO 9001:2015', 'ISO 9001:2015 BR'],
    ['GB/T 19001—2016', 'ISO 9001:2015 CN'],
    ['BS EN ISO 13485:2016+A11:2021', 'ISO 13485:2016 GB'],
    ['UNE-EN ISO 13485', 'ISO 13485:2016 ES'],
    ['csn en iso 13485', 'ISO 13485:2016 CZ'],
    // German engineers name a print by its VDE classification; Italians add CEI's in brackets; Canada's CAN/ is often left out.
    // The newest print adopts the consolidation with both IEC amendments, and ORIGIN says so.
    ['VDE 0750-1', 'IEC 60601-1:2005+AMD1:2012+AMD2:2020 DE'],
    ['DIN VDE 0750-1', 'IEC 60601-1:2005+AMD1:2012+AMD2:2020 DE'],
    ['CEI EN 60947-1 (CEI 17-44)', 'IEC 60947-1:2004 IT'],
    ['CSA C22.2 No. 60601-1', 'IEC 60601-1:2005 CA'],
  ])('%s -> %s', (typed, expected) => expect(origin(typed)).toBe(expected));

  // Bodies that print in Cyrillic or Greek are typed in either script; before, a Greek prefix dropped out of the
  // key and ELOT's print of EN ISO 9001 answered as the EN itself (jurisdiction EU).
  test.each([
    ['ΕΛΟΤ EN ISO 9001:2015', 'ISO 9001:2015 GR'],
    ['ELOT EN ISO 9001:2015', 'ISO 9001:2015 GR'],
    ['ГОСТ Р ИСО 9001-2015', 'ISO 9001:2015 RU'],
    ['ГОСТ Р МЭК 62304-2013', 'IEC 62304:2006 RU'],
    ['DSTU ISO 9001:2015', 'ISO 9001:2015 UA'],
    ['BDS EN ISO 9001:2015', 'ISO 9001:2015 BG'],
    ['ÖNORM EN ISO 14001:2015-11-15', 'ISO 14001:2015 AT'],
    ['OVE/OENORM EN ISO 13485', 'ISO 13485:2016 AT'],
  ])('%s, in another script or spelling, -> %s', (typed, expected) => expect(origin(typed)).toBe(expected));

  test('a prefix in a script no record uses stays part of the designation instead of vanishing', () => {
    expect(origin('ΕΛΟΤ ΧΥΖ EN ISO 9001:2015')).toMatch(/^#N\/A No recorded national designation/);
    expect(origin('ת"י EN ISO 9001:2015')).toMatch(/^#N\/A No recorded national designation/);
  });

  test('a year typed with a designation must fit the print that answers', () => {
    // Before, the year was dropped with the rest of the date and the newest print answered: a wrong edition.
    expect(origin('BS EN ISO 9001:2000')).toBe(
      "#N/A No recorded national designation 'BS EN ISO 9001:2000' (recorded: BS EN ISO 9001:2015 adopts ISO 9001:2015; BS EN ISO 9001:2008 adopts ISO 9001:2008)",
    );
    expect(origin('GB/T 19001-1994')).toMatch(/^#N\/A No recorded national designation 'GB\/T 19001-1994' \(recorded: GB\/T 19001-2016 adopts ISO 9001:2015/);
    // The print's own year, its EN's, or the international edition's all name it.
    expect(origin('GB/T 19001-2008')).toBe('ISO 9001:2008 CN');
    expect(origin('UNE-EN ISO 13485:2016')).toBe('ISO 13485:2016 ES');
    expect(origin('AS/NZS ISO 9001:2015')).toBe('ISO 9001:2015 AU');
  });

  test('an undated designation names the newest print, even where one undated record reads exactly so', () => {
    // SK's rule gives its derived print of EN ISO 9001:2008 no year; the cited 2016 print adopts the 2015 edition.
    expect(origin('STN EN ISO 9001')).toBe('ISO 9001:2015 SK');
    expect(engine.standard('STN EN ISO 9001')).toEqual([['ISO 9001:2015']]);
  });

  test('a designation no record reads like stays #N/A', () => {
    expect(origin('XYZ 123')).toMatch(/^#N\/A/);
  });
});

describe('loose designation keys', () => {
  test.each([
    ['DIN EN 60601-1 ; VDE 0750-1:2013-12', ['DINEN606011']],
    ['GB/T 19001-2016', ['GBT19001']],
    ['GB/T 22080', ['GBT22080']],
    ['ABNT NBR ISO 9001:2015', ['ABNTNBRISO9001', 'NBRISO9001']],
    ['I.S. EN 60601-1:2006&A1:2013', ['ISEN606011']],
    ['SS-EN 60601-1, utg 2:2006', ['SSEN606011']],
  ])('%s reads as %j', (designation, keys) => expect(looseDesignationKeys(designation)).toEqual(keys));
});

describe('SEARCH finds a place by any name JURISDICTION accepts', () => {
  test('Deutschland finds Germany', () => {
    const answer = engine.withCatalogue(new CatalogueIndex(readCatalogueFile())).search('Deutschland');
    expect(isHarmonizeError(answer) ? answer.message : answer[1]).toEqual(['DE', 'Germany', 'jurisdiction']);
  });
});

describe('ORIGIN of a print that carries EN amendments', () => {
  test('answers the consolidation the print adopts, not the base edition', () => {
    expect(origin('DIN EN 60601-1 VDE 0750-1:2013-12')).toBe('IEC 60601-1:2005+AMD1:2012 DE');
    expect(origin('BS EN 60601-1:2006+A2:2021')).toBe('IEC 60601-1:2005+AMD1:2012+AMD2:2020 GB');
  });

  test('an amendment typed that no recorded print carries is #N/A, naming the prints recorded', () => {
    // Before, the loose lookup dropped "+A1:1993" and answered EN 60601-1:1990's edition, a text without amendment 1;
    // the EU's record of the EN with A1 and A2 is a later text than the one typed.
    expect(origin('EN 60601-1:1990+A1:1993')).toMatch(
      /^#N\/A No recorded national designation 'EN 60601-1:1990\+A1:1993' \(recorded: .*EN 60601-1:1990 adopts IEC 60601-1:1988/,
    );
    expect(origin('BS EN 60601-1:2006+A1:2013')).toMatch(/^#N\/A .*\(recorded: BS EN 60601-1:2006\+A2:2021 adopts IEC 60601-1:2005\+AMD1:2012\+AMD2:2020; /);
  });

  test('an EN typed with its amendments answers the text as those amendments left it', () => {
    expect(origin('EN 60601-1:2006+A1:2013')).toBe('IEC 60601-1:2005+AMD1:2012 EU');
    // A2 was made on the text with A1; A11 and A12 are Europe's own, so the EN with A11 alone is IEC's base text.
    expect(origin('EN 60601-1:2006/A2:2021')).toBe('IEC 60601-1:2005+AMD1:2012+AMD2:2020 EU');
    expect(origin('EN 60601-1:2006+A11:2011')).toBe('IEC 60601-1:2005 EU');
  });

  test("Europe's own amendments (A11 on) leave the adopted text, so they do not rule a print out", () => {
    expect(origin('BS EN ISO 13485:2016+A11:2021')).toBe('ISO 13485:2016 GB');
    expect(origin('EN ISO 13485:2016/A11:2021')).toBe('ISO 13485:2016 EU');
  });
});
