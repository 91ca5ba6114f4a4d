import { Harmonize } from '../../../src/core/harmonize';
import { isHarmonizeError } from '../../../src/core';
import { fixtureCatalogue } from '../../support/fixtureCatalogue';
import { single } from '../../support/shownAnswer';
import { fixtureDataset } from '../../support/fixtureDataset';

/**
 * The fixture with the prints an analyst meets around IEC 60601-1 and ISO 13485: the UK's consolidations, which print
 * the EN's amendments and say what they adopt, Germany's base and amended prints, a US consolidation and a CEN member
 * (LU) that holds only the base EN.
 */
function amendedDataset() {
  const dataset = fixtureDataset();
  const record = (standard: string, jurisdiction: string, designation: string, extra: object = {}) => ({
    standard,
    jurisdiction,
    designation,
    src: 1,
    read: '2026-12-07',
    ...extra,
  });
  const amended = 'IEC 60601-1:2005+AMD1:2012+AMD2:2020';
  dataset.adoptions.push(
    record('IEC 60601-1:2005', 'GB', 'BS EN 60601-1:2006+A2:2021', { adopts: amended, en: 'EN 60601-1:2006' }),
    record('IEC 60601-1:2005', 'DE', 'DIN EN 60601-1 VDE 0750-1:2022-11', { adopts: amended, en: 'EN 60601-1:2006+A1:2013+A12:2014+A2:2021' }),
    record('IEC 60601-1:2005', 'LU', 'ILNAS-EN 60601-1:2006+A1:2013+A12:2014', {}),
    record('IEC 60601-1:2005', 'DE', 'DIN EN 60601-1:2007-07', { en: 'EN 60601-1:2006' }),
    record('IEC 60601-1:2005', 'US', 'ANSI/AAMI ES60601-1:2005/A2:2021', { adopts: amended }),
    record('ISO 13485:2016', 'GB', 'BS EN ISO 13485:2016+A11:2021', { en: 'EN ISO 13485:2016/A11:2021' }),
    record('ISO 13485:2016', 'LU', 'ILNAS-EN ISO 13485:2016', { en: 'EN ISO 13485:2016' }),
    record('ISO 13485:2016', 'US', 'ANSI/AAMI/ISO 13485:2016'),
  );
  return dataset;
}

const engine = Harmonize.fromDataset(amendedDataset(), fixtureCatalogue());
const one = (standard: string, place: string, field: string | null = null) => single(engine.equivalent(standard, place, field));

describe('a national designation or an EN named with its amendments', () => {
  test('a recorded designation stands for what its record adopts, so another place answers its print of the same text', () => {
    expect(one('BS EN 60601-1:2006+A2:2021', 'DE')).toBe('DIN EN 60601-1 VDE 0750-1:2022-11');
    expect(one('BS EN 60601-1:2006+A2:2021', 'US')).toBe('ANSI/AAMI ES60601-1:2005/A2:2021');
    expect(one('ANSI/AAMI ES60601-1:2005/A2:2021', 'DE')).toBe('DIN EN 60601-1 VDE 0750-1:2022-11');
    expect(one('ANSI/AAMI ES60601-1:2005/A2:2021', 'DE', 'edition')).toBe('IEC 60601-1:2005+AMD1:2012+AMD2:2020');
    // A German print is found without the VDE classification DIN sets beside it, as people write it.
    expect(one('DIN EN 60601-1:2022-11', 'US')).toBe('ANSI/AAMI ES60601-1:2005/A2:2021');
    // The base text alone still answers the base print.
    expect(one('IEC 60601-1:2005', 'DE')).toBe('DIN EN 60601-1:2007-07');
  });

  test("an EN's A1 or A2 carries the ISO or IEC amendments a record printing it says it adopts", () => {
    expect(one('EN 60601-1:2006+A2:2021', 'US')).toBe('ANSI/AAMI ES60601-1:2005/A2:2021');
    expect(one('EN 60601-1:2006+A2:2021', 'DE')).toBe('DIN EN 60601-1 VDE 0750-1:2022-11');
    expect(one('EN 60601-1:2006+A2:2021', 'GB', 'edition')).toBe('IEC 60601-1:2005+AMD1:2012+AMD2:2020');
  });

  test('an EN amendment no record says the content of answers only where a record prints it, and nowhere outside Europe', () => {
    expect(one('EN 60601-1:2006+A3:2030', 'US')).toMatch(
      /^#N\/A No recorded adoption of EN 60601-1:2006\+A3:2030 in US: no record says which ISO or IEC amendments the EN's A3:2030 carries/,
    );
    expect(one('EN 60601-1:2006+A3:2030', 'DE')).toMatch(
      /^#N\/A No recorded adoption of EN 60601-1:2006\+A3:2030 in DE: no record there prints the EN's amendment A3:2030 \(recorded: /,
    );
  });

  test("a print carrying Europe's own amendment answers among CEN members whatever else it took in; elsewhere the base text answers", () => {
    expect(one('EN 60601-1:2006/A12:2014', 'DE')).toBe('DIN EN 60601-1 VDE 0750-1:2022-11');
    expect(one('EN 60601-1:2006/A12:2014', 'US')).toMatch(/^#N\/A No recorded adoption of IEC 60601-1:2005 in US/);
  });

  test('an A1 or A2 of unknown content answers only a print carrying those and no other such amendments', () => {
    // LU's print carries A1 (and Europe's A12); Germany's carries A1 and A2, so it is not the print of EN 60601-1:2006+A1:2013.
    expect(one('EN 60601-1:2006+A1:2013', 'LU')).toBe('ILNAS-EN 60601-1:2006+A1:2013+A12:2014');
    expect(one('EN 60601-1:2006+A1:2013', 'DE')).toMatch(
      /^#N\/A No recorded adoption of EN 60601-1:2006\+A1:2013 in DE: no record there prints the EN's amendment A1:2013/,
    );
  });

  test("Europe's own amendments (A11 on) need a print that names them among CEN members, and add nothing elsewhere", () => {
    expect(one('EN ISO 13485:2016/A11:2021', 'GB')).toBe('BS EN ISO 13485:2016+A11:2021');
    expect(one('EN ISO 13485:2016/A11:2021', 'US')).toBe('ANSI/AAMI/ISO 13485:2016');
    expect(one('ISO 13485:2016+A11:2021', 'US')).toBe('ANSI/AAMI/ISO 13485:2016');
    expect(one('EN ISO 13485:2016/A11:2021', 'LU')).toBe(
      "#N/A No recorded adoption of EN ISO 13485:2016+A11:2021 in LU: no record there prints the EN's amendment A11:2021 (recorded: ILNAS-EN ISO 13485:2016 adopts ISO 13485:2016); ask for ISO 13485:2016 for the adoption of the international text",
    );
    expect(one('BS EN ISO 13485:2016+A11:2021', 'LU')).toMatch(/^#N\/A No recorded adoption of EN ISO 13485:2016\+A11:2021 in LU/);
    // An ISO or IEC amendment no place adopts is a plain miss, whose message says why no designation is derived.
    expect(one('IEC 60601-1:2005+AMD3:2030', 'GB')).toMatch(
      /a recorded national document already carries the designation that BSI's rule would give it; ask for EU to see the EN$/,
    );
    // Without the amendment, the base EN's print answers as before.
    expect(one('EN ISO 13485:2016', 'LU')).toBe('ILNAS-EN ISO 13485:2016');
  });

  test('an amendment named alone carries the earlier ones a record shows it presupposes; with no such record, none is assumed', () => {
    expect(one('IEC 60601-1:2005/AMD2:2020', 'DE')).toBe('DIN EN 60601-1 VDE 0750-1:2022-11');
    expect(one('IEC 60601-1:2005/AMD2:2020', 'DE', 'edition')).toBe('IEC 60601-1:2005+AMD1:2012+AMD2:2020');
    expect(one('IEC 60601-1:2005/AMD3:2030', 'DE')).toMatch(/^#N\/A No recorded adoption of IEC 60601-1:2005\+AMD3:2030 in DE/);
  });

  test("a corrigendum, ISO's Cor or CEN's AC, corrects what it names and asks for no print of its own", () => {
    expect(one('EN ISO 13485:2016 + AC:2018 + A11:2021', 'GB')).toBe('BS EN ISO 13485:2016+A11:2021');
    expect(one('ISO 13485:2016/Cor 1:2017', 'US')).toBe('ANSI/AAMI/ISO 13485:2016');
  });

  test('STANDARD names the international standard behind an amended EN', () => {
    const standard = engine.standard('EN ISO 13485:2016/A11:2021', null);
    expect(isHarmonizeError(standard) ? standard.message : standard[0][0]).toBe('ISO 13485:2016');
  });
});
