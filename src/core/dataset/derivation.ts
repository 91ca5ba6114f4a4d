import type { DerivationRule } from './types';

/**
 * CEN/CENELEC members must publish every EN as a national standard (CEN-CENELEC Internal Regulations, Part 2),
 * each with its own prefix and date style. A rule's template turns the EN designation into the national one:
 * - `{en}` keeps the EN designation and year (BS EN ISO 9001:2015);
 * - `{en_undated}` drops the year and any amendment, for bodies that date by their own publication month, which
 *   cannot be derived (DIN EN ISO 9001);
 * - `{en_joined}` hyphenates the prefix words and keeps the space before the number (NEN-EN-ISO 9001:2015);
 * - `{en_hyphen}` hyphenates every space.
 */
export function applyDerivationTemplate(template: string, enDesignation: string): string {
  const undated = enDesignation.replace(/:\d{4}.*$/, '');
  const joined = enDesignation.replace(/^([A-Z/]+(?: [A-Z/]+)*) (?=\d)/, (prefix) => `${prefix.trim().replace(/ /g, '-')} `);
  return template
    .replace('{en_undated}', undated)
    .replace('{en_joined}', joined)
    .replace('{en_hyphen}', enDesignation.replace(/ /g, '-'))
    .replace('{en}', enDesignation);
}

export function ruleName(rule: Pick<DerivationRule, 'jurisdiction'>): string {
  return `cen-national-prefix:${rule.jurisdiction}`;
}

/** ENs that name their ISO or IEC origin (EN ISO 9001, EN IEC 62368-1, EN ISO/IEC 17025), not plain EN 60601-1. */
const NAMES_ITS_ORIGIN = /^EN (ISO|IEC)[ /]/;

/**
 * Whether a rule was verified for this form of EN. A `publisher-named` rule has only been seen applied to ENs that
 * name ISO or IEC; the same body may write IEC-based plain ENs differently (NEN-EN-IEC 60335-1), so those are left
 * underived rather than guessed.
 */
export function ruleCovers(rule: Pick<DerivationRule, 'scope'>, enDesignation: string): boolean {
  return rule.scope !== 'publisher-named' || NAMES_ITS_ORIGIN.test(enDesignation);
}
