import { boundedMemo } from '../memo';
import { pushTo } from '../multiMap';
import { adoptedPublication } from './adoptedPublication';
import type { DerivationRule, EnKind } from './types';

/**
 * CEN/CENELEC members must publish every EN as an identical national standard (CEN-CENELEC Internal Regulations,
 * Part 2), each with its own prefix and date style. A rule's template turns the EN designation into the national
 * one:
 * - `{en}` keeps the EN designation and year (BS EN ISO 9001:2015);
 * - `{en_undated}` drops the year and any amendment, for bodies that date by their own publication year or month,
 *   which cannot be derived (DIN EN ISO 9001);
 * - `{en_joined}` hyphenates the prefix words and keeps the space before the number (NEN-EN-ISO 9001:2015), and
 *   `{en_joined_undated}` does the same without the year;
 * - `{en_hyphen}` hyphenates every space.
 */
export function applyDerivationTemplate(template: string, enDesignation: string): string {
  const undated = enDesignation.replace(/:\d{4}.*$/, '');
  const joined = enDesignation.replace(/^([A-Z/]+(?: [A-Z/]+)*) (?=\d)/, (prefix) => `${prefix.trim().replace(/ /g, '-')} `);
  return template
    .replace('{en_undated}', undated)
    .replace('{en_joined_undated}', joined.replace(/:\d{4}.*$/, ''))
    .replace('{en_joined}', joined)
    .replace('{en_hyphen}', enDesignation.replace(/ /g, '-'))
    .replace('{en}', enDesignation);
}

/** A rule's id: its place and kind of EN, and for a rule bound to committees, those (`en-adoption:IT:cen:CEN/TC`). */
export function ruleName(rule: Pick<DerivationRule, 'jurisdiction' | 'kind' | 'committees'>): string {
  const committees = rule.committees ? `:${rule.committees.join('+')}` : '';
  return `en-adoption:${rule.jurisdiction}:${rule.kind}${committees}`;
}

/**
 * Which organisation published an EN, read from its designation: electrotechnical ENs (CENELEC: EN IEC, and the
 * IEC-based 50000, 60000 and 80000 series such as EN 82304-1, CISPR-based 55000; CEN numbers stop below 20000) are often published nationally by another body or under
 * another prefix than CEN's (Italy's CEI, Norway's NEK, Austria's OVE); joint ISO/IEC ENs and the 45000 series
 * come from both.
 */
export const enKind: (enDesignation: string) => EnKind = boundedMemo((enDesignation: string): EnKind => {
  // Memoized: a MATRIX's #N/A explanations ask it of one EN for every CEN member in the row.
  if (/^EN ISO\/IEC\b/.test(enDesignation) || /^EN 45\d{3}\b/.test(enDesignation)) return 'joint';
  if (/^EN IEC\b/.test(enDesignation) || /^EN [568]\d{4}\b/.test(enDesignation)) return 'cenelec';
  return 'cen';
});

/** The EN's own year, "EN ISO 13485:2016/A11:2021" -> 2016. Memoized: the catalog's sorts ask it in every comparison. */
export const enYear: (enDesignation: string) => number | null = boundedMemo((enDesignation: string) => {
  const match = /:(\d{4})/.exec(enDesignation);
  return match ? Number(match[1]) : null;
});

/** The EN number a national designation prints ("NF EN ISO/CEI 17065" -> "17065", "BS EN 60529:1992" -> "60529"). */
export const enNumber = (designation: string): string | undefined =>
  /(?:^|[\s/-])EN (?:(?:ISO|IEC|CEI)(?:\/(?:IEC|CEI))? )?(\d+(?:[-.]\d+)*)/.exec(designation)?.[1];

type EnRecord = { jurisdiction: string; designation: string; standard: string; adopts?: string | null };

/**
 * For a national record that prints an EN number without naming its EN (`NF EN ISO 9001`, `DIN EN 60065 VDE
 * 0860:2015-11`): the EN records of that number that adopt the same international text, which a member publishes
 * unchanged. Each EN's number is read once, when the index is built.
 */
export function ensOfPrintedNumber<T extends EnRecord>(records: readonly T[]): (a: EnRecord) => T[] {
  const key = (number: string, a: EnRecord) => `${number}|${adoptedPublication(a)}`;
  const index = new Map<string, T[]>();
  for (const en of records) {
    const number = en.jurisdiction === 'EU' ? enNumber(en.designation) : undefined;
    if (number !== undefined) pushTo(index, key(number, en), en);
  }
  return (a) => {
    const number = enNumber(a.designation);
    return number === undefined ? [] : (index.get(key(number, a)) ?? []);
  };
}

/**
 * Whether a rule covers an EN written by `committee`: every EN for a rule without `committees`; otherwise only an EN
 * whose committee is recorded and falls under one of them ("CEN/TC" covers "CEN/TC 206", not "CEN/CLC/JTC 3").
 */
export function ruleCoversCommittee(rule: Pick<DerivationRule, 'committees'>, committee: string | undefined): boolean {
  if (!rule.committees) return true;
  return committee !== undefined && rule.committees.some((c) => committee === c || committee.startsWith(`${c} `));
}

/**
 * The rule of a place that covers an EN: the one for its kind whose committees include the EN's committee (a body
 * may print the ENs of CEN's technical committees and of joint CEN/CENELEC committees in two forms).
 */
export function ruleForEn<R extends Pick<DerivationRule, 'jurisdiction' | 'kind' | 'committees'>>(
  rules: readonly R[],
  jurisdiction: string,
  enDesignation: string,
  committee: string | undefined,
): R | undefined {
  const kind = enKind(enDesignation);
  return rules.find((r) => r.jurisdiction === jurisdiction && r.kind === kind && ruleCoversCommittee(r, committee));
}

/** True when an EN is older than the form its rule is proven for (`enSince`): the body printed such ENs otherwise. */
export function predatesRuleForm(rule: Pick<DerivationRule, 'enSince'>, enDesignation: string): boolean {
  return rule.enSince !== undefined && (enYear(enDesignation) ?? 0) < rule.enSince;
}

/**
 * A designation without its dates, amendments and the national extras no template derives: the edition marker
 * ("ČSN EN ISO 13485 ed. 2", "SS-EN 60601-1, utg 2") and the VDE classification ("DIN EN 61010-1 ; VDE 0411-1").
 * "DIN EN ISO 9001:2015-11" -> "DIN EN ISO 9001".
 */
export function designationStem(designation: string): string {
  return designation
    .split(':')[0]
    .replace(/\s*;?\s*\(?VDE [\d-]+\)?.*$/, '')
    .replace(/(,\s*utg|\s+ed\.)\s*\d+$/, '')
    .replace(/[/+&]A\d+$/, '')
    .trim();
}

/** The first year printed after the number: "BS EN ISO 13485:2016+A11:2021" -> 2016. */
export function printedYear(designation: string): number | null {
  const match = /:(\d{4})/.exec(designation);
  return match ? Number(match[1]) : null;
}

/**
 * Whether a rule would write this national designation for this EN: the same document (prefix and number), and for
 * a body that keeps the EN year, that year where the designation prints one (an undated citation shows no year
 * practice either way). Amendment spellings differ by body (+A11, /A11, &A11) and are not compared.
 */
export function ruleReproduces(rule: Pick<DerivationRule, 'template' | 'dateStyle'>, en: string, designation: string): boolean {
  const derived = applyDerivationTemplate(rule.template, en);
  if (designationStem(derived) !== designationStem(designation)) return false;
  const printed = printedYear(designation);
  return rule.dateStyle !== 'en-year' || printed === null || printed === enYear(en);
}
