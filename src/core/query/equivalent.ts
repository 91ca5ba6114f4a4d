import type { Adoption, Catalog, StandardEdition } from '../dataset/catalog';
import { enKind, enYear, predatesRuleForm, ruleForEn } from '../dataset/derivation';
import type { CompiledJurisdiction, DerivationRule, EnKind } from '../dataset/types';
import { HarmonizeError, isHarmonizeError, notAvailable } from '../errors';
import { editionsOf } from '../resolve/knownStandards';
import { resolveJurisdiction } from '../resolve/resolveJurisdiction';
import { citedEnHint } from '../dataset/europeanCitations';
import { type ResolvedStandard, resolveStandard } from '../resolve/resolveStandard';
import { type CellValue, type InputValue, isBlank, readText } from '../values';
import { type AdoptionField, adoptionField, fdaText } from './adoptionFields';
import { outdatingEdition } from './outdated';
import { replacingEn } from './replacedByEn';
import { adoptedPublication } from '../dataset/adoptedPublication';
import { exactRecord, missingEnAmendments, recordedHint, requestedPublication } from './publicationRecord';
import { keyOf, newestInForce, replacingStandard } from '../dataset/adoptionOrder';

/**
 * The code under which a place's adoptions are recorded: CEN and the EEA share the EU's EN records; a bloc with
 * regional standards of its own (EU, GCC) answers for itself; any other bloc has nothing to answer with.
 */
export function recordPlace(catalog: Catalog, place: CompiledJurisdiction): string | HarmonizeError {
  if (place.recordsUnder) return place.recordsUnder;
  if (place.kind === 'bloc' && !catalog.recordedPlaces.has(place.code)) {
    return notAvailable(
      `${place.code} (${place.name}) is a group of ${place.members?.length ?? 0} jurisdictions without recorded ` +
        'regional standards; ask for one member, or EU for European Standards',
    );
  }
  return place.code;
}

function noAdoption(catalog: Catalog, standard: ResolvedStandard, place: CompiledJurisdiction, code: string, inPlace: readonly Adoption[]): HarmonizeError {
  const enMiss = missingEnAmendments(standard, place, code);
  if (enMiss)
    return notAvailable(
      `${enMiss}${recordedHint(catalog, inPlace, code)}; ask for ${requestedPublication(standard)} for the adoption of the international text`,
    );
  const named = standard.edition ? requestedPublication(standard) : standard.key;
  const searched = inPlace.length ? undefined : catalog.absence(standard.key, code);
  if (searched) {
    return notAvailable(`No adoption of ${named} found in ${place.code}: ${searched.note} (checked ${searched.read}, ${catalog.source(searched.src)})`);
  }
  const citedEn = inPlace.length === 0 && (code === 'EU' || place.blocs.includes('CEN')) ? citedEnHint(catalog.unlinkedCitations, standard.key) : '';
  return notAvailable(
    `No recorded adoption of ${named} in ${place.code}${recordedHint(catalog, inPlace, code)}${unnamedEnAdoption(catalog, standard, place)}${citedEn}`,
  );
}

/**
 * A CEN/CENELEC member must adopt every EN, so when the EN exists but the member's naming rule for that kind of EN
 * could not be proven, the analyst is better served by being pointed at the EN than by a bare "not recorded".
 */
function unnamedEnAdoption(catalog: Catalog, standard: ResolvedStandard, place: CompiledJurisdiction): string {
  if (place.kind !== 'country' || !place.blocs.includes('CEN')) return '';
  const en = standard.edition ? catalog.adoption(standard.edition.id, 'EU') : catalog.adoptionsIn(standard.key, 'EU')[0];
  if (!en) return '';
  const kind = enKind(en.designation);
  const why = whyNotDerived(catalog.derivationRules(place.code), en, kind, place);
  return `. ${place.code} is a CEN/CENELEC member, and members adopt each EN (here ${en.designation}), but ${why}; ask for EU to see the EN`;
}

/** "a", "a and b", "a, b and c". */
const listed = (items: readonly string[]): string => (items.length < 3 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** Why a member's adoption of an EN is not derived: no proven rule, an EN whose committee no rule of its kind covers,
 * an EN older than the form the rule proves or than the body's membership, a body that adopts ISO directly, or a
 * cited record holding the designation. `placeRules` are all the place's rules. */
function whyNotDerived(
  placeRules: readonly DerivationRule[],
  enRecord: Pick<Adoption, 'designation' | 'committee'>,
  kind: EnKind,
  place: CompiledJurisdiction,
): string {
  // Asked for many #N/A cells of a MATRIX: no list is built unless the message needs it.
  const en = enRecord.designation;
  const rule = ruleForEn(placeRules, place.code, en, enRecord.committee);
  if (!rule) {
    const rules = placeRules.filter((r) => r.kind === kind);
    if (rules.length === 0)
      return `no source read proves how ${place.body?.acronym ?? 'its standards body'} designates its adoption of ${kind.toUpperCase()} ENs`;
    const written = enRecord.committee ? `was written by ${enRecord.committee}` : 'has no committee recorded';
    const covered = listed(rules.flatMap((r) => r.committees ?? []));
    const forms =
      rules.length === 1
        ? `${rules[0].body}'s form is proven only for ENs of ${covered} committees (it prints other committees' ENs in another form)`
        : `the forms of ${listed([...new Set(rules.map((r) => r.body))])} are proven only for ENs of ${covered} committees`;
    return `${forms}, and ${en} ${written}`;
  }
  const year = enYear(en);
  // Without the EN's year its place on the body's time line is unknown: saying it came first would be a guess.
  if (year === null) return `the EN's year is not recorded, so whether ${rule.body} was a member when it was published cannot be checked`;
  if (predatesRuleForm(rule, en) && year >= rule.memberSince) {
    return `the sources read prove ${rule.body}'s form for ${kind.toUpperCase()} ENs only from ${rule.enSince}, and it printed older ones otherwise`;
  }
  // memberSince is often a bound ("a member by 2003"), not the day the body joined: say only what the sources show.
  if (year < rule.memberSince) {
    return `the sources read show ${rule.body} as a ${kind === 'cenelec' ? 'CENELEC' : 'CEN'} member only from ${rule.memberSince}, after ${en} was published`;
  }
  if (rule.practice === 'iso-first') return `${rule.body} adopts ISO standards directly, and its adoption of another publication of this standard is recorded`;
  return `a recorded national document already carries the designation that ${rule.body}'s rule would give it`;
}

/**
 * The adoption that answers "standard in place": exactly the named publication, or the place's current adoption of
 * the newest edition it adopted. When the newest record is superseded or withdrawn, or presumably replaced (see
 * withheldAdoption), what is in force now is not recorded: an undated id then answers #N/A naming that record, since
 * the analyst asked for the current equivalent; the record itself still answers when its publication is named.
 */
export function findAdoption(catalog: Catalog, standard: ResolvedStandard, place: CompiledJurisdiction): Adoption | HarmonizeError {
  const code = recordPlace(catalog, place);
  if (isHarmonizeError(code)) return code;
  // Every edition's records in the place, newest first: the answer for an undated id, and the hint when missing.
  const inPlace = catalog.adoptionsIn(standard.key, code);
  if (standard.edition)
    return (inPlace.length ? exactRecord(catalog, standard, place, code) : undefined) ?? noAdoption(catalog, standard, place, code, inPlace);
  const { record, withheld, upcoming } = answerAmong(catalog, standard.key, inPlace);
  if (record) return record;
  if (withheld) return noCurrentAdoption(catalog, standard, place, withheld);
  return upcoming ? notYetInForce(standard, place, upcoming) : noAdoption(catalog, standard, place, code, inPlace);
}

/**
 * What a place's records of a standard give an undated id: the newest record in force (a document published but still
 * to take effect is passed over, so GB 18280.1-2015 answers until GB 18280.1-2025 takes effect), or why that record
 * cannot answer (`withheld`), or, when every record is still to take effect, the newest of them (`upcoming`).
 */
export interface PlaceAnswer {
  record?: Adoption;
  withheld?: WithheldAdoption;
  upcoming?: Adoption;
}

export function placeAnswer(catalog: Catalog, key: string, code: string): PlaceAnswer {
  return answerAmong(catalog, key, catalog.adoptionsIn(key, code));
}

/** Most cells of a matrix: no record of the standard in the place. One frozen value, so none is allocated. */
const NO_ANSWER: PlaceAnswer = Object.freeze({});

/** placeAnswer over records already looked up: every record of the standard in the place, newest edition first. */
function answerAmong(catalog: Catalog, key: string, inPlace: readonly Adoption[]): PlaceAnswer {
  const inForce = newestInForce(inPlace);
  if (!inForce) return inPlace.length ? { upcoming: inPlace[0] } : NO_ANSWER;
  const withheld = withholding(catalog, key, inForce);
  return withheld ? { withheld } : { record: inForce };
}

/** A record whose source (or a newer recorded adoption) says it is no longer in force. */
const hasEnded = (a: Pick<Adoption, 'status'>): boolean => a.status === 'superseded' || a.status === 'withdrawn';

/**
 * The place's newest record of a standard when it cannot be the current equivalent: it has ended (superseded or
 * withdrawn), or it adopts an edition that a newer one replaced long enough ago that it is presumably replaced too
 * (`outdatedBy`, see outdatingEdition). An undated id then answers #N/A naming it (see findAdoption).
 */
export interface WithheldAdoption {
  record: Adoption;
  outdatedBy: StandardEdition | null;
  /** An EN that the CEN member had to implement in place of the record (see replacingEn). */
  replacedByEn?: Adoption;
}

/** Why the place's newest record of a standard (`key`) does not answer an undated id, if it does not. */
function withholding(catalog: Catalog, key: string, newest: Adoption): WithheldAdoption | undefined {
  if (hasEnded(newest)) return { record: newest, outdatedBy: null };
  const outdatedBy = outdatingEdition(catalog, key, newest);
  if (outdatedBy) return { record: newest, outdatedBy };
  const en = replacingEn(catalog, key, newest);
  return en ? { record: newest, outdatedBy: null, replacedByEn: en } : undefined;
}

/** Why a withheld record does not answer, in words for an error message: "is superseded", "may be out of date ...". */
export function whyWithheld({ record, outdatedBy, replacedByEn }: WithheldAdoption, code: string): string {
  if (replacedByEn) {
    return (
      `may be out of date: ${code} implements each EN in place of conflicting national standards, and ${replacedByEn.designation} ` +
      `(adopts ${adoptedPublication(replacedByEn)}) came after it`
    );
  }
  if (!outdatedBy) return `is ${record.status}`;
  return `may be out of date: ${outdatedBy.id} replaced the edition it adopts, and no source read says it is still in force in ${code}`;
}

/** The place's adoption of another standard that replaced the record's edition, read from the catalog. */
const replacedInPlace = (catalog: Catalog, record: Adoption): string | null =>
  replacingStandard(
    record,
    (id) => catalog.editions.get(id)?.replacedBy ?? null,
    (key, place) => catalog.adoptionsIn(key, place).length > 0,
  );

/**
 * What replaced a superseded record, in words for a note: the place's answering record of the same standard, or the
 * place's adoption of the standard that replaced its edition ("an adoption of IEC 60445"); null when the record is not
 * superseded or the data does not say what replaced it.
 */
export function supersededBy(catalog: Catalog, record: Adoption): string | null {
  if (record.status !== 'superseded') return null;
  const answer = placeAnswer(catalog, keyOf(record.standard), record.jurisdiction).record;
  if (answer && answer !== record) return answer.designation;
  const replacing = replacedInPlace(catalog, record);
  return replacing ? `an adoption of ${replacing}` : null;
}

/** The place's newer document of the same standard that is published but still to take effect, if there is one. */
export function upcomingSuccessor(catalog: Catalog, record: Adoption): Adoption | null {
  const newest = catalog.adoptionsIn(keyOf(record.standard), record.jurisdiction)[0];
  return newest && newest !== record && newest.status === 'upcoming' && record.status !== 'upcoming' ? newest : null;
}

function noCurrentAdoption(catalog: Catalog, standard: ResolvedStandard, place: CompiledJurisdiction, withheld: WithheldAdoption): HarmonizeError {
  const { record } = withheld;
  const publication = adoptedPublication(record);
  const replacing = record.status === 'superseded' ? replacedInPlace(catalog, record) : null;
  const ended = replacing ? ` by an adoption of ${replacing} (ask for ${replacing})` : ' and what replaced it is not recorded';
  const after = withheld.outdatedBy || withheld.replacedByEn ? '' : record.status === 'superseded' ? ended : ' and no adoption in force is recorded';
  return notAvailable(
    `No current adoption of ${standard.key} recorded in ${place.code}: the newest recorded, ${record.designation} ` +
      `(adopts ${publication}), ${whyWithheld(withheld, place.code)}${after}; ask for ${publication} to get that record`,
  );
}

/** When an upcoming record takes effect, in words: "takes effect on 2029-01-01", or "is not yet in force". */
export const whenInForce = (record: Adoption): string => (record.inForce ? `takes effect on ${record.inForce}` : 'is not yet in force');

function notYetInForce(standard: ResolvedStandard, place: CompiledJurisdiction, record: Adoption): HarmonizeError {
  const publication = adoptedPublication(record);
  return notAvailable(
    `No adoption of ${standard.key} in force in ${place.code} yet: ${record.designation} (adopts ${publication}) is published ` +
      `and ${whenInForce(record)}; ask for ${publication} to get that record`,
  );
}

let lastStandardCell: { catalog: Catalog; input: InputValue; standard: ResolvedStandard | HarmonizeError | null } | undefined;

/**
 * The standard one cell names, why it names none, or null for a blank cell. The last cell read is kept: a range asks
 * one standard across a whole row of places, so most cells of a MATRIX repeat the cell before them.
 */
function cellStandard(catalog: Catalog, input: InputValue): ResolvedStandard | HarmonizeError | null {
  if (lastStandardCell !== undefined && lastStandardCell.input === input && lastStandardCell.catalog === catalog) return lastStandardCell.standard;
  const text = isBlank(input) ? null : readText(input, 'standard');
  const standard = text === null || isHarmonizeError(text) ? text : resolveStandard(catalog, text);
  lastStandardCell = { catalog, input, standard };
  return standard;
}

/** One cell of EQUIVALENT: blank in, blank out; every failure is an error value with its reason. */
export function equivalent(catalog: Catalog, standardInput: InputValue, placeInput: InputValue, field: AdoptionField): CellValue {
  const standard = cellStandard(catalog, standardInput);
  if (standard === null || isBlank(placeInput)) return null;
  if (isHarmonizeError(standard)) return standard;
  const placeText = readText(placeInput, 'jurisdiction');
  if (isHarmonizeError(placeText)) return placeText;
  const place = resolveJurisdiction(catalog, placeText);
  if (isHarmonizeError(place)) return place;
  const adoption = findAdoption(catalog, standard, place);
  if (isHarmonizeError(adoption)) return field === 'fda' && place.code === 'US' ? recognisedEdition(catalog, standard) : adoption;
  return adoptionField(catalog, adoption, field, place);
}

/**
 * The FDA recognises international editions, often with no US national adoption recorded: the named edition's
 * recognitions, or those of the newest edition that has any.
 */
function recognisedEdition(catalog: Catalog, standard: ResolvedStandard): CellValue {
  if (standard.edition) return fdaText(catalog, standard.edition.id);
  const editions = editionsOf(catalog, standard.key);
  const recognised = editions.find((e) => catalog.fdaRecognitions(e.id).length > 0 || catalog.fdaIncorporations(e.id).length > 0);
  return recognised ? fdaText(catalog, recognised.id) : notAvailable(`${standard.key} is not recorded as FDA-recognized`);
}
