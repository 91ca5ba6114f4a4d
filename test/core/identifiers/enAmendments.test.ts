import { isEuropeanOnly, printsEnAmendments, splitAmendedEn } from '../../../src/core/identifiers/enAmendments';

describe('splitAmendedEn', () => {
  test.each([
    ['EN ISO 13485:2016/A11:2021', 'EN ISO 13485:2016', ['A11:2021']],
    ['EN 60601-1:2006+A1:2013+A12:2014+A2:2021', 'EN 60601-1:2006', ['A1:2013', 'A12:2014', 'A2:2021']],
    ['BS EN 60601-1:2006+A2:2021', 'BS EN 60601-1:2006', ['A2:2021']],
    ['I.S. EN 60601-1:2006&A1:2013&A12:2014', 'I.S. EN 60601-1:2006', ['A1:2013', 'A12:2014']],
    ['en 55032:2015 / ac:2016', 'en 55032:2015', ['AC:2016']],
    ['EVS-EN 60601-1-6:2010+A1+A2:2021', 'EVS-EN 60601-1-6:2010', ['A1', 'A2:2021']],
  ])('%s is %s with %j', (text, base, amendments) => expect(splitAmendedEn(text)).toEqual({ base, amendments }));

  test.each(['EN ISO 13485:2016', 'IEC 60601-1:2005+A1:2012', 'ANSI/AAMI ES60601-1:2005/A2:2021', 'EN ISO 13485:2016/A11:2021 draft', ''])(
    '%j is not an amended EN',
    (text) => expect(splitAmendedEn(text)).toBeNull(),
  );
});

describe('isEuropeanOnly', () => {
  test('CEN and CENELEC number their own amendments from A11; corrigenda are theirs too', () => {
    expect(['A11:2021', 'A12', 'AC:2016'].map(isEuropeanOnly)).toEqual([true, true, true]);
    expect(['A1:2013', 'A2', 'A10:2020'].map(isEuropeanOnly)).toEqual([false, false, false]);
  });
});

describe('printsEnAmendments', () => {
  const gb = { designation: 'BS EN ISO 13485:2016+A11:2021' };
  const de = { designation: 'DIN EN ISO 14971:2022-04', en: 'EN ISO 14971:2019+A11:2021' };
  test('in the designation or the EN the record names, however the amendment is joined', () => {
    expect(printsEnAmendments(gb, ['A11:2021'])).toBe(true);
    expect(printsEnAmendments(de, ['A11:2021'])).toBe(true);
    expect(printsEnAmendments({ designation: 'I.S. EN 60601-1:2006&A1:2013&A12:2014' }, ['A12:2014', 'A1:2013'])).toBe(true);
  });
  test('every amendment, with its year when one was named, and never a longer number', () => {
    expect(printsEnAmendments(gb, ['A11:2020'])).toBe(false);
    expect(printsEnAmendments(gb, ['A11:2021', 'A12:2022'])).toBe(false);
    expect(printsEnAmendments(gb, ['A1'])).toBe(false);
    expect(printsEnAmendments({ designation: 'EVS-EN 60601-1-6:2010+A1+A2:2021' }, ['A1'])).toBe(true);
    expect(printsEnAmendments({ designation: 'EN ISO 13485:2016' }, ['A11:2021'])).toBe(false);
  });
});
