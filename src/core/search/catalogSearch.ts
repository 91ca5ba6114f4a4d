import type { Catalog } from '../dataset/catalog';
import { SearchIndex, type SearchDocument } from './searchIndex';

/** The documents a catalog offers to search: each standard, each jurisdiction, each cited designation. */
export function searchDocuments(catalog: Catalog): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const [key, editions] of catalog.editionsByKey) {
    const latest = editions[0];
    docs.push({
      kind: 'standard',
      id: key,
      label: latest.title ?? key,
      standard: key,
      text: `${latest.title ?? ''} ${editions.map((e) => e.year).join(' ')} ${latest.committee ?? ''}`,
    });
  }
  for (const j of catalog.jurisdictions.values()) {
    docs.push({ kind: 'jurisdiction', id: j.code, label: j.name, jurisdiction: j.code, text: `${j.name} ${j.alpha3 ?? ''}` });
  }
  // Derived designations repeat an EN with a national prefix; they add noise, not findability.
  for (const a of catalog.adoptions) {
    if (a.provenance === 'derived') continue;
    docs.push({
      kind: 'designation',
      id: a.designation,
      label: `${a.standard} in ${a.jurisdiction}`,
      standard: a.standard,
      jurisdiction: a.jurisdiction,
      text: '',
    });
  }
  return docs;
}

const indexes = new WeakMap<Catalog, SearchIndex>();

export function searchIndexFor(catalog: Catalog): SearchIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = new SearchIndex(searchDocuments(catalog));
    indexes.set(catalog, index);
  }
  return index;
}
