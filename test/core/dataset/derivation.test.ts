import { applyDerivationTemplate, ruleCovers } from '../../../src/core/dataset/derivation';

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

describe('rule scope', () => {
  test('a publisher-named rule covers only ENs that name ISO or IEC', () => {
    const rule = { scope: 'publisher-named' as const };
    expect(ruleCovers(rule, 'EN ISO 9001:2015')).toBe(true);
    expect(ruleCovers(rule, 'EN IEC 62368-1:2020')).toBe(true);
    expect(ruleCovers(rule, 'EN ISO/IEC 27001:2023')).toBe(true);
    expect(ruleCovers(rule, 'EN 60335-1:2012')).toBe(false);
    expect(ruleCovers(rule, 'EN ISOLATED 1:2020')).toBe(false);
  });

  test('a rule without a scope covers every EN', () => {
    expect(ruleCovers({}, 'EN 60335-1:2012')).toBe(true);
  });
});
