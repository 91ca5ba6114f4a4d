import { DESIGNATION_PATTERNS } from '../../../scripts/data/designationPatterns';

describe('designation patterns', () => {
  test("a US designation must keep AAMI's slashes, which FDA's database drops", () => {
    const us = DESIGNATION_PATTERNS.US;
    for (const printed of ['ANSI/AAMI/ISO 14971:2019', 'ANSI/AAMI BE83:2006/(R)2011', 'AAMI ES60601-1:2005', 'UL 61010-1', 'ANSI/ISO/ASQ Q9001-2015']) {
      expect(us.test(printed)).toBe(true);
    }
    expect(us.test('ANSI AAMI ISO 14971:2019')).toBe(false);
    expect(us.test('ANSI AAMI BE83:2006/(R)2011')).toBe(false);
  });
});
