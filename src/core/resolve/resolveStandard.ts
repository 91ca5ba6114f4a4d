import type { CataloguePublication } from '../catalogue/iecCatalogue';
import type { Adoption, Catalog, StandardEdition } from '../dataset/catalog';
import { isUndatedDesignation } from '../dataset/adoptionOrder';
import { adoptedPublication } from '../dataset/adoptedPublication';
import { recordsOfDesignation, unrecordedDesignationMessage } from '../dataset/designationLookup';
import { type HarmonizeError, notAvailable } from '../errors';
import { quoteInput } from './suggest';
import { carryingNumbers, enAmendmentsOf, printedAmendments, splitAmendedEn } from '../identifiers/enAmendments';
import { parseStandardId, splitEditionId } from '../identifiers/parseStandardId';
import { boundedMemo } from '../memo';
import { pickKey } from './knownStandards';
import { draftReference } from './draftStage';
import { resolveEditionNumber } from './resolveEditionNumber';
import { severalStandards } from './severalStandards';
import { resolveMiss } from './resolveMiss';

/** A standard as the user named it: always the standard (key), and the edition when one was named. */
export interface ResolvedStandard {
  key: string;
  edition: StandardEdition | null;
  /** Set when the input was a national or regional designation ("EN 60601-1:2006"). */
  viaDesignation: Adoption | null;
  amendments: string[];
  /** An EN's own amendments the input named ("A11:2021"), which only a record printing them answers. */
  enAmendments?: readonly string[];
  /** The IEC webstore publication named, when only the catalogue knew it ("CISPR 10:1981/AMD1:1983"). */
  publication?: CataloguePublication;
}

export type StandardResolution = ResolvedStandard | HarmonizeError;

const resolversByCatalog = new WeakMap<Catalog, (input: string) => StandardResolution>();

/** The ISO or IEC amendments a publication id names after its edition: "IEC 60601-1:2005+AMD1:2012" -> ["AMD1:2012"]. */
const amendmentsIn = (publication: string): string[] => publication.split('+').slice(1);

/**
 * A recorded national or regional designation: the edition its record adopts, with the ISO or IEC amendments the
 * record says it takes in ("BS EN 60601-1:2006+A2:2021" is IEC 60601-1:2005+AMD1:2012+AMD2:2020, so another place
 * answers its adoption of that text, not of the 2005 text alone), and the EN amendments the designation prints.
 */
function fromDesignation(catalog: Catalog, input: string): ResolvedStandard | null {
  // Only a designation recorded as typed: one typed loosely ("DIN EN 60601-1:2006", "BS EN ISO 14001") reads
  // better as the EN or international id it prints, dated or not.
  const match = recordsOfDesignation(catalog, input, { loose: false }).records[0];
  return match ? fromRecord(catalog, match) : null;
}

function fromRecord(catalog: Catalog, match: Adoption): ResolvedStandard | null {
  const split = splitEditionId(match.standard);
  if (!split) return null;
  const printed = splitAmendedEn(match.designation)?.amendments;
  return {
    key: split.key,
    edition: catalog.editions.get(match.standard) ?? null,
    viaDesignation: match,
    amendments: amendmentsIn(adoptedPublication(match)),
    ...(printed ? { enAmendments: printed } : {}),
  };
}

/**
 * An EN with amendments that no record prints as such ("EN ISO 13485:2016/A11:2021", "EN 60601-1:2006+A2:2021"):
 * the recorded EN's standard and edition, with the EN's amendments. Europe's own (A11 on) add no ISO or IEC text;
 * which ISO or IEC amendments an A1 or A2 carries is taken from a record that prints the same such amendments, no
 * more, and says what it adopts; with no such record, none is assumed.
 */
function fromAmendedEn(catalog: Catalog, input: string): ResolvedStandard | null {
  const split = splitAmendedEn(input);
  const base = split && fromDesignation(catalog, split.base);
  if (!split || !base?.edition) return null;
  const { amendments } = split;
  const edition = base.edition.id;
  const carrying = carryingNumbers(amendments);
  const printing = carrying
    ? catalog.adoptionsOf(base.key).find((a) => a.standard === edition && a.adopts && carryingNumbers(printedAmendments(a)) === carrying)
    : undefined;
  return { ...base, amendments: printing ? amendmentsIn(adoptedPublication(printing)) : [], enAmendments: amendments };
}

/** "AMD2:2020" -> 2. */
const amendmentNumber = (amendment: string): number => Number(/^AMD(\d+)/.exec(amendment)?.[1] ?? 0);

/**
 * The amendments an id names, completed with the earlier ones it presupposes: IEC and ISO write amendment 2 against
 * the text with amendment 1, so "IEC 60601-1:2005/AMD2:2020" is the text a record adopting
 * IEC 60601-1:2005+AMD1:2012+AMD2:2020 carries. The earlier amendments are taken from such a record, never guessed;
 * without one, the id keeps what it named.
 */
function withEarlierAmendments(catalog: Catalog, key: string, edition: string, amendments: string[]): string[] {
  const named = amendments.filter((a) => a.startsWith('AMD'));
  if (named.length === 0 || amendmentNumber(named[0]) === 1) return amendments;
  const suffix = `+${named.join('+')}`;
  const record = catalog.adoptionsOf(key).find((a) => a.standard === edition && a.adopts?.endsWith(suffix) && amendmentNumber(amendmentsIn(a.adopts)[0]) === 1);
  return record ? [...amendmentsIn(adoptedPublication(record)), ...amendments.filter((a) => !a.startsWith('AMD'))] : amendments;
}

/**
 * A national designation typed loosely that no other reading knows ("JIS Q 9001", "GB/T 19001" without the year the
 * body prints, "DIN EN ISO 13485:2021" for DIN's 2021-12 print): undated, it names the standard, so that each place
 * answers its newest adoption as for an undated international id; dated, the edition of the print its year fits.
 * Before, "JIS Q 9001" was answered as a JIS with no recorded correspondence.
 */
function fromLooseDesignation(catalog: Catalog, input: string): StandardResolution | null {
  const match = recordsOfDesignation(catalog, input);
  const newest = match.records[0];
  // A year no recorded print has ("GB/T 19001-2000"): say which are recorded rather than "Unknown standard".
  if (!newest) return match.otherYears.length > 0 ? notAvailable(unrecordedDesignationMessage(quoteInput(input), match)) : null;
  if (!isUndatedDesignation(input)) return fromRecord(catalog, newest);
  const split = splitEditionId(newest.standard);
  return split ? { key: split.key, edition: null, viaDesignation: null, amendments: [] } : null;
}

/**
 * The dataset's answer: a recorded designation, then the standard and edition, then a designation typed loosely. A
 * draft's reference, or a cell naming several standards, answers why it names no one standard. A miss goes to the
 * publication catalogues, which answer only what the dataset does not know, so that an answer never depends on
 * whether they happen to be loaded.
 */
function resolveUncached(catalog: Catalog, input: string): StandardResolution {
  const notOne = draftReference(input) ?? severalStandards(input);
  if (notOne) return notOne;
  const parsed = parseStandardId(input);
  const miss = (why: Parameters<typeof resolveMiss>[3]): StandardResolution =>
    (!parsed || parsed.adoptionPrefix ? fromLooseDesignation(catalog, input) : null) ?? resolveMiss(catalog, input, parsed, why);
  // A regional or national designation can name a different year than the edition it adopts
  // (EN ISO 10993-1:2020 adopts ISO 10993-1:2018), so the recorded designation is trusted first.
  if (!parsed || parsed.adoptionPrefix) {
    const viaDesignation = fromDesignation(catalog, input) ?? fromAmendedEn(catalog, input);
    if (viaDesignation) return viaDesignation;
  }
  if (!parsed) return miss({ kind: 'standard' });
  if (parsed.editionNumber) return resolveEditionNumber(catalog, input, parsed);
  const candidates = catalog.keysByNumber.get(parsed.number) ?? [];
  const key = pickKey(parsed.key, (k) => catalog.editionsByKey.has(k), candidates, parsed.publisher);
  if (!key) {
    return miss(candidates.length > 1 ? { kind: 'ambiguous', candidates } : { kind: 'standard' });
  }
  if (parsed.year === null) return { key, edition: null, viaDesignation: null, amendments: parsed.amendments, ...enAmendmentsOf(parsed) };
  const edition = catalog.edition(key, parsed.year);
  if (!edition) return miss({ kind: 'edition', key, year: parsed.year });
  const amendments = withEarlierAmendments(catalog, key, edition.id, parsed.amendments);
  return { key, edition, viaDesignation: null, amendments, ...enAmendmentsOf(parsed) };
}

/** Resolves any spelling of a standard to its canonical key and, if named, its edition. Memoised per catalog. */
export function resolveStandard(catalog: Catalog, input: string): StandardResolution {
  let resolve = resolversByCatalog.get(catalog);
  if (!resolve) {
    resolve = boundedMemo((text: string) => resolveUncached(catalog, text));
    resolversByCatalog.set(catalog, resolve);
  }
  return resolve(input);
}
