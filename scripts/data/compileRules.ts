import { applyDerivationTemplate, enKind, enYear, predatesRuleForm, printedYear, ruleCoversCommittee, ruleForEn, ruleName, ruleReproduces } from '../../src/core/dataset/derivation';
import type { CompiledAdoption, DerivationRule, EnKind } from '../../src/core/dataset/types';
import type { Problems } from './problems';
import { type SourceRow, readRows } from './readSources';

const KINDS = new Set<EnKind>(['cen', 'cenelec', 'joint']);
/** How a body dates its adoption of an EN. Only `en-year` may keep a year in derived designations. */
const DATE_STYLES = new Set(['en-year', 'national-year', 'national-year-month', 'national-date', 'none', 'unknown']);
const PRACTICES = new Set(['', 'en', 'iso-first']);
/** A CEN or CENELEC committee (CEN/TC 206, CEN/SS F20, CEN/CLC/JTC 3, CLC/TC 62); a rule may name its kind alone (CEN/TC). */
const COMMITTEE_KIND = '(CEN|CLC|CEN\\/CLC)\\/(TC|SS|JTC)';
export const COMMITTEE = new RegExp(`^${COMMITTEE_KIND} [0-9A-Z]+$`);
const COMMITTEE_PREFIX = new RegExp(`^${COMMITTEE_KIND}( [0-9A-Z]+)?$`);
/** A rule is shown at work by at least this many cited national records it reproduces. */
export const MIN_RULE_EXAMPLES = 2;

type Cite = (row: SourceRow) => { src: number; read: string } | null;

/** The year each member joined CEN and CENELEC, from data/jurisdictions/cen-cenelec-membership.csv. */
function membershipYears(dataDir: string, problems: Problems, cite: Cite): Map<string, { CEN?: number; CENELEC?: number }> {
  const years = new Map<string, { CEN?: number; CENELEC?: number }>();
  for (const row of readRows(dataDir, 'jurisdictions', 'cen-cenelec-membership', problems)) {
    const v = row.values;
    if (!cite(row)) continue;
    if (v.organisation !== 'CEN' && v.organisation !== 'CENELEC') {
      problems.error(row, `organisation '${v.organisation}' must be CEN or CENELEC`);
      continue;
    }
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v.member_since)) {
      problems.error(row, `member_since '${v.member_since}' must be YYYY, YYYY-MM or YYYY-MM-DD`);
      continue;
    }
    const entry = years.get(v.jurisdiction) ?? {};
    entry[v.organisation] = Number(v.member_since.slice(0, 4));
    years.set(v.jurisdiction, entry);
  }
  return years;
}

function memberSince(kind: EnKind, years: { CEN?: number; CENELEC?: number } | undefined): number | undefined {
  if (!years) return undefined;
  if (kind === 'cen') return years.CEN;
  if (kind === 'cenelec') return years.CENELEC;
  return years.CEN !== undefined && years.CENELEC !== undefined ? Math.max(years.CEN, years.CENELEC) : undefined;
}

/** The committees recorded on EN records, by EN designation. */
function enCommittees(adoptions: readonly CompiledAdoption[]): Map<string, string | undefined> {
  return new Map(adoptions.filter((a) => a.jurisdiction === 'EU' && a.committee).map((a) => [a.designation, a.committee]));
}

/**
 * Examples where the EN year and the national year coincide fit both practices. Only a national edition published
 * after the EN's year that still prints the EN year proves that the body keeps it.
 */
function keepsYearProof(rule: Omit<DerivationRule, 'name' | 'src' | 'read'>, adoptions: readonly CompiledAdoption[]): boolean {
  return rule.examples.some((example) => {
    const record = adoptions.find((a) => a.jurisdiction === rule.jurisdiction && a.designation === example);
    const en = record?.en ? enYear(record.en) : null;
    return record?.year !== undefined && en !== null && record.year > en && printedYear(example) === en;
  });
}

/** The problems with a rule's examples: each must be a cited record of the rule's kind that the rule reproduces. */
function exampleProblems(
  rule: Omit<DerivationRule, 'name' | 'src' | 'read'>,
  adoptions: readonly CompiledAdoption[],
  committees: ReadonlyMap<string, string | undefined>,
): string[] {
  const problems: string[] = [];
  let proven = 0;
  for (const example of rule.examples) {
    const record = adoptions.find((a) => a.jurisdiction === rule.jurisdiction && a.designation === example);
    const committee = record?.en ? committees.get(record.en) : undefined;
    if (!record) problems.push(`example '${example}' is not a cited ${rule.jurisdiction} record in data/adoptions`);
    else if (!record.en) problems.push(`example '${example}' does not say which EN it adopts (column en)`);
    else if (enKind(record.en) !== rule.kind) problems.push(`example '${example}' adopts ${record.en}, not a ${rule.kind} EN`);
    else if (!ruleCoversCommittee(rule, committee)) {
      problems.push(`example '${example}' adopts ${record.en}, whose committee (${committee ?? 'not recorded'}) the rule does not cover`);
    }
    else if (predatesRuleForm(rule, record.en)) problems.push(`example '${example}' adopts ${record.en}, older than en_since ${rule.enSince}`);
    else if (!ruleReproduces(rule, record.en, example)) problems.push(`template '${rule.template}' does not turn ${record.en} into '${example}'`);
    else if (rule.dateStyle === 'en-year' && printedYear(example) === null) problems.push(`example '${example}' is undated, so it cannot show that the body keeps the EN year`);
    else proven++;
  }
  if (proven < MIN_RULE_EXAMPLES) problems.push(`${proven} of the examples prove the rule; it needs ${MIN_RULE_EXAMPLES} cited records`);
  if (rule.dateStyle === 'en-year' && !keepsYearProof(rule, adoptions)) {
    problems.push(
      'no example shows the EN year kept in a national publication of a later year (e.g. :2019 for an EN of 2019 published ' +
        'nationally in 2020), so the year practice is unproven: use {en_undated} with date_style unknown',
    );
  }
  return problems;
}

/**
 * Whether two rules of one place and kind could both claim an EN: unless each is bound to committees and no committee
 * of one falls under the other's ("CEN/TC" and "CEN/CLC/JTC" are apart; "CEN/TC" and "CEN/TC 206" are not).
 */
function rulesOverlap(a: Pick<DerivationRule, 'committees'>, b: Pick<DerivationRule, 'committees'>): boolean {
  if (!a.committees || !b.committees) return true;
  return a.committees.some((x) => ruleCoversCommittee(b, x)) || b.committees.some((y) => ruleCoversCommittee(a, y));
}

/** A cell listing several values separated by ';'. */
const listCell = (cell: string | undefined): string[] => (cell ?? '').split(';').map((c) => c.trim()).filter(Boolean);
/** A list cell that may be empty: undefined then, as an optional field is. */
const optionalList = (cell: string | undefined): string[] | undefined => (listCell(cell).length ? listCell(cell) : undefined);

/**
 * The naming rules of CEN/CENELEC members, one per body and kind of EN, or one per group of committees where a body
 * prints their ENs in different forms (UNI: `UNI EN` for CEN/TC, `UNI CEI EN` for joint committees). A rule without its source, its membership
 * date or two cited national records that it reproduces fails the build: an unproven rule would put guessed
 * designations in front of analysts.
 */
export function compileRules(
  dataDir: string,
  problems: Problems,
  cite: Cite,
  jurisdictions: ReadonlySet<string>,
  adoptions: readonly CompiledAdoption[],
): DerivationRule[] {
  const years = membershipYears(dataDir, problems, cite);
  const enCommittee = enCommittees(adoptions);
  const rules: DerivationRule[] = [];
  for (const row of readRows(dataDir, 'rules', 'en-adoption', problems)) {
    const v = row.values;
    if (!v.template) {
      problems.warn(row, `No proven rule for ${v.jurisdiction}'s ${v.kind} ENs: they are not derived`);
      continue;
    }
    const citation = cite(row);
    if (!citation) continue;
    const kind = v.kind as EnKind;
    const fail = (message: string) => problems.error(row, message);
    if (!jurisdictions.has(v.jurisdiction)) fail(`Unknown jurisdiction '${v.jurisdiction}'`);
    else if (!KINDS.has(kind)) fail(`kind '${v.kind}' must be cen, cenelec or joint`);
    else if (!DATE_STYLES.has(v.date_style)) fail(`date_style '${v.date_style}' must be one of ${[...DATE_STYLES].join(', ')}`);
    else if (!PRACTICES.has(v.practice ?? '')) fail(`practice '${v.practice}' must be en, iso-first or empty`);
    else if (v.en_since && !/^\d{4}$/.test(v.en_since)) fail(`en_since '${v.en_since}' must be a year (YYYY)`);
    else if (listCell(v.committees).some((c) => !COMMITTEE_PREFIX.test(c))) {
      fail(`committees '${v.committees}' must be committee prefixes such as CEN/TC; CEN/SS, separated by ';'`);
    }
    else if (v.date_style !== 'en-year' && /:\d{4}/.test(applyDerivationTemplate(v.template, 'EN ISO 9001:2015'))) {
      fail(`date_style '${v.date_style}' does not keep the EN year, so the template must drop it ({en_undated})`);
    } else if (rules.some((r) => r.jurisdiction === v.jurisdiction && r.kind === kind && rulesOverlap(r, { committees: optionalList(v.committees) }))) {
      fail(`Second rule for ${v.jurisdiction} ${kind} ENs: two rules of a kind need committees that do not overlap`);
    } else {
      const since = memberSince(kind, years.get(v.jurisdiction));
      const committees = optionalList(v.committees);
      if (since === undefined) {
        fail(`No CEN/CENELEC membership date recorded for ${v.jurisdiction} (jurisdictions/cen-cenelec-membership.csv)`);
        continue;
      }
      const rule = {
        jurisdiction: v.jurisdiction,
        kind,
        body: v.body,
        template: v.template,
        dateStyle: v.date_style,
        ...(v.practice === 'iso-first' ? { practice: 'iso-first' as const } : {}),
        memberSince: since,
        ...(v.en_since ? { enSince: Number(v.en_since) } : {}),
        ...(committees ? { committees } : {}),
        examples: listCell(v.examples),
      };
      const wrong = exampleProblems(rule, adoptions, enCommittee);
      if (wrong.length) fail(`Rule ${ruleName(rule)}: ${wrong.join('; ')}`);
      else rules.push({ name: ruleName(rule), ...rule, ...citation });
    }
  }
  return rules;
}

/**
 * A cited national record that names the EN it adopts tests its body's rule: when the rule would derive another
 * designation (another prefix, or the EN year where the body prints its own), the rule is wrong for every EN, so
 * the build fails until the rule or the record is corrected.
 */
export function checkRulesAgainstCited(adoptions: readonly CompiledAdoption[], rules: readonly DerivationRule[], problems: Problems): void {
  const committees = enCommittees(adoptions);
  for (const a of adoptions) {
    if (!a.en || a.jurisdiction === 'EU') continue;
    // A body that prints some committees' ENs otherwise is held only to the rule that covers this EN's committee.
    const rule = ruleForEn(rules, a.jurisdiction, a.en, committees.get(a.en));
    if (!rule || rule.practice === 'iso-first') continue;
    // A body that changed its form is held to the rule only for the ENs it covers.
    if (predatesRuleForm(rule, a.en)) continue;
    if (!ruleReproduces(rule, a.en, a.designation)) {
      problems.error(`rule ${rule.name}`, `would not derive the cited ${a.designation} from ${a.en} (template '${rule.template}', ${rule.dateStyle})`);
    }
  }
}
