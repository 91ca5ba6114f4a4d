import type { CompiledAdoption, Correspondence, CorrespondenceRule } from '../../src/core/dataset/types';
import { MIN_RULE_EXAMPLES } from './compileRules';
import type { Problems } from './problems';
import { type SourceRow, readRows } from './readSources';
import { adoptedPublication } from '../../src/core/dataset/adoptedPublication';
import { ensOfPrintedNumber } from '../../src/core/dataset/derivation';

const DEGREES = new Set(['IDT', 'MOD', 'NEQ']);

type Cite = (row: SourceRow) => { src: number; read: string } | null;

/**
 * Some bodies state in their own rules that a designation form means a given degree (CEN: an EN numbered
 * "EN ISO" is the ISO standard unchanged). Such a rule gives the degree to cited records whose own source does not
 * state it; each rule must be shown at work by two cited records whose sources state that degree themselves.
 */
export function applyCorrespondenceRules(
  dataDir: string,
  problems: Problems,
  cite: Cite,
  adoptions: CompiledAdoption[],
): CorrespondenceRule[] {
  const rules: CorrespondenceRule[] = [];
  const enDegree = enDegrees(adoptions);
  const sameText = enPublishesSameText(adoptions);
  for (const row of readRows(dataDir, 'rules', 'correspondence', problems)) {
    const v = row.values;
    const citation = cite(row);
    if (!citation) continue;
    if (v.jurisdiction === CEN_IMPLEMENTATION) {
      const rule = nationalImplementationRule(row, problems, adoptions, enDegree, sameText);
      if (rule) rules.push({ ...rule, ...citation, note: v.note || undefined });
      continue;
    }
    if (!DEGREES.has(v.correspondence)) {
      problems.error(row, `correspondence '${v.correspondence}' must be IDT, MOD or NEQ`);
      continue;
    }
    const since = v.since ? Number(v.since) : undefined;
    if (since !== undefined && !/^\d{4}$/.test(v.since)) {
      problems.error(row, `since '${v.since}' must be a year`);
      continue;
    }
    const scope: RuleScope = { jurisdiction: v.jurisdiction, prefix: v.prefix, since };
    // A rule that a record's own source contradicts is not the body's practice: the build fails rather than guess.
    for (const a of adoptions.filter((x) => covers(scope, x) && x.correspondence && !x.degreeRule && x.correspondence !== v.correspondence)) {
      problems.error(row, `Correspondence rule '${v.prefix}' in ${v.jurisdiction} says ${v.correspondence}, but ${a.designation}'s source says ${a.correspondence}`);
    }
    const examples = v.examples.split(';').map((e) => e.trim()).filter(Boolean);
    const proven = examples.filter((example) =>
      adoptions.some(
        (a) => covers(scope, a) && a.designation === example && a.correspondence === v.correspondence && !a.degreeRule,
      ),
    );
    if (proven.length < MIN_RULE_EXAMPLES) {
      problems.error(row, `Correspondence rule '${v.prefix}' in ${v.jurisdiction} needs ${MIN_RULE_EXAMPLES} cited records ` +
        `starting with it whose own sources state ${v.correspondence} (proven: ${proven.join(', ') || 'none'})`);
      continue;
    }
    const name = `degree:${v.jurisdiction}:${v.prefix.trim()}`;
    rules.push({
      name,
      jurisdiction: v.jurisdiction,
      prefix: v.prefix,
      correspondence: v.correspondence as Correspondence,
      examples,
      ...(since === undefined ? {} : { since }),
      ...citation,
      note: v.note || undefined,
    });
  }
  for (const a of adoptions) {
    if (a.correspondence) continue;
    const rule = rules.find((r) => covers(r, a));
    if (rule) {
      a.correspondence = rule.correspondence;
      a.degreeRule = rule.name;
    }
  }
  const implementation = rules.find((r) => r.jurisdiction === CEN_IMPLEMENTATION);
  if (implementation) {
    // After the EN rules, so that an EN whose degree a rule gave passes it on to its national adoptions.
    const degrees = enDegrees(adoptions);
    const byDesignation = designatedEnDegrees(adoptions);
    for (const a of adoptions) {
      if (a.correspondence || a.jurisdiction === 'EU') continue;
      const degree = a.en ? (sameText(a, a.en) ? degrees.get(a.en) : undefined) : byDesignation(a);
      if (!degree) continue;
      a.correspondence = degree;
      a.degreeRule = implementation.name;
    }
  }
  return rules;
}

/**
 * Whether the EN a national record names publishes the text the record adopts. A national consolidation that adds
 * an IEC amendment (`BS EN 61010-1:2010+A1:2019` on EN 61010-1:2010) also takes that amendment's EN, which may carry
 * common modifications of its own, so the base EN's degree does not pass to it. An EN ISO amendment is an EN ISO
 * document too, the ISO text unchanged (the `EN ISO` rule), so an EN ISO consolidation keeps its degree. An EN not
 * recorded says nothing.
 */
function enPublishesSameText(adoptions: readonly CompiledAdoption[]): (a: CompiledAdoption, en: string) => boolean {
  const texts = new Map<string, string>();
  for (const en of adoptions) if (en.jurisdiction === 'EU') texts.set(en.designation, adoptedPublication(en));
  return (a, en) => {
    const text = texts.get(en) ?? texts.get(enBase(en));
    return text === undefined || text === adoptedPublication(a) || en.startsWith('EN ISO');
  };
}

/**
 * For a national record whose `en` column is empty but whose designation prints an EN number: the ENs of that
 * number that adopt the same international text (edition and amendments). A member publishes that EN unchanged, so
 * when every such EN has one degree, the national record has it too; where they differ, or none is recorded, no
 * degree is given.
 */
function designatedEnDegrees(adoptions: readonly CompiledAdoption[]): (a: CompiledAdoption) => Correspondence | undefined {
  const ensOf = ensOfPrintedNumber(adoptions);
  return (a) => {
    const found = new Set(ensOf(a).map((en) => en.correspondence));
    return found.size === 1 ? [...found][0] : undefined;
  };
}

type RuleScope = Pick<CorrespondenceRule, 'jurisdiction' | 'prefix' | 'since'>;

/** Whether a rule speaks for a record: same place, a designation of the rule's form, and no older than its `since`. */
function covers(rule: RuleScope, a: CompiledAdoption): boolean {
  return a.jurisdiction === rule.jurisdiction && a.designation.startsWith(rule.prefix) && (rule.since === undefined || (a.year ?? 0) >= rule.since);
}

/** A row for CEN: a member's national adoption of an EN is the EN without change, so it has the EN's degree. */
const CEN_IMPLEMENTATION = 'CEN';

/**
 * The degree of each EN, by its designation and by its base designation where the only amendments are CEN's
 * European ones (A11, A12 ...: Annex Z material, leaving the ISO text and so the degree as it was). An A1 or A2
 * mirrors an ISO/IEC amendment and may carry common modifications (EN 61010-1:2010+A1:2019 is modified), and a
 * CENELEC A11 can be a common modification itself (EN IEC 62115:2020 is identical to IEC 62115:2017, but BSI calls
 * its print with A11:2020 'a "common modification" document'), so neither is looked through.
 */
interface DegreeLookup {
  get(en: string): Correspondence | undefined;
  has(en: string): boolean;
}

function enDegrees(adoptions: readonly CompiledAdoption[]): DegreeLookup {
  const degrees = new Map<string, Correspondence>();
  for (const a of adoptions) if (a.jurisdiction === 'EU' && a.correspondence) degrees.set(a.designation, a.correspondence);
  return {
    get: (en) => degrees.get(en) ?? degrees.get(enBase(en)),
    has: (en) => degrees.has(en) || degrees.has(enBase(en)),
  };
}

const enBase = (en: string): string => (/^EN ISO[^/+]+([/+](A1\d|AC):\d{4})+$/.test(en) ? en.replace(/[/+].*$/, '') : en);

/** The CEN rule is shown at work by national records whose own sources state the same degree as their EN. */
function nationalImplementationRule(
  row: SourceRow,
  problems: Problems,
  adoptions: readonly CompiledAdoption[],
  enDegree: DegreeLookup,
  sameText: (a: CompiledAdoption, en: string) => boolean,
): Omit<CorrespondenceRule, 'src' | 'read' | 'note'> | null {
  // Only records that publish their EN's own text show the rule at work, or contradict it.
  const covered = adoptions.filter((a) => a.en && a.jurisdiction !== 'EU' && a.correspondence && !a.degreeRule && sameText(a, a.en));
  const proven = covered.filter((a) => enDegree.get(a.en!) === a.correspondence);
  const contradicted = covered.filter((a) => enDegree.has(a.en!) && enDegree.get(a.en!) !== a.correspondence);
  for (const a of contradicted) problems.error(row, `${a.designation} is ${a.correspondence} but its EN ${a.en} is ${enDegree.get(a.en!)}`);
  if (proven.length < MIN_RULE_EXAMPLES) {
    problems.error(row, `The CEN implementation rule needs ${MIN_RULE_EXAMPLES} national records stating their EN's degree (found ${proven.length})`);
    return null;
  }
  const examples = proven.slice(0, 4).map((a) => a.designation);
  return { name: 'degree:CEN:national-implementation', jurisdiction: CEN_IMPLEMENTATION, prefix: '', correspondence: 'IDT', examples };
}
