import type { Adoption } from './catalog';
import { pushTo } from '../multiMap';
import { applyDerivationTemplate, designationStem, enKind, enYear, predatesRuleForm, printedYear, ruleCoversCommittee } from './derivation';
import type { DerivationRule, EnKind } from './types';
import { adoptedPublication } from './adoptedPublication';
import { splitAmendedEn } from '../identifiers/enAmendments';

/** Rules by place and kind of EN, so each EN meets only the rules of the bodies that publish its kind. */
function rulesByKind(rules: readonly DerivationRule[]): Map<EnKind, DerivationRule[]> {
  const map = new Map<EnKind, DerivationRule[]>();
  for (const rule of rules) pushTo(map, rule.kind, rule);
  return map;
}

/**
 * What the cited records of each publication in each place already name ("ISO 9001:2015|DE" -> {"DIN EN ISO 9001"}),
 * with the ENs they state they adopt, so a derivation never repeats a cited national document. A publication is the
 * edition with the amendments a record adopts: a cited consolidation ("BS EN 61000-3-3:2013+A1:2019") does not
 * stand in for the national adoption of the base EN, which the body published first under the same number.
 */
const publicationKey = (a: Pick<Adoption, 'standard' | 'adopts'>, place: string): string => `${adoptedPublication(a)}|${place}`;

function citedStems(cited: readonly Adoption[]): Map<string, Set<string>> {
  const stems = new Map<string, Set<string>>();
  for (const a of cited) {
    const key = publicationKey(a, a.jurisdiction);
    const set = stems.get(key) ?? new Set<string>();
    // An undated citation names the document but not the year that a rule keeping the EN year would add.
    const mark = printedYear(a.designation) === null ? 'undated:' : '';
    set.add(`${mark}${designationStem(a.designation)}`);
    if (a.en) set.add(`${mark}EN:${a.en}`);
    stems.set(key, set);
  }
  return stems;
}

interface AmendedText {
  text: string;
  shownBy: string;
  european: boolean;
}

/**
 * For each EN, the record that shows it amended since, with the words the note gives it: a member's cited print
 * ("EN 62304:2006" -> BS EN 62304:2006+A1:2015, printing EN 62304:2006+A1:2015), else the EU's own record of the
 * amended EN. Members publish every EN amendment too, but a record derived from the base EN says nothing of it, so
 * its note names the amended text (corrigenda, AC, are not amendments). The text with the most amendments wins; a
 * member's print before the EU record that names as many.
 */
function amendedPrints(cited: readonly Adoption[]): Map<string, AmendedText> {
  const byBase = new Map<string, AmendedText>();
  for (const a of cited) {
    const text = a.jurisdiction === 'EU' ? a.designation : a.en;
    const split = text ? splitAmendedEn(text) : null;
    if (!text || !split || !split.amendments.some((m) => m.startsWith('A') && !m.startsWith('AC'))) continue;
    const european = a.jurisdiction === 'EU';
    const known = byBase.get(split.base);
    const longer = !known || known.text.length < text.length;
    if (longer || (known.european && !european && known.text.length === text.length)) {
      byBase.set(split.base, { text, european, shownBy: european ? `the EU's record: ${text}` : `${a.designation} prints ${text}` });
    }
  }
  return byBase;
}

/**
 * Whether a derived record's national edition may not be out yet: its EN is of the data's own year (`asOf`), and
 * members have until the EN's date of publication to publish it (see deriveAdoptions). Such a record answers, saying
 * so, but it does not replace the member's earlier adoption (an audit found Serbia's SRPS EN ISO 14155:2021, which
 * ISS still lists as published, called superseded by a derivation from EN ISO 14155:2026).
 */
export function mayNotBeOutYet(a: Pick<Adoption, 'provenance' | 'en'>, asOf: string): boolean {
  const year = a.provenance === 'derived' && a.en ? enYear(a.en) : null;
  return year !== null && year >= Number(asOf.slice(0, 4));
}

/** Why the national edition of an EN of the data's own year may not be out yet (see deriveAdoptions), or null. */
function notYetPublished(en: string, year: number, dataYear: number): string | null {
  return year >= dataYear ? `${en} is from ${year}, and members have until its date of publication to publish it nationally.` : null;
}

/** Why a derived record does not take its current EN's `current` (see deriveAdoptions), or null when it does. */
function withheldCurrent(recent: string | null, en: string, dated: boolean, body: string): string | null {
  if (recent) return recent;
  if (dated) return `${en} is current, but ${body} may have re-issued it with an amendment under a new designation.`;
  return null;
}

/**
 * National adoptions of ENs, derived for each CEN/CENELEC member by the rule for that kind of EN. Nothing is derived
 * for an EN older than the body's membership or than the form the rule proves (enSince), for an EN whose committee a
 * committee-bound rule does not cover, for a kind of EN without a proven rule, where a cited record already
 * names the same national document, or, for a body that adopts ISO directly, where any cited adoption of the edition
 * exists. A derived record inherits the EN's status and degree: members publish ENs without change.
 *
 * Except `current` for an EN of the data's own year (`asOf`, the dataset date): CEN gives members until the EN's date
 * of publication (dop), some six months after CEN makes it available, to publish it nationally, so the national
 * edition may not be out yet (the 2026-12-05 audit read a Serbian adoption of EN ISO 80369-1:2026 still at enquiry).
 * Nor `current` where the rule dates the national document by the EN's year: such bodies re-issue an amended EN as a
 * consolidated document under a new designation, which replaces the base one while the EN itself stays current
 * (core audit AR found BSI selling BS EN ISO 15223-1:2021+A1:2025 in place of BS EN ISO 15223-1:2021).
 */
export function deriveAdoptions(cited: readonly Adoption[], rules: readonly DerivationRule[], asOf?: string): Adoption[] {
  const byKind = rulesByKind(rules);
  const stems = citedStems(cited);
  const amended = amendedPrints(cited);
  const citedEditions = new Set(cited.map((a) => `${a.standard}|${a.jurisdiction}`));
  const dataYear = asOf === undefined ? Infinity : Number(asOf.slice(0, 4));
  const derived: Adoption[] = [];
  for (const en of cited) {
    if (en.jurisdiction !== 'EU') continue;
    // An EN with its amendments (EN 60601-1:2006+A1:2013+A12:2014+A2:2021) is read from a member's print, and members
    // print the amended text under designations of their own (BS EN 60601-1:2006+A2:2021, DIN EN 60601-1 VDE
    // 0750-1:2022-11) that no naming rule proves: nothing is derived from it.
    if (splitAmendedEn(en.designation)) continue;
    const year = enYear(en.designation);
    // Whatever the EN's recorded status, an analyst is told when the national edition may still be to come (audit BD
    // found DIN's pages still showing only the 2024 EN behind a record derived from EN ISO/IEC 15408-1:2026).
    const recent = year === null ? null : notYetPublished(en.designation, year, dataYear);
    // The committee belongs to the EN's record; a national record derived from it does not carry it.
    const { committee, ...enFields } = en;
    const print = amended.get(en.designation);
    const amendedSince = print ? ` The EN has been amended since (${print.shownBy}); whether this print carries the amendments is not recorded.` : '';
    for (const rule of byKind.get(enKind(en.designation)) ?? []) {
      if (year === null || year < rule.memberSince || predatesRuleForm(rule, en.designation)) continue;
      if (!ruleCoversCommittee(rule, committee)) continue;
      const designation = applyDerivationTemplate(rule.template, en.designation);
      const existing = stems.get(publicationKey(en, rule.jurisdiction));
      const stem = designationStem(designation);
      const dated = rule.dateStyle === 'en-year';
      const named = (mark: string) => existing?.has(`${mark}${stem}`) || existing?.has(`${mark}EN:${en.designation}`);
      if (named('') || (!dated && named('undated:'))) continue;
      if (rule.practice === 'iso-first' && citedEditions.has(`${en.standard}|${rule.jurisdiction}`)) continue;
      const withheld = en.status === 'current' ? withheldCurrent(recent, en.designation, dated, rule.body) : null;
      const pending = withheld ? null : recent;
      derived.push({
        ...enFields,
        jurisdiction: rule.jurisdiction,
        designation,
        status: withheld ? null : en.status,
        year: null,
        provenance: 'derived',
        rule: rule.name,
        degreeRule: null,
        en: en.designation,
        adopts: en.adopts,
        note:
          `Derived from ${en.designation} by the ${rule.body} rule for ${rule.kind.toUpperCase()} ENs` +
          (rule.committees ? ` of ${rule.committees.join(' and ')} committees (this one: ${committee})` : '') +
          (dated ? '.' : '; the body dates its adoption by its own publication date, which is not recorded.') +
          (withheld ? ` Status left unknown: ${withheld}` : '') +
          (pending ? ` ${pending} The national edition may not be out yet.` : '') +
          (dated ? '' : amendedSince),
      });
    }
  }
  return derived;
}
