import type { CatalogueIndex } from '../catalogue/catalogueIndex';
import type { Catalog } from '../dataset/catalog';
import { recordsOfDesignation } from '../dataset/designationLookup';
import { actsByEn } from '../dataset/europeanCitations';
import type { CompiledDataset } from '../dataset/types';
import { splitAmendedEn } from '../identifiers/enAmendments';
import { editionNumberPublication } from '../resolve/resolveEditionNumber';
import { consolidationOfYear, namedPublication } from '../resolve/resolveMiss';
import { parseStandardId } from '../identifiers/parseStandardId';
import { designationKey } from '../text';
import { SearchIndex, compareHits, type SearchDocument, type SearchHit } from './searchIndex';
import { adoptionDocument, placeAnswerHit } from './placeAnswer';

/** The documents a catalog offers to search: each standard, each jurisdiction, each cited designation. */
export function searchDocuments(catalog: Catalog): SearchDocument[] {
  const docs: SearchDocument[] = [];
  // A core standard is also found by its family's name: "AI management" found home-electronics standards that
  // print "AI" and not ISO/IEC 42001, whose title says "Artificial intelligence".
  const familyOf = new Map<string, string[]>();
  for (const family of catalog.dataset.families ?? []) for (const key of family.standards) familyOf.set(key, [...(familyOf.get(key) ?? []), family.name]);
  for (const [key, editions] of catalog.editionsByKey) {
    const latest = editions[0];
    docs.push({
      kind: 'standard',
      id: key,
      label: latest.title ?? key,
      standard: key,
      text: `${latest.title ?? ''} ${editions.map((e) => e.year).join(' ')} ${latest.committee ?? ''} ${(familyOf.get(key) ?? []).join(' ')}`,
    });
  }
  for (const j of catalog.jurisdictions.values()) {
    // Every name JURISDICTION accepts (endonyms, the six UN languages) finds the place in the search too.
    docs.push({ kind: 'jurisdiction', id: j.code, label: j.name, jurisdiction: j.code, text: `${j.name} ${j.alpha3 ?? ''} ${j.aliases.join(' ')}` });
  }
  // Derived designations repeat an EN with a national prefix: in the word index they add noise, not findability.
  // A derived designation typed in full is found by designationHits.
  for (const a of catalog.adoptions) {
    if (a.provenance !== 'derived') docs.push(adoptionDocument(a));
  }
  return docs;
}

/**
 * What the catalogues add: every IEC webstore standard the dataset does not record, the webstore's publications
 * that are no numbered standard, and every JIS the JSA lists that no adoption record names (a JIS without a
 * recorded correspondence is found, and says so, but adopts nothing).
 */
export function catalogueDocuments(catalogue: CatalogueIndex, catalog: Catalog): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const [key, publications] of catalogue.iec.byKey) {
    if (catalog.editionsByKey.has(key)) continue;
    // The editions' years, and the newest edition's title: the rows are sorted, so the last edition is the newest.
    const editions = publications.filter((p) => p.isEdition);
    if (editions.length === 0) continue;
    const title = editions[editions.length - 1].title ?? '';
    docs.push({
      kind: 'standard',
      id: key,
      label: title || key,
      standard: key,
      text: `${title} ${editions.map((p) => p.suffix.slice(1)).join(' ')}`,
      fromCatalogue: true,
    });
  }
  // Publications that are no numbered standard (white papers, handbooks) are found by their ids and titles.
  for (const p of catalogue.iec.publications) {
    if (p.key || !p.title) continue;
    docs.push({ kind: 'publication', id: p.id, label: p.title, text: p.title, fromCatalogue: true });
  }
  // Designations the dataset cites are its own documents; the index is shared by every workbook overlay, so an
  // overlay's designations do not count here.
  const cited = new Set(catalog.dataset.adoptions.map((a) => designationKey(a.designation)));
  for (const jis of catalogue.jis.entries) {
    if (cited.has(designationKey(jis.designation))) continue;
    const label = `${jis.title ? `${jis.title} ` : ''}(JIS, ${jis.status}; no recorded ISO/IEC correspondence)`;
    docs.push({ kind: 'designation', id: jis.designation, label, jurisdiction: 'JP', text: jis.title ?? '', fromCatalogue: true });
  }
  return docs;
}

/**
 * One index per catalog for the dataset's documents, and one per catalogue (and dataset) for the catalogues':
 * the large one is built once, not again for every workbook overlay. Scores do not depend on the other
 * documents, so the two indexes' best hits merge into exactly the hits of one index over both.
 */
const indexes = new WeakMap<Catalog, SearchIndex>();
const catalogueIndexes = new WeakMap<CatalogueIndex, WeakMap<CompiledDataset, SearchIndex>>();

export function searchIndexFor(catalog: Catalog): SearchIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = new SearchIndex(searchDocuments(catalog));
    indexes.set(catalog, index);
  }
  return index;
}

function catalogueSearchIndex(catalogue: CatalogueIndex, catalog: Catalog): SearchIndex {
  let byDataset = catalogueIndexes.get(catalogue);
  if (!byDataset) catalogueIndexes.set(catalogue, (byDataset = new WeakMap()));
  let index = byDataset.get(catalog.dataset);
  if (!index) byDataset.set(catalog.dataset, (index = new SearchIndex(catalogueDocuments(catalogue, catalog))));
  return index;
}

/** Builds the search indexes ahead of the first query, which would otherwise pay for indexing the catalogues. */
export function prepareSearch(catalog: Catalog): void {
  searchIndexFor(catalog);
  if (catalog.catalogue) catalogueSearchIndex(catalog.catalogue, catalog);
}

/**
 * An EN named with its amendments ("EN ISO 13485:2016/A11:2021") also finds what its base EN finds (the EN record,
 * the standard), after the prints that carry the amendments, which the query itself finds.
 */
function withAmendedEnBase(catalog: Catalog, query: string, hits: SearchHit[], limit: number): SearchHit[] {
  const base = splitAmendedEn(query)?.base;
  if (!base) return hits;
  const seen = new Set(hits.map((h) => `${h.document.kind}|${h.document.id}`));
  const more = searchIndexFor(catalog)
    .search(base, limit)
    .filter((h) => !seen.has(`${h.document.kind}|${h.document.id}`));
  return [...hits, ...more].slice(0, limit);
}

/**
 * Search over the dataset and, once loaded, the catalogues. A query that is exactly a webstore publication's id
 * ("CISPR 10:1981/AMD1:1983") lists that publication first, saying what it is.
 */
export function searchCatalog(catalog: Catalog, query: string, limit: number): SearchHit[] {
  const answer = placeAnswerHit(catalog, query);
  const first = answer ? [answer.hit] : designationHits(catalog, query, limit);
  if (first.length === 0) return searchWords(catalog, query, limit);
  // After a place's answer, the rest are the standard's own matches: the place's words would only add typo noise
  // ("DE iso 9001" listed ISO 10993-14 and ISO/IEC 14443-2 next).
  const rest = searchWords(catalog, answer ? answer.standardText : query, limit);
  const shown = new Set(first.map((h) => h.document.id));
  return [...first, ...rest.filter((h) => !shown.has(h.document.id))].slice(0, limit);
}

/**
 * A national or regional designation typed in full ("BS EN ISO 9001", "SN EN ISO 13485:2016"), as ORIGIN reads it:
 * its prints, newest first. The word index leaves derived designations out, so before, "BS EN ISO 9001" found
 * nothing at all. An international id ("ISO 9001") is left to the index, where the standard comes first.
 */
function designationHits(catalog: Catalog, query: string, limit: number): SearchHit[] {
  const parsed = parseStandardId(query);
  if (parsed && !parsed.adoptionPrefix) return [];
  const records = recordsOfDesignation(catalog, query).records.slice(0, limit);
  if (records.length) return records.map((a) => ({ document: adoptionDocument(a), score: Number.POSITIVE_INFINITY }));
  return citationHits(catalog, query);
}

/** An EN the Official Journal cites that no record links to an ISO or IEC edition ("EN 285"): what is known of it. */
function citationHits(catalog: Catalog, query: string): SearchHit[] {
  return [...actsByEn(catalog.unlinkedCitations.ofDesignation(query))].map(([designation, { acts }]) => ({
    document: {
      kind: 'citation',
      id: designation,
      label: `cited in the Official Journal under ${acts.join(' and ')}; no ISO or IEC edition is recorded as its origin`,
      text: '',
    },
    score: Number.POSITIVE_INFINITY,
  }));
}

function searchWords(catalog: Catalog, query: string, limit: number): SearchHit[] {
  const hits = withAmendedEnBase(catalog, query, searchIndexFor(catalog).search(query, limit), limit);
  const catalogue = catalog.catalogue;
  if (!catalogue) return hits;
  const merged = [...hits, ...catalogueSearchIndex(catalogue, catalog).search(query, limit)].sort(compareHits);
  // Only a dated or edition-numbered id can name a publication exactly: a keystroke towards one ("IEC 606") is still a search.
  const parsed = parseStandardId(query);
  const named = !parsed?.publisher
    ? undefined
    : parsed.editionNumber
      ? editionNumberPublication(catalogue.iec, parsed)
      : parsed.year !== null
        ? (namedPublication(catalogue.iec, query, parsed) ?? consolidationOfYear(catalog, parsed.key, parsed.year, parsed))
        : undefined;
  if (!named) return merged.slice(0, limit);
  const document: SearchDocument = {
    kind: 'publication',
    id: named.id,
    label: `${catalogue.iec.describe(named)}${named.title ? `: ${named.title}` : ''}`,
    standard: named.key ?? undefined,
    text: '',
  };
  return [{ document, score: Number.POSITIVE_INFINITY }, ...merged].slice(0, limit);
}
