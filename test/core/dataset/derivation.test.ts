import { applyDerivationTemplate, designationStem, enKind, enYear, ruleForEn, ruleName, ruleReproduces } from '../../../src/core/dataset/derivation';

describe('derivation templates', () => {
  test.each([
    ['BS {en}', 'EN ISO 9001:2015', 'BS EN ISO 9001:2015'],
    ['DIN {en_undated}', 'EN ISO 13485:2016/A11:2021', 'DIN EN ISO 13485'],
    ['NEN-{en_joined}', 'EN ISO/IEC 17025:2017', 'NEN-EN-ISO/IEC 17025:2017'],
    ['UNE-{en}', 'EN 60601-1:2006', 'UNE-EN 60601-1:2006'],
    ['ILNAS-{en}', 'EN IEC 61000-6-3:2021', 'ILNAS-EN IEC 61000-6-3:2021'],
    ['MSA {en_undated}', 'EN 228:2012', 'MSA EN 228'],
  ])('%s turns %s into %s', (template, en, national) => expect(applyDerivationTemplate(template, en)).toBe(national));
});

describe('kinds of EN', () => {
  test.each([
    ['EN ISO 9001:2015', 'cen'],
    ['EN 228:2012', 'cen'],
    ['EN ISO/IEC 17025:2017', 'joint'],
    ['EN 45020:2006', 'joint'],
    ['EN IEC 62368-1:2020+A11:2020', 'cenelec'],
    ['EN 60601-1:2006', 'cenelec'],
    ['EN 55032:2015', 'cenelec'],
    ['EN 50160:2010', 'cenelec'],
    ['EN 82304-1:2017', 'cenelec'],
    ['EN 80601-2-30:2010', 'cenelec'],
    ['EN 17927:2024', 'cen'],
    ['EN 1090-1:2009', 'cen'],
  ])('%s is a %s EN', (en, kind) => expect(enKind(en)).toBe(kind));

  test('the EN year is its own, not an amendment year', () => {
    expect(enYear('EN ISO 13485:2016/A11:2021')).toBe(2016);
    expect(enYear('EN 228')).toBeNull();
  });
});

describe('what a rule reproduces', () => {
  const keepsYear = { template: 'BS {en}', dateStyle: 'en-year' };
  const ownYear = { template: 'UNI {en_undated}', dateStyle: 'national-year' };

  test('a body keeping the EN year must print exactly the EN designation after its prefix', () => {
    expect(ruleReproduces(keepsYear, 'EN ISO 14971:2019', 'BS EN ISO 14971:2019')).toBe(true);
    expect(ruleReproduces(keepsYear, 'EN ISO 14971:2019', 'BS EN ISO 14971:2020')).toBe(false);
  });

  test('a body dating by its own year is compared without dates, but the prefix must match', () => {
    expect(ruleReproduces(ownYear, 'EN ISO 19011:2002', 'UNI EN ISO 19011:2003')).toBe(true);
    expect(ruleReproduces(ownYear, 'EN 60601-1:2006', 'CEI EN 60601-1:2007')).toBe(false);
  });

  test('stems drop dates and amendment suffixes', () => {
    expect(designationStem('DIN EN ISO 9001:2015-11')).toBe('DIN EN ISO 9001');
    expect(designationStem('BS EN ISO 14971:2019+A11:2021')).toBe('BS EN ISO 14971');
  });
});

describe('national extras that no template derives', () => {
  test.each([
    ['ČSN EN ISO 13485 ed. 2', 'ČSN EN ISO 13485'],
    ['SS-EN 60601-1, utg 2:2006', 'SS-EN 60601-1'],
    ['DIN EN 61010-1 ; VDE 0411-1:2020-03', 'DIN EN 61010-1'],
    ['DIN EN 60601-1 (VDE 0750-1):2013-12', 'DIN EN 60601-1'],
    ['I.S. EN 60601-1:2006&A1:2013', 'I.S. EN 60601-1'],
  ])('%s has the stem %s', (designation, stem) => expect(designationStem(designation)).toBe(stem));

  test('a body keeping the EN year is not tripped by its own amendment spelling', () => {
    const rule = { template: 'I.S. {en}', dateStyle: 'en-year' };
    expect(ruleReproduces(rule, 'EN 60601-1:2006/A1:2013', 'I.S. EN 60601-1:2006&A1:2013')).toBe(true);
  });
});

describe('which rule covers an EN', () => {
  const tc = { jurisdiction: 'IT', kind: 'cen' as const, committees: ['CEN/TC'] };
  const jtc = { jurisdiction: 'IT', kind: 'cen' as const, committees: ['CEN/CLC/JTC'] };
  const cenelec = { jurisdiction: 'IT', kind: 'cenelec' as const };
  const rules = [tc, jtc, cenelec, { jurisdiction: 'FR', kind: 'cen' as const }];

  test("the rule of the EN's kind whose committees hold the EN's committee", () => {
    expect(ruleForEn(rules, 'IT', 'EN ISO 10993-1:2020', 'CEN/TC 206')).toBe(tc);
    expect(ruleForEn(rules, 'IT', 'EN ISO 14971:2019', 'CEN/CLC/JTC 3')).toBe(jtc);
    expect(ruleForEn(rules, 'IT', 'EN 60601-1:2006', undefined)).toBe(cenelec);
    expect(ruleForEn(rules, 'FR', 'EN ISO 14971:2019', undefined)).toEqual({ jurisdiction: 'FR', kind: 'cen' });
  });

  test('none for an EN whose committee no rule names, or is not recorded', () => {
    expect(ruleForEn(rules, 'IT', 'EN ISO 3166-1:2020', 'CEN/SS A07')).toBeUndefined();
    expect(ruleForEn(rules, 'IT', 'EN ISO 3166-1:2020', undefined)).toBeUndefined();
    expect(ruleForEn(rules, 'DE', 'EN ISO 9001:2015', 'CEN/TC 1')).toBeUndefined();
  });

  test('a committee-bound rule is named with its committees, so two rules of a kind have two names', () => {
    expect(ruleName(tc)).toBe('en-adoption:IT:cen:CEN/TC');
    expect(ruleName({ ...jtc, committees: ['CEN/CLC/JTC', 'CEN/SS'] })).toBe('en-adoption:IT:cen:CEN/CLC/JTC+CEN/SS');
    expect(ruleName(cenelec)).toBe('en-adoption:IT:cenelec');
  });
});
