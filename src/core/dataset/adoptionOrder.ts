import { splitEditionId } from '../identifiers/parseStandardId';
import { boundedMemo } from '../memo';
import type { Adoption } from './catalog';
import { adoptedPublication } from './adoptedPublication';
import { designationStem, enNumber, enYear, ensOfPrintedNumber } from './derivation';

/** A record's standard without its year: "IEC 60601-1" for "IEC 60601-1:2005". */
export const keyOf = (edition: string): string => splitEditionId(edition)?.key ?? edition;

/** The newest year a consolidation names ("IEC 60601-1:2005+AMD1:2012+AMD2:2020" gives 2020), or 0. */
const newestAmendmentYear = boundedMemo((adopts: string | null): number =>
  adopts ? Math.max(0, ...[...adopts.matchAll(/:(\d{4})/g)].map((m) => Number(m[1]))) : 0,
);

/**
 * When a national document appeared, as far as the record knows: its own year, else the EN it adopts (a member
 * publishes an EN no earlier than CEN does), else the international edition's year; and a document that adopts a
 * consolidation appeared no earlier than the newest amendment it includes, so that an undated BS EN
 * 60601-1:2006+A2:2021 answers before the base BS EN 60601-1:2006.
 */
export function effectiveYear(a: Adoption): number {
  return a.year ?? Math.max((a.en ? enYear(a.en) : null) ?? splitEditionId(a.standard)?.year ?? 0, newestAmendmentYear(a.adopts));
}

const PROVENANCE_RANK = { workbook: 0, cited: 1, derived: 2 } as const;
/** 1 for a designation without a year. Memoized by designation: the catalog's sorts ask it in every comparison. */
const undatedDesignation = boundedMemo((designation: string): number => (/:\d{4}|[- ]\d{4}\b/.test(designation.replace(/^\D*\d+/, '')) ? 0 : 1));
const undated = (a: Adoption): number => undatedDesignation(a.designation);
/** Whether a designation prints no year ("STN EN ISO 9001", "NF EN ISO 9001"), so that it may name several documents. */
export const isUndatedDesignation = (designation: string): boolean => undatedDesignation(designation) === 1;
/** The international standard's main number: "45001" for ISO 45001:2018, "60950" for IEC 60950-1:2005. */
const mainNumber = (standard: string): string | undefined => /\d+/.exec(keyOf(standard))?.[0];

/**
 * A modified or not-equivalent national document under a number of its own, which does not print the international
 * one: Singapore's SS 651:2019, a chemical-industry application of ISO 45001:2018 (MOD), stands beside the body's
 * identical SS ISO 45001:2018 (an audit found it answering in its place and marking it superseded).
 */
export function nationalVariant(a: Pick<Adoption, 'standard' | 'designation' | 'correspondence'>): boolean {
  if (a.correspondence !== 'MOD' && a.correspondence !== 'NEQ') return false;
  // Asked in every comparison of the catalog's sorts (a MATRIX's first call sorts thousands of records), so kept per record.
  let known = variants.get(a);
  if (known === undefined) {
    const number = mainNumber(a.standard);
    known = number !== undefined && !printsNumber(a.designation, number);
    variants.set(a, known);
  }
  return known;
}
const variants = new WeakMap<object, boolean>();
/** Whether a designation prints a number as a whole ("SS ISO 45001:2018" prints 45001; "SS 651:2019" does not). */
const printsNumber = (designation: string, number: string): boolean => new RegExp(`(^|\\D)${number}(\\D|$)`).test(designation);

/** A not-equivalent (NEQ) document, or a national variant, only corresponds loosely: an adoption of the edition answers first. */
const notEquivalent = (a: Adoption): number => (a.correspondence === 'NEQ' || nationalVariant(a) ? 1 : 0);
/** In force as a source states it (0), not known (1), not yet in force (2), or ended (3). */
const STANDING: Record<NonNullable<Adoption['status']>, number> = { current: 0, upcoming: 2, superseded: 3, withdrawn: 3 };
const standing = (a: Adoption): number => (a.status ? STANDING[a.status] : 1);

/**
 * How many ISO or IEC amendments a record's text carries: of two of one year, the one with more is the later text
 * (EN 61511-1:2017 and EN 61511-1:2017+A1:2017, its amendment of the same year). Memoized by `adopts`, as the sorts
 * ask it in every comparison.
 */
const amendmentCount = boundedMemo((adopts: string | null): number => (adopts?.match(/\+AMD\d/g) ?? []).length);
const amendmentsCarried = (a: Adoption): number => amendmentCount(a.adopts);

/**
 * Of the records of one edition in one place, which answers: the workbook's own row, then a record a source states
 * in force, then one of unknown standing, then one not yet in force, before an ended one; then an adoption before a
 * not-equivalent document, then the newest national publication (so a stale cited record never hides a newer
 * adoption of the EN) and, within a year, the text with more amendments, then a dated designation over an undated
 * citation of the same document, then a cited record over a derived one.
 */
export function byPreference(a: Adoption, b: Adoption): number {
  const workbook = Number(b.provenance === 'workbook') - Number(a.provenance === 'workbook');
  return (
    workbook ||
    standing(a) - standing(b) ||
    notEquivalent(a) - notEquivalent(b) ||
    effectiveYear(b) - effectiveYear(a) ||
    amendmentsCarried(b) - amendmentsCarried(a) ||
    undated(a) - undated(b) ||
    PROVENANCE_RANK[a.provenance] - PROVENANCE_RANK[b.provenance]
  );
}

/** Newest edition first; within an edition, by preference. */
export function byRecency(a: Adoption, b: Adoption): number {
  return (splitEditionId(b.standard)?.year ?? 0) - (splitEditionId(a.standard)?.year ?? 0) || byPreference(a, b);
}

/**
 * A derived record takes its EN's status, and CEN calls an EN replaced by a newer one "withdrawn"; nationally, once
 * the body has published the newer adoption, the older one is superseded, not withdrawn without a successor (an audit
 * found ČSN EN ISO/IEC 17011 of 2005 answered withdrawn where ČAS says its 2018 edition replaced it). Bodies word a
 * replaced document the same way in their own catalogues (BSI "Superseded, Withdrawn", SAC 废止, CEN "withdrawn"),
 * and an audit of cited records found GB/T 34590.5-2017 answering withdrawn beside the recorded GB/T 34590.5-2022
 * that replaced it; so, after derivation, a cited withdrawal with a newer adoption in its place is superseded too.
 */
const replacedWithdrawal = (a: Adoption, cited: boolean): boolean =>
  a.status === 'withdrawn' && (a.provenance === 'derived' || (cited && a.provenance === 'cited'));

/**
 * The first record of a newest-first list that is in force or of unknown standing: a document published but still to
 * take effect (`upcoming`) answers nothing and replaces nothing until it does. Undefined when every one is upcoming.
 */
export function newestInForce(newestFirst: readonly Adoption[]): Adoption | undefined {
  // A loop, not find(): asked for every cell of a MATRIX, where most places have no record at all.
  for (const a of newestFirst) if (a.status !== 'upcoming') return a;
  return undefined;
}

/**
 * Fills the status a record's source did not state, from the records around it: in one place, an adoption of an
 * older edition, or an older national publication of the same edition, than the one that answers is superseded, and
 * so is a derived record that took "withdrawn" from its EN. With `citedWithdrawals`, a cited record whose source
 * says withdrawn is superseded as well: the catalog passes it only once the national records are derived, so that
 * they take an EN's own "withdrawn" and are superseded only where their place has the newer adoption. The newest
 * stays as recorded (or unknown): that no newer adoption is recorded does not prove that none exists. A record
 * `mayNotBeOut` says may not be published yet (a derivation from an EN of the data's own year) replaces nothing. Workbook rows
 * are the analyst's own and are left alone. Returns the standards each place has adopted, as "key|place", which
 * markReplacedByAnotherStandard reads rather than grouping the records again.
 */
export function markSuperseded(
  records: readonly Adoption[],
  { citedWithdrawals = false, mayNotBeOut = (): boolean => false }: { citedWithdrawals?: boolean; mayNotBeOut?: (a: Adoption) => boolean } = {},
): ReadonlySet<string> {
  const byStandardAndPlace = new Map<string, Adoption[]>();
  for (const a of records) {
    if (a.provenance === 'workbook') continue;
    const key = `${keyOf(a.standard)}|${a.jurisdiction}`;
    const list = byStandardAndPlace.get(key);
    if (list) list.push(a);
    else byStandardAndPlace.set(key, [a]);
  }
  for (const list of byStandardAndPlace.values()) {
    if (list.length < 2) continue;
    list.sort(byRecency);
    const newest = newestInForce(list);
    if (!newest) continue;
    // A later document that has itself ended still replaced the ones before it: once UL 60950-1's 2014 revision is
    // withdrawn, its 2011 revision must not answer in its place (an audit found it would, the preference order
    // putting a record of unknown standing before an ended one).
    // A national edition that may not be out yet replaces nothing: the earlier one may still be the one in force,
    // and the one before that was still replaced by it.
    const replacer = newestInForce(list.filter((b) => !mayNotBeOut(b)));
    const successors = [...(replacer ? [replacer] : []), ...list.filter((b) => b.status === 'withdrawn' || b.status === 'superseded')];
    for (const a of list.slice(list.indexOf(newest))) {
      if (a.status !== null && !replacedWithdrawal(a, citedWithdrawals)) continue;
      if (successors.some((b) => b !== a && replaces(b, a))) a.status = 'superseded';
    }
  }
  return new Set(byStandardAndPlace.keys());
}

/** Whether national document `later` replaced `a`: an adoption of a newer edition, or a later publication of the same. */
function replaces(later: Adoption, a: Adoption): boolean {
  const edition = splitEditionId(a.standard)?.year ?? 0;
  const laterEdition = splitEditionId(later.standard)?.year ?? 0;
  const older = edition < laterEdition || (edition === laterEdition && effectiveYear(a) < effectiveYear(later));
  // A dated designation names one document, which cannot supersede itself; an undated one ("ČSN EN ISO/IEC
  // 17011") names each of the body's editions in turn.
  const sameDocument = a.designation === later.designation && undated(a) === 0;
  // A separate national amendment ("ABNT NBR IEC 60601-1:2010/Em2:2022") amends its base, which stays in force
  // with it (an audit found the Brazilian base answering superseded); a consolidation under its own designation
  // ("BS EN 60601-1:2006+A2:2021") does replace the base.
  // CENELEC and CEN publish an EN's amendments beside it, never a consolidated EN, so the EU's record of an EN with its
  // amendments ("EN 61010-1:2010+A1:2019", read from a member's print) amends the EN too: the base stays in force
  // (an audit found EN 61010-1:2010, and every national record derived from it, called superseded).
  const amendsIt = later.designation.startsWith(`${a.designation}/`) || (later.jurisdiction === 'EU' && later.designation.startsWith(`${a.designation}+`));
  // A national variant under another number (SS 651:2019) is published beside the adoption (SS ISO 45001:2018), not
  // in its place; a re-issue under the same number (IS 13450 (Part 2/Sec 2) : 2024) still replaces the earlier one.
  const beside =
    edition === laterEdition && nationalVariant(later) && !nationalVariant(a) && designationStem(later.designation) !== designationStem(a.designation);
  return older && !sameDocument && !amendsIt && !beside && !otherPrintOfSameAdoption(later, a);
}

/**
 * Whether a cited record is another body's print of the national adoption a derived record names: same text, the
 * derived record's EN number, no EN of its own. Italy's joint documents carry both publishers' names, each first in
 * its own catalogue (CEI's "CEI UNI EN ISO/IEC 27002:2023-04" is UNI's "UNI CEI EN ISO/IEC 27002"); dated after the
 * EN, as every national issue is, the print must not count as replacing the document it is (audit BK).
 */
function otherPrintOfSameAdoption(cited: Adoption, derived: Adoption): boolean {
  if (derived.provenance !== 'derived' || cited.provenance !== 'cited' || cited.en !== null || derived.en === null) return false;
  return adoptedPublication(cited) === adoptedPublication(derived) && enNumber(cited.designation) === enNumber(derived.en);
}

/**
 * A cited record whose source says withdrawn is superseded too when the edition it adopts was replaced, through the
 * editions' `replacedBy`, by another standard's edition that its place has adopted: ISO 12100-2:2003 became part of
 * ISO 12100:2010, and ISO 8601:2000 led through ISO 8601:2004 to ISO 8601-1:2019. An audit of cited records found
 * GB/T 15706.2-2007 and GB/T 7408-2005 answering withdrawn beside GB/T 15706-2012 and GB/T 7408.1-2023, which
 * replaced them. `adopted` lists the standards each place has adopted ("key|place"); the catalog passes the set
 * markSuperseded grouped, which also counts derived records, and by default it is read from `records`.
 */
export function markReplacedByAnotherStandard(
  records: readonly Adoption[],
  replacedBy: (edition: string) => string | null,
  adopted: ReadonlySet<string> = new Set(records.map((a) => `${keyOf(a.standard)}|${a.jurisdiction}`)),
): void {
  const hasAdopted = (key: string, place: string) => adopted.has(`${key}|${place}`);
  for (const a of records) {
    if (a.provenance === 'cited' && a.status === 'withdrawn' && replacingStandard(a, replacedBy, hasAdopted)) a.status = 'superseded';
  }
}

/**
 * The other standard whose edition replaced, through the editions' `replacedBy`, the edition a record adopts, and that
 * the record's place has adopted (IEC 60445 for the EU's EN 60446:2007: IEC 60445:2010 merged IEC 60446), or null.
 */
export function replacingStandard(
  record: Pick<Adoption, 'standard' | 'jurisdiction'>,
  replacedBy: (edition: string) => string | null,
  hasAdopted: (key: string, place: string) => boolean,
): string | null {
  const own = keyOf(record.standard);
  // A bounded walk: a replacedBy chain in the data is a handful of editions long, and a cycle must not hang.
  let next = replacedBy(record.standard);
  for (let step = 0; next && step < 12; step++, next = replacedBy(next)) {
    const key = keyOf(next);
    if (key !== own && hasAdopted(key, record.jurisdiction)) return key;
  }
  return null;
}

/**
 * A member's cited adoption of an EN that CEN or CENELEC has withdrawn is withdrawn too, where its own source says
 * nothing of its standing: members must withdraw their national adoption of a withdrawn EN (CEN BOSS), as the derived
 * records already take their EN's status. Where the place has a newer adoption, markSuperseded then calls it
 * superseded. Only a withdrawal a source states for the EN counts, not one the engine inferred. A record that does
 * not name its EN but prints its number (`DIN EN 60065 VDE 0860:2015-11`) is read as adopting the ENs of that number
 * that carry the same text, and follows them when every one is withdrawn.
 */
export function inheritEnWithdrawals(cited: readonly Adoption[]): void {
  const withdrawn = new Set(cited.filter((a) => a.jurisdiction === 'EU' && a.status === 'withdrawn').map((a) => a.designation));
  const ensOf = ensOfPrintedNumber(cited);
  for (const a of cited) {
    if (a.jurisdiction === 'EU' || a.status !== null) continue;
    const ens = a.en ? [a.en] : ensOf(a).map((en) => en.designation);
    if (ens.length > 0 && ens.every((en) => withdrawn.has(en))) a.status = 'withdrawn';
  }
}
