import { CatalogueNeeded } from '../catalogue/catalogueNeeded';
import { type CataloguePublication, type IecCatalogue, onIecWebstore, publicationLookupKey } from '../catalogue/iecCatalogue';
import { type JisEntry, describeJis } from '../catalogue/jisCatalogue';
import type { Catalog } from '../dataset/catalog';
import { type HarmonizeError, notAvailable } from '../errors';
import type { ParsedStandardId } from '../identifiers/parseStandardId';
import { editionOf, pickKey } from './knownStandards';
import { enAmendmentsOf } from '../identifiers/enAmendments';
import { citedEnHint, describeCitations } from '../dataset/europeanCitations';
import type { StandardResolution } from './resolveStandard';
import { closestMatches, quoteInput } from './suggest';

/** What the dataset could not resolve: no such standard, a number several standards share, or an edition. */
export type DatasetMiss = { kind: 'standard' } | { kind: 'ambiguous'; candidates: readonly string[] } | { kind: 'edition'; key: string; year: number };

/** What the IEC webstore lists without a standard number ("IEC White Paper ...") still starts with its publisher. */
const IEC_PUBLICATION = /^\s*(?:IEC|ISO|CISPR)\b/i;
/** How a JIS is written, with or without "JIS" before a technical report's TR or TS. */
export const JIS_LIKE = /^\s*(?:JIS\s*(?:T[RS]\s*)?|T[RS]\s+)[A-Z]\s*\d/i;
const PRODUCT = /\b(CSV|RLV|CMV|EXV-CMV|EXV-RLV|EXV|SER|DB)\s*$/i;
const PARTLY_CATALOGUED = ' (ISO standards are only partly catalogued: those with recorded adoptions and those the IEC webstore lists)';

/** ISO's own catalogue is not bundled: an ISO id no one knows may still exist, and the message says so. */
const isoHint = (publisher: string | null): string => (publisher?.startsWith('ISO') && !onIecWebstore(publisher) ? PARTLY_CATALOGUED : '');

/** Interpretation sheets and fragments, which the identifier parser does not read as amendments. */
const SHEET = /\b(?:ISH|FRAG)\s*\d/i;

/** True when the text names more than an edition: an amendment, a corrigendum, a consolidated or redline version. */
export function namesMoreThanEdition(input: string, parsed: ParsedStandardId | null): boolean {
  return Boolean(parsed && (parsed.amendments.length > 0 || PRODUCT.test(input) || SHEET.test(input)));
}

/**
 * The IEC webstore publication a text names: exactly as the webstore writes it, or as people write amendments and
 * consolidations ("IEC 60601-1:2005+A1:2012" is the consolidated version, "IEC 60601-1:2005/Amd 1:2012" the
 * amendment). Ids the identifier parser reads in full are looked up in their canonical spelling; the rest
 * (interpretation sheets, white papers, handbooks) by their text with case and spacing folded.
 */
export function namedPublication(iec: IecCatalogue, input: string, parsed: ParsedStandardId | null): CataloguePublication | undefined {
  if (!parsed?.publisher || SHEET.test(input)) return iec.publication(input);
  if (parsed.year === null) {
    // An undated id names a publication only when the webstore lists one without a year ("IEC 60417-C00535").
    const bare = publicationLookupKey(input) === publicationLookupKey(parsed.key);
    return bare ? iec.publicationOf(parsed.key, '') : iec.publication(input);
  }
  const product = PRODUCT.exec(input)?.[1].toUpperCase();
  const year = `:${parsed.year}`;
  const changes = parsed.amendments;
  if (changes.length === 0) return iec.publicationOf(parsed.key, product ? `${year} ${product}` : year);
  const consolidated = `${year}+${changes.join('+')} ${product ?? 'CSV'}`;
  const amendment = `${year}/${changes.join('/')}`;
  const order = input.includes('+') ? [consolidated, amendment] : [amendment, consolidated];
  return order.map((suffix) => iec.publicationOf(parsed.key, suffix)).find(Boolean);
}

/**
 * A JIS the JSA lists but no record pairs with an ISO/IEC standard. A JIS whose number or title matches one is
 * only a lead to check in a source that states the correspondence, never an answer.
 */
export function jisWithoutCorrespondence(jis: JisEntry): HarmonizeError {
  return notAvailable(`${describeJis(jis)}; no correspondence to an ISO/IEC standard is recorded`);
}

export function unknownStandard(catalog: Catalog, input: string, parsed: ParsedStandardId | null): HarmonizeError {
  const cited = catalog.unlinkedCitations.ofDesignation(input);
  if (cited.length) {
    return notAvailable(
      `'${quoteInput(input)}' is a European Standard that no recorded source links to an ISO or IEC edition, and ` +
        `Harmonize maps ISO and IEC standards; the Official Journal cites ${describeCitations(cited)}`,
    );
  }
  const keys = parsed ? [...catalog.editionsByKey.keys(), ...(catalog.catalogue?.iec.keysNear(parsed.number) ?? [])] : [];
  // Among equally close ids, the standards with recorded adoptions are the likelier meaning.
  const recorded = new Set(catalog.editionsByKey.keys());
  // A part padded with a zero, as sorted lists write it ("ISO 10993-01"), means the part without it when only that exists.
  const unpadded = parsed?.key.replace(/-0+(?=\d)/g, '-');
  const padded = unpadded && unpadded !== parsed?.key && (recorded.has(unpadded) || catalog.catalogue?.iec.byKey.has(unpadded)) ? [unpadded] : [];
  const suggestions = padded.length ? padded : parsed ? closestMatches(parsed.key, keys, 1, recorded) : [];
  const hint = suggestions.length ? ` - did you mean ${suggestions[0]}?` : '';
  return notAvailable(
    `Unknown standard '${quoteInput(input)}'${hint}${isoHint(parsed?.publisher ?? null)}${citedEnHint(catalog.unlinkedCitations, parsed?.key)}`,
  );
}

function unknownEdition(catalog: Catalog, key: string, year: number, publisher: string | null): HarmonizeError {
  const years = new Set([...(catalog.editionsByKey.get(key) ?? []), ...(catalog.catalogue?.iec.editionsOf(key) ?? [])].map((e) => e.year));
  const known = [...years].sort((a, b) => b - a).join(', ');
  return notAvailable(`Unknown edition ${key}:${year} - recorded editions of ${key}: ${known}${isoHint(publisher)}`);
}

/**
 * The consolidated version an IEC standard's year names when no edition has that year: "IEC 60601-1:2012", as
 * regulators and labs cite it, is IEC's edition 3.1, IEC 60601-1:2005+AMD1:2012 CSV, the one consolidation dated 2012.
 * Two consolidations of one year, or amendments typed after the year, name nothing for certain.
 */
export function consolidationOfYear(catalog: Catalog, key: string, year: number, parsed: ParsedStandardId): CataloguePublication | undefined {
  if (parsed.amendments.length || parsed.enAmendments.length || !catalog.catalogue) return undefined;
  const dated = (catalog.catalogue.iec.byKey.get(key) ?? []).filter((p) => / CSV$/.test(p.suffix) && p.date?.startsWith(`${year}-`));
  return dated.length === 1 ? dated[0] : undefined;
}

function resolvedEdition(catalog: Catalog, key: string, year: number, parsed: ParsedStandardId): StandardResolution {
  const edition = editionOf(catalog, key, year);
  if (!edition) {
    const consolidation = consolidationOfYear(catalog, key, year, parsed);
    return consolidation ? fromPublication(catalog, catalog.catalogue!.iec, consolidation) : unknownEdition(catalog, key, year, parsed.publisher);
  }
  return { key, edition, viaDesignation: null, amendments: parsed.amendments, ...enAmendmentsOf(parsed) };
}

/** A webstore publication as a resolved standard: its standard and edition, and the publication itself. */
export function fromPublication(catalog: Catalog, iec: IecCatalogue, p: CataloguePublication): StandardResolution {
  if (!p.key) return notAvailable(`'${p.id}'${p.title ? ` (${p.title})` : ''} is listed by the IEC webstore but is not a numbered standard`);
  const parts = iec.partsOf(p);
  const edition = parts.year === null ? null : (editionOf(catalog, p.key, parts.year) ?? null);
  if (parts.kind === 'edition' && edition) return { key: p.key, edition, viaDesignation: null, amendments: [] };
  return { key: p.key, edition, viaDesignation: null, amendments: [...parts.consolidates, ...parts.changes], publication: p };
}

/**
 * What the publication catalogues say about a text the dataset could not resolve. Without them (they load
 * lazily) the answer is a typed CatalogueNeeded for anything they might list; with them, the standard, edition or
 * publication they list, or a precise #N/A: a JIS without a recorded correspondence, or an id no catalogue knows.
 */
export function resolveMiss(catalog: Catalog, input: string, parsed: ParsedStandardId | null, miss: DatasetMiss): StandardResolution {
  if (!parsed && !JIS_LIKE.test(input) && !IEC_PUBLICATION.test(input)) return unknownStandard(catalog, input, null);
  const catalogue = catalog.catalogue;
  if (!catalogue) return new CatalogueNeeded(`'${quoteInput(input)}' is not in the bundled dataset`);
  const publication = namedPublication(catalogue.iec, input, parsed);
  if (publication) return fromPublication(catalog, catalogue.iec, publication);
  if (!parsed) {
    const jis = JIS_LIKE.test(input) ? catalogue.jis.find(input) : undefined;
    return jis ? jisWithoutCorrespondence(jis) : unknownStandard(catalog, input, null);
  }
  if (miss.kind === 'edition') return resolvedEdition(catalog, miss.key, miss.year, parsed);
  const iec = catalogue.iec;
  const hasEditions = (key: string): boolean => iec.editionsOf(key).length > 0;
  // A number the dataset gives to several standards is resolved only by the exact key, never by a guess.
  const candidates = miss.kind === 'ambiguous' ? [] : (iec.keysByNumber.get(parsed.number) ?? []).filter(hasEditions);
  const key = pickKey(parsed.key, hasEditions, candidates, parsed.publisher);
  if (!key && miss.kind === 'ambiguous') {
    return notAvailable(`Ambiguous standard '${quoteInput(input)}' - name the publisher: ${miss.candidates.join(', ')}`);
  }
  if (!key) return unknownStandard(catalog, input, parsed);
  if (parsed.year === null) return { key, edition: null, viaDesignation: null, amendments: parsed.amendments, ...enAmendmentsOf(parsed) };
  return resolvedEdition(catalog, key, parsed.year, parsed);
}
