import { CatalogueNeeded } from '../catalogue/catalogueNeeded';
import { type CataloguePublication, onIecWebstore } from '../catalogue/iecCatalogue';
import type { Catalog, StandardEdition } from '../dataset/catalog';
import { HarmonizeError, isHarmonizeError, notAvailable } from '../errors';
import { parseStandardId } from '../identifiers/parseStandardId';
import { editionsOf } from '../resolve/knownStandards';
import { namedPublication, namesMoreThanEdition } from '../resolve/resolveMiss';
import { type ResolvedStandard, resolveStandard } from '../resolve/resolveStandard';
import { quoteInput } from '../resolve/suggest';
import { type CellValue, type InputValue, isBlank, readText } from '../values';
import { fieldParser } from './adoptionFields';

export const STANDARD_FIELDS = [
  'id',
  'title',
  'publisher',
  'edition',
  'editions',
  'status',
  'replacedBy',
  'committee',
  'adoptions',
  'source',
  'date',
  'publication',
] as const;
export type StandardField = (typeof STANDARD_FIELDS)[number];
export const parseStandardField = fieldParser(STANDARD_FIELDS, { PUBLISHED: 'date' });

/**
 * Fields the IEC webstore catalogue gives: edition numbers, and publication dates where the dataset's record of the
 * edition has none (it has them for editions whose source gave one, mostly ISO's).
 */
const CATALOGUE_FIELDS = new Set<StandardField>(['date', 'publication']);
/** Fields about the publication named rather than its standard: an unlisted amendment has none of its own. */
const OWN_FIELDS = new Set<StandardField>(['title', 'status', 'replacedBy', 'source', 'date', 'publication']);

/** Fields the webstore also gives for an edition: asked there when the dataset's record of the edition lacks them. */
const FILLABLE_FIELDS = new Set<StandardField>(['title', 'status']);

/**
 * Whether the IEC webstore may fill a field the dataset leaves empty: the webstore lists IEC, ISO/IEC and CISPR
 * publications (ISO/IEC 18045's status is there), never ISO's own.
 */
function catalogueFills(catalog: Catalog, resolved: ResolvedStandard, field: StandardField): boolean {
  if (!FILLABLE_FIELDS.has(field) || !onIecWebstore(resolved.key)) return false;
  const edition = resolved.edition ?? editionsOf(catalog, resolved.key)[0];
  return edition !== undefined && (field === 'title' ? edition.title === null : edition.status === null);
}

/**
 * The IEC webstore publication a STANDARD query is about, when it matters: one named beyond its edition (an
 * amendment, a consolidated version) or a field only the catalogue gives. Null when the dataset answers alone.
 */
function publicationAsked(catalog: Catalog, text: string, resolved: ResolvedStandard, field: StandardField): CataloguePublication | null | CatalogueNeeded {
  if (resolved.publication) return resolved.publication;
  const parsed = parseStandardId(text);
  const beyondEdition = namesMoreThanEdition(text, parsed);
  if (!beyondEdition && !CATALOGUE_FIELDS.has(field) && !catalogueFills(catalog, resolved, field)) return null;
  // A date the dataset records answers without the catalogue, so the answer is the same before and after it loads.
  if (!beyondEdition && field === 'date' && (resolved.edition ?? editionsOf(catalog, resolved.key)[0])?.published) return null;
  const iec = catalog.catalogue?.iec;
  if (!iec) return new CatalogueNeeded(`STANDARD '${quoteInput(text)}', ${field}`);
  if (beyondEdition) return namedPublication(iec, text, parsed) ?? null;
  const edition = resolved.edition ?? editionsOf(catalog, resolved.key)[0];
  return edition ? (iec.editionPublication(resolved.key, edition.year) ?? null) : null;
}

/** A publication that is no numbered standard (a white paper), which only the catalogue can describe. */
function unnumberedPublication(catalog: Catalog, text: string): CataloguePublication | undefined {
  const iec = catalog.catalogue?.iec;
  const p = iec && namedPublication(iec, text, parseStandardId(text));
  return p && !p.key ? p : undefined;
}

/** STANDARD: what is known about a standard; the named publication or edition, or its newest recorded edition. */
export function standardInfo(catalog: Catalog, input: InputValue, field: StandardField): CellValue {
  if (isBlank(input)) return null;
  const text = readText(input, 'query');
  if (isHarmonizeError(text)) return text;
  const resolved = resolveStandard(catalog, text);
  if (isHarmonizeError(resolved)) {
    const unnumbered = unnumberedPublication(catalog, text);
    return unnumbered ? publicationField(catalog, unnumbered, undefined, field) : resolved;
  }
  const publication = publicationAsked(catalog, text, resolved, field);
  if (isHarmonizeError(publication)) return publication;
  const edition = resolved.edition ?? editionsOf(catalog, resolved.key)[0];
  if (publication) return publicationField(catalog, publication, edition, field, resolved.key);
  if (!edition) return notAvailable(`No edition recorded for ${resolved.key}`);
  if (OWN_FIELDS.has(field) && namesMoreThanEdition(text, parseStandardId(text))) {
    return notAvailable(`No ${field} recorded for '${quoteInput(text)}': the IEC webstore does not list it (its edition is ${edition.id})`);
  }
  return editionField(catalog, resolved, edition, field);
}

function editionField(catalog: Catalog, resolved: ResolvedStandard, edition: StandardEdition, field: StandardField): CellValue {
  const missing = (what: string): HarmonizeError => notAvailable(`No ${what} recorded for ${edition.id}`);
  switch (field) {
    case 'id':
      return resolved.edition ? resolved.edition.id : resolved.key;
    case 'title':
      return edition.title ?? missing('title');
    case 'publisher':
      return edition.publisher;
    case 'edition':
      return edition.id;
    case 'editions':
      return editionsOf(catalog, resolved.key)
        .map((e) => e.id)
        .join(', ');
    case 'status':
      return edition.status ?? missing('status');
    case 'replacedBy':
      return edition.replacedBy ?? (edition.status === 'withdrawn' || edition.status === 'superseded' ? missing('successor') : '');
    case 'committee':
      return edition.committee ?? missing('committee');
    case 'adoptions':
      return new Set(catalog.adoptionsOf(resolved.key).map((a) => a.jurisdiction)).size;
    case 'source':
      return edition.source;
    case 'date':
      return edition.published ?? missing('publication date');
    case 'publication':
      return `edition of ${resolved.key}`;
  }
}

/** The same fields for an IEC webstore publication: its own title, date and status, and the edition it names. */
function publicationField(catalog: Catalog, p: CataloguePublication, edition: StandardEdition | undefined, field: StandardField, key = p.key): CellValue {
  const iec = catalog.catalogue!.iec;
  const missing = (what: string): HarmonizeError => notAvailable(`No ${what} recorded for ${p.id}`);
  switch (field) {
    case 'id':
      return p.id;
    case 'title':
      return p.title ?? missing('title');
    case 'publisher':
      return (key ?? p.id).split(' ')[0];
    case 'edition':
      return edition?.id ?? missing('edition');
    case 'editions':
      return key
        ? editionsOf(catalog, key)
            .map((e) => e.id)
            .join(', ')
        : missing('edition');
    case 'status':
      return p.status;
    case 'replacedBy':
      return iec.successorOf(p) ?? (p.status === 'superseded' ? missing('successor') : '');
    case 'committee':
      return edition?.committee ?? missing('committee');
    case 'adoptions':
      return key ? new Set(catalog.adoptionsOf(key).map((a) => a.jurisdiction)).size : 0;
    case 'source':
      return p.page;
    case 'date':
      return p.date ?? missing('publication date');
    case 'publication':
      return iec.describe(p);
  }
}
