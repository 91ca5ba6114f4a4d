import type { Adoption, Catalog } from '../dataset/catalog';
import type { CompiledJurisdiction } from '../dataset/types';
import { type HarmonizeError, invalidValue, isHarmonizeError, notAvailable } from '../errors';
import type { ResolvedStandard } from '../resolve/resolveStandard';
import { resolveJurisdiction } from '../resolve/resolveJurisdiction';
import { type CellValue, type Grid, type InputValue, isBlank, readText } from '../values';
import { findAdoption, placeAnswer, recordPlace, whenInForce, whyWithheld } from './equivalent';
import { type GapKind, GAP_RANK, gapMatches } from './gapKinds';
import { type GapScope, readGapScope } from './gapScope';
import { adoptedPublication } from '../dataset/adoptedPublication';
import { keyOf } from '../dataset/adoptionOrder';

/** One standard on which two places differ: each side's answering adoption (or none) and the kind of difference. */
export interface Gap {
  standard: string;
  a: Adoption | null;
  b: Adoption | null;
  kind: GapKind;
  /** The gap column's text: "harmonised in the EU: no adoption recorded in US", "IDT vs MOD", ... */
  description: string;
}

/** A place and the code its records are kept under (CEN and the EEA answer with the EU's ENs). */
interface Side {
  place: CompiledJurisdiction;
  code: string;
}

/** Where an EU harmonised standard gives presumption of conformity: the EU (and CEN, answering with its ENs) and the EEA's members. */
const inEuMarket = (side: Side): boolean => side.code === 'EU' || side.place.blocs.includes('EU') || side.place.blocs.includes('EEA');

/** The EN cited in the Official Journal for any edition of the standard, newest edition first. */
function harmonisedEn(catalog: Catalog, key: string): string | null {
  for (const edition of catalog.editionsByKey.get(key) ?? []) {
    const citation = catalog.harmonisedCitations(edition.id)[0];
    if (citation) return citation.designation;
  }
  return null;
}

const answering = (catalog: Catalog, standard: ResolvedStandard, side: Side): Adoption | null => {
  const found = findAdoption(catalog, standard, side.place);
  return isHarmonizeError(found) ? null : found;
};

/**
 * Why a place has no answer: nothing recorded, a check that found no adoption (a catalogue search or the body's word), or (for an undated
 * standard) only an adoption that has since been superseded or withdrawn, is presumably replaced, or is not yet in force.
 */
function missingIn(catalog: Catalog, standard: ResolvedStandard, code: string): string {
  const { withheld, upcoming } = standard.edition ? {} : placeAnswer(catalog, standard.key, code);
  if (withheld) return `no current adoption recorded in ${code} (${withheld.record.designation} ${whyWithheld(withheld, code)})`;
  if (upcoming) return `no adoption in force in ${code} yet (${upcoming.designation} ${whenInForce(upcoming)})`;
  const searched = catalog.absence(standard.key, code);
  return searched ? `no adoption found in ${code} (checked ${searched.read})` : `no adoption recorded in ${code}`;
}

/**
 * How two places differ on one standard, or null when they do not (neither adopts it, or both adopt the same
 * publication with no recorded difference of degree: an unknown degree is not a difference).
 */
function gapOf(catalog: Catalog, standard: ResolvedStandard, sideA: Side, sideB: Side): Gap | null {
  const [a, b] = [answering(catalog, standard, sideA), answering(catalog, standard, sideB)];
  const base = { standard: standard.edition?.id ?? standard.key, a, b };
  if (!a && !b) return null;
  if (!a || !b) {
    const [has, lacks] = a ? [sideA, sideB] : [sideB, sideA];
    const en = inEuMarket(has) ? harmonisedEn(catalog, standard.key) : null;
    const none = missingIn(catalog, standard, lacks.place.code);
    if (en) return { ...base, kind: 'harmonised', description: `harmonised in the EU (${en}): ${none}` };
    return { ...base, kind: a ? 'a-only' : 'b-only', description: `${has.place.code} only: ${none}` };
  }
  if (adoptedPublication(a) !== adoptedPublication(b)) {
    const description = `different editions: ${adoptedPublication(a)} vs ${adoptedPublication(b)}`;
    return { ...base, kind: 'edition', description: description + amendmentsUnknown(catalog, a, b) };
  }
  if (a.correspondence && b.correspondence && a.correspondence !== b.correspondence) {
    return { ...base, kind: 'degree', description: `${a.correspondence} vs ${b.correspondence}` };
  }
  return null;
}

/**
 * A record derived from a base EN ("DIN EN 62304", from EN 62304:2006) says nothing of the EN's later amendments,
 * which every member publishes too; so where the other side adopts the same edition with amendments, the gap may
 * only be the data's. Said, with a member's print that shows the EN carries them ("BS EN 62304:2006+A1:2015"), or
 * the EU's record of the amended EN where no print does.
 */
function amendmentsUnknown(catalog: Catalog, a: Adoption, b: Adoption): string {
  const [derived, amended] = a.provenance === 'derived' && !a.adopts ? [a, b] : b.provenance === 'derived' && !b.adopts ? [b, a] : [];
  if (!derived || !amended?.adopts || amended.standard !== derived.standard) return '';
  const publication = adoptedPublication(amended);
  // A member's print shows it best; else the EU's own record of the EN amended so far or further (EN
  // 60601-1-3:2008+A1:2013+A2:2021 shows the EN carries IEC's AMD1).
  const cited = catalog.adoptionsOf(keyOf(derived.standard)).filter((r) => r.provenance === 'cited');
  const carries = (r: Adoption): boolean => {
    const text = adoptedPublication(r);
    return text === publication || text.startsWith(`${publication}+`);
  };
  const print =
    cited.find((r) => r.en && r.jurisdiction !== 'EU' && adoptedPublication(r) === publication) ?? cited.find((r) => r.jurisdiction === 'EU' && carries(r));
  return (
    `; ${derived.jurisdiction}’s record is derived from ${derived.en}, which does not say whether its national print includes the amendments` +
    (print ? ` (${print.designation} in ${print.jurisdiction} shows the EN carries them)` : '')
  );
}

/** "ISO 9001" before "ISO 13485": numbers within ids compare as numbers. */
function naturalCompare(x: string, y: string): number {
  return x.localeCompare(y, 'en', { numeric: true });
}

/** A not-equivalent text differs more than a modified one, so NEQ pairs come before MOD pairs. */
const degreeRank = (g: Gap): number => (g.kind === 'degree' && (g.a?.correspondence === 'NEQ' || g.b?.correspondence === 'NEQ') ? 0 : 1);

/** Most material first (see GAP_KINDS), then standards in natural order. */
export function byMateriality(x: Gap, y: Gap): number {
  return GAP_RANK[x.kind] - GAP_RANK[y.kind] || degreeRank(x) - degreeRank(y) || naturalCompare(x.standard, y.standard);
}

/** Every gap between two places over a scope of standards, most material first. */
export function gapsBetween(catalog: Catalog, sideA: Side, sideB: Side, scope: GapScope): Gap[] {
  return scope.standards
    .map((s) => gapOf(catalog, s, sideA, sideB))
    .filter((g): g is Gap => g !== null)
    .sort(byMateriality);
}

function readSide(catalog: Catalog, input: InputValue, argument: string): Side | HarmonizeError {
  const text = readText(input, argument);
  if (isHarmonizeError(text)) return text;
  const place = resolveJurisdiction(catalog, text);
  if (isHarmonizeError(place)) return place;
  // A bloc without regional standards of its own has nothing to compare, as EQUIVALENT says; its members do.
  const code = recordPlace(catalog, place);
  if (!isHarmonizeError(code)) return { place, code };
  const members = place.members?.length
    ? `compare two of its members (${place.members.slice(0, 8).join(', ')}${place.members.length > 8 ? ', ...' : ''})`
    : 'compare one of its members';
  return notAvailable(
    `${place.code} (${place.name}) is a group of jurisdictions without recorded regional standards; ${members}, or EU for European Standards`,
  );
}

const adoptedBy = (g: Gap): 'a' | 'b' | 'both' => (g.a && g.b ? 'both' : g.a ? 'a' : 'b');

/** Why the table is empty, naming what was compared. */
function noGaps(catalog: Catalog, a: Side, b: Side, scope: GapScope, found: number): HarmonizeError {
  const pair = `${a.place.code} and ${b.place.code}`;
  if (found > 0) return notAvailable(`None of the ${found} gaps between ${pair} in ${scope.label} is of the kind asked for`);
  const adopted = scope.standards.some((s) => answering(catalog, s, a) || answering(catalog, s, b));
  if (!adopted) return notAvailable(`Neither ${a.place.code} nor ${b.place.code} has a recorded adoption of ${scope.label}`);
  return notAvailable(
    `No gaps between ${pair} in ${scope.label}: what either adopts, both adopt in the same publication, with no recorded difference of degree`,
  );
}

/** The gaps between two places, as GAPS computes them, with the places compared (for headers and labels). */
export interface GapComparison {
  a: CompiledJurisdiction;
  b: CompiledJurisdiction;
  gaps: Gap[];
}

/**
 * GAPS's answer before it becomes a table: the gaps of the kinds asked for, most material first, or the error that
 * says why there are none. Blank in, blank out: a blank jurisdiction gives null.
 */
export function findGaps(
  catalog: Catalog,
  aInput: InputValue,
  bInput: InputValue,
  scopeInput: Grid<InputValue>,
  kinds: ReadonlySet<GapKind>,
): GapComparison | HarmonizeError | null {
  if (isBlank(aInput) || isBlank(bInput)) return null;
  const a = readSide(catalog, aInput, 'jurisdiction_a');
  if (isHarmonizeError(a)) return a;
  const b = readSide(catalog, bInput, 'jurisdiction_b');
  if (isHarmonizeError(b)) return b;
  if (a.code === b.code) {
    const same = a.place.code === b.place.code ? `both ${a.place.code}` : `${a.place.code} and ${b.place.code}, which both answer with ${a.code} records`;
    return invalidValue(`jurisdiction_a and jurisdiction_b are ${same}; give two jurisdictions`);
  }
  const scope = readGapScope(catalog, scopeInput, [a.code, b.code]);
  if (isHarmonizeError(scope)) return scope;
  const all = gapsBetween(catalog, a, b, scope);
  const gaps = all.filter((g) => gapMatches(kinds, g.kind, adoptedBy(g)));
  return gaps.length ? { a: a.place, b: b.place, gaps } : noGaps(catalog, a, b, scope, all.length);
}

/** GAPS: one row per standard on which two places differ, with each side's designation and degree and the gap. */
export function gapsTable(
  catalog: Catalog,
  aInput: InputValue,
  bInput: InputValue,
  scopeInput: Grid<InputValue>,
  kinds: ReadonlySet<GapKind>,
): Grid<CellValue> | HarmonizeError {
  const found = findGaps(catalog, aInput, bInput, scopeInput, kinds);
  if (found === null) return [[null]];
  if (isHarmonizeError(found)) return found;
  const [ca, cb] = [found.a.code, found.b.code];
  const header: CellValue[] = ['standard', `${ca} designation`, `${ca} degree`, `${cb} designation`, `${cb} degree`, 'gap'];
  const degree = (x: Adoption | null): CellValue => (x ? (x.correspondence ?? 'unknown') : null);
  return [header, ...found.gaps.map((g) => [g.standard, g.a?.designation ?? null, degree(g.a), g.b?.designation ?? null, degree(g.b), g.description])];
}
