import { Harmonize } from '../../../src/core/harmonize';
import { isHarmonizeError } from '../../../src/core';
import { isCatalogueNeeded } from '../../../src/core/catalogue/catalogueNeeded';
import { parseStandardId } from '../../../src/core/identifiers/parseStandardId';
import { fixtureCatalogue } from '../../support/fixtureCatalogue';
import { single } from '../../support/shownAnswer';
import { fixtureDataset } from '../../support/fixtureDataset';

const engine = Harmonize.fromDataset(fixtureDataset(), fixtureCatalogue());
const one = (standard: string, place: string, field: string | null = null) => single(engine.equivalent(standard, place, field));

describe('an edition named by its IEC edition number', () => {
  test.each([
    ['IEC 60601-1 Ed. 3.1', '3.1'],
    ['iec 60601-1 ed3.2', '3.2'],
    ['IEC 60601-1 Edition 2.0', '2'],
    ['IEC 60601-1:2005', null],
    ['IEC 60601-1:2005+A1:2012', null],
  ])('%s names edition %s', (input, editionNumber) => expect(parseStandardId(input)!.editionNumber).toBe(editionNumber));

  test('answers the adoption of exactly that publication, the consolidated version for a point edition', () => {
    expect(one('IEC 60601-1 Ed. 3.1', 'US')).toBe('ANSI/AAMI ES60601-1:2005/(R)2012 & A1:2012');
    expect(one('IEC 60601-1 Ed. 3.1', 'US', 'edition')).toBe('IEC 60601-1:2005+AMD1:2012');
    expect(one('IEC 60601-1 Ed. 3', 'EU')).toBe('EN 60601-1:2006');
    // Before, the number was ignored and the newest adoption answered, whatever edition it adopts.
    expect(one('IEC 60601-1 Ed. 3.2', 'US')).toMatch(/^#N\/A No recorded adoption of IEC 60601-1:2005\+AMD1:2012\+AMD2:2020 in US/);
  });

  test('a number the webstore does not list, a year that contradicts it, or an ISO standard answers #N/A saying why', () => {
    expect(one('IEC 60601-1 Ed. 3.4', 'US')).toBe('#N/A The IEC webstore lists no edition 3.4 of IEC 60601-1 (editions: 2, 3, 3.1, 3.2)');
    expect(one('IEC 60601-1:1988 Ed. 3.1', 'US')).toBe(
      '#N/A IEC 60601-1:1988 is not edition 3.1: the IEC webstore gives that number to IEC 60601-1:2005+AMD1:2012 CSV',
    );
    expect(one('ISO 9001 Ed. 5', 'CN')).toMatch(/^#N\/A 'ISO 9001 Ed\. 5' names edition 5, but edition numbers are read from the IEC webstore/);
  });

  test('a year no edition has names the IEC consolidated version of that year, as labs cite IEC 60601-1:2012', () => {
    expect(one('IEC 60601-1:2012', 'US')).toBe('ANSI/AAMI ES60601-1:2005/(R)2012 & A1:2012');
    expect(one('IEC 60601-1:2012', 'US', 'edition')).toBe('IEC 60601-1:2005+AMD1:2012');
    expect(one('IEC 60601-1:2013', 'US')).toBe('#N/A Unknown edition IEC 60601-1:2013 - recorded editions of IEC 60601-1: 2005, 1988');
  });

  test('a year in brackets, after a comma or after the word edition is the edition year', () => {
    expect(parseStandardId('ISO 13485 (2003)')!.year).toBe(2003);
    expect(parseStandardId('ISO 13485, 2016')!.year).toBe(2016);
    expect(parseStandardId('ISO 13485 edition 2003')!.year).toBe(2003);
    expect(parseStandardId('ISO 9001, ISO 14001')!.year).toBeNull();
  });

  test('asks for the IEC catalogue when it is not loaded, as for any publication only it lists', () => {
    const bare = Harmonize.fromDataset(fixtureDataset());
    const answer = bare.equivalent('IEC 60601-1 Ed. 3.1', 'US', null);
    const cell = isHarmonizeError(answer) ? answer : answer[0][0];
    expect(isCatalogueNeeded(cell)).toBe(true);
  });
});
