import { parseStandardId, splitEditionId } from '../../../src/core/identifiers/parseStandardId';

describe('parseStandardId reads the spellings people type', () => {
  test.each([
    ['ISO 9001', 'ISO 9001', null, null],
    ['iso 9001', 'ISO 9001', null, null],
    ['ISO9001', 'ISO 9001', null, null],
    ['ISO 9001:2015', 'ISO 9001', 2015, null],
    ['ISO 9001 2015', 'ISO 9001', 2015, null],
    ['ISO 9001-2015', 'ISO 9001', 2015, null],
    ['  iso  9001 : 2015 ', 'ISO 9001', 2015, null],
    ['ISO/IEC 27001:2022', 'ISO/IEC 27001', 2022, null],
    ['ISO / IEC 27001', 'ISO/IEC 27001', null, null],
    ['IEC 60601-1', 'IEC 60601-1', null, null],
    ['IEC 60601-1-2:2014', 'IEC 60601-1-2', 2014, null],
    ['IEC 60601\u20131', 'IEC 60601-1', null, null],
    ['ＩＳＯ ９００１', 'ISO 9001', null, null],
    ['EN ISO 13485:2016', 'ISO 13485', 2016, 'EN'],
    ['BS EN ISO 9001', 'ISO 9001', null, 'BS EN'],
    ['DIN EN ISO 9001:2015-11', 'ISO 9001', 2015, 'DIN EN'],
    ['ANSI/AAMI/ISO 14971:2019', 'ISO 14971', 2019, 'ANSI/AAMI'],
    ['AS/NZS IEC 60601.1', 'IEC 60601-1', null, 'AS/NZS'],
    ['CISPR 32:2015', 'CISPR 32', 2015, null],
    ['ISO/TS 22163', 'ISO/TS 22163', null, null],
    ['ISO/IEC/IEEE 29148:2018', 'ISO/IEC/IEEE 29148', 2018, null],
    ['9001', '9001', null, null],
    ['60601-1', '60601-1', null, null],
  ])('%s -> %s, edition %s, prefix %s', (input, key, year, prefix) => {
    const parsed = parseStandardId(input);
    expect(parsed).not.toBeNull();
    expect(parsed!.key).toBe(key);
    expect(parsed!.year).toBe(year);
    expect(parsed!.adoptionPrefix).toBe(prefix);
  });

  test('amendments and corrigenda are kept', () => {
    expect(parseStandardId('ISO/IEC 27001:2022/Amd 1:2024')!.amendments).toEqual(['AMD1:2024']);
    expect(parseStandardId('IEC 60601-1:2005+A1:2012')!.amendments).toEqual(['AMD1:2012']);
    expect(parseStandardId('ISO 9001:2015/Cor 1:2016')!.amendments).toEqual(['COR1:2016']);
  });

  test("an EN's own amendments are kept apart: never read as an ISO or IEC amendment of that number", () => {
    const en = parseStandardId('EN ISO 13485:2016/A11:2021')!;
    expect([en.amendments, en.enAmendments]).toEqual([[], ['A11:2021']]);
    const print = parseStandardId('BS EN ISO 11135:2014+A1:2019')!;
    expect([print.amendments, print.enAmendments]).toEqual([[], ['A1:2019']]);
    // ISO and IEC never reach A11; CEN and CENELEC start there, so such an amendment is an EN's wherever it is written.
    const iso = parseStandardId('ISO 14971:2019+A11:2021')!;
    expect([iso.amendments, iso.enAmendments]).toEqual([[], ['A11:2021']]);
    expect(parseStandardId('IEC 60601-1:2005+A1:2012')!.enAmendments).toEqual([]);
  });

  test('a publication date after the number gives the edition year, unless an edition number says more', () => {
    expect(parseStandardId('ISO 14971 Second edition 2007-03')!.year).toBe(2007);
    expect(parseStandardId('ISO 13485 Third edition 2016-03-01')!.year).toBe(2016);
    // FDA's listing of a consolidated version: 2020-08 is the consolidation's date; edition 3.2 names the publication.
    const csv = parseStandardId('IEC 60601-1 Edition 3.2 2020-08 CONSOLIDATED VERSION')!;
    expect([csv.year, csv.editionNumber]).toEqual([null, '3.2']);
    expect(parseStandardId('IEC 60601-1 2005-13')!.year).toBe(2005);
  });

  test('an edition in words is its number where no date says more', () => {
    // Before, "4th edition" was dropped and the newest consolidation (4.1) answered for edition 4.
    const edition = (text: string) => {
      const parsed = parseStandardId(text)!;
      return [parsed.key, parsed.year, parsed.editionNumber];
    };
    expect(edition('IEC 60601-1-2 4th edition')).toEqual(['IEC 60601-1-2', null, '4']);
    expect(edition('IEC 62304 first edition')).toEqual(['IEC 62304', null, '1']);
    expect(edition('ISO 14971 2nd ed.')).toEqual(['ISO 14971', null, '2']);
    expect(edition('ISO 14971 Second edition 2007-03')).toEqual(['ISO 14971', 2007, null]);
  });

  test('a part written out, and a registered mark, read as the id', () => {
    // Before, "ISO 10993 Part 1:2018" was read as ISO 10993, its part and year dropped, and "ISO® 9001" as no id.
    expect(parseStandardId('ISO 10993 Part 1:2018')).toMatchObject({ key: 'ISO 10993-1', year: 2018 });
    expect(parseStandardId('ISO 10993, Pt. 5')!.key).toBe('ISO 10993-5');
    expect(parseStandardId('ISO® 9001')!.key).toBe('ISO 9001');
    expect(parseStandardId('IEC 61010-2-033')!.key).toBe('IEC 61010-2-033');
  });

  test('a part number is never mistaken for a year unless it is one', () => {
    expect(parseStandardId('IEC 61000-4-11')!.key).toBe('IEC 61000-4-11');
    expect(parseStandardId('ISO 80369-20')!.year).toBeNull();
  });

  test.each(['', '   ', 'hello', 'GB/T 19001-2016', 'EN 60601-1:2006'])('%j is not an international id', (input) => {
    const parsed = parseStandardId(input);
    if (parsed) expect(parsed.publisher).toBeNull();
  });
});

describe('splitEditionId', () => {
  test('splits a canonical edition id, and nothing else', () => {
    expect(splitEditionId('IEC 60601-1:2005')).toEqual({ key: 'IEC 60601-1', year: 2005 });
    expect(splitEditionId('ISO 9001')).toBeNull();
  });

  test('hands back one frozen answer per id, since the catalog asks it in every sort comparison', () => {
    const first = splitEditionId('ISO 9001:2015');
    expect(splitEditionId('ISO 9001:2015')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });
});
