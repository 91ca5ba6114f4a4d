/**
 * Search per keystroke in Node: the core SearchIndex over the real catalog and over a synthetic 50,000-record
 * dataset, typing queries one character at a time as the task pane's search box does.
 */
import { readCatalogueFile } from '../src/cli/catalogueFile';
import { bundledEngine } from '../test/support/bundledData';
import { bundledDataset } from '../test/support/bundledData';
import { Harmonize } from '../src/core/harmonize';
import { prepareSearch, searchCatalog, searchIndexFor } from '../src/core/search/catalogSearch';
import { SearchIndex, type SearchDocument } from '../src/core/search/searchIndex';
import { consume, summarise, type Summary } from './stats';

export const SYNTHETIC_RECORDS = 50_000;
export const TYPED_QUERIES = ['iso 13485', 'medical devices quality', '60601-1', 'gb/t 19001', 'deutschland', 'informaton securty'];
/** Over the catalogues too: a JIS by number and by title words, a webstore id with its amendment. */
export const CATALOGUE_QUERIES = [...TYPED_QUERIES, 'jis x 0001', 'vibration sinusoidal', 'cispr 32:2015/amd1:2019'];

const WORDS = [
  'quality',
  'management',
  'systems',
  'requirements',
  'medical',
  'devices',
  'information',
  'security',
  'safety',
  'environmental',
  'energy',
  'risk',
  'testing',
  'laboratories',
  'electrical',
  'equipment',
  'food',
  'guidance',
  'vocabulary',
  'audit',
];
const PUBLISHERS = ['ISO', 'IEC', 'ISO/IEC', 'EN', 'GB/T', 'JIS', 'BS EN', 'DIN EN', 'NF EN', 'AS/NZS'];

/** Deterministic documents shaped like the real ones: ids with numbers and parts, titles from a domain vocabulary. */
export function syntheticDocuments(count: number): SearchDocument[] {
  let seed = 42;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  return Array.from({ length: count }, (_, i) => {
    const id = `${PUBLISHERS[i % PUBLISHERS.length]} ${1000 + next(89000)}-${1 + next(9)}:${1990 + next(35)}`;
    const title = Array.from({ length: 3 + next(5) }, () => WORDS[next(WORDS.length)]).join(' ');
    return { kind: i % 3 === 0 ? 'designation' : 'standard', id, label: title, text: title };
  });
}

/** Every prefix of every query: "i", "is", "iso", ... as keystrokes arrive. */
export function keystrokes(queries: string[]): string[] {
  return queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
}

function perKeystroke(search: (query: string) => unknown, rounds: number, queries = TYPED_QUERIES): Summary {
  const typed = keystrokes(queries);
  for (const q of typed) consume(search(q));
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of typed) {
      const start = performance.now();
      consume(search(q));
      samples.push(performance.now() - start);
    }
  }
  return summarise(samples);
}

export interface CoreSearchResult {
  realKeystroke: Summary;
  syntheticKeystroke: Summary;
  syntheticBuildMs: number;
  realDocuments: number;
  /** The dataset and both catalogues, as SEARCH and the task pane search once the catalogues are loaded. */
  catalogueKeystroke: Summary;
  catalogueBuildMs: number;
}

export function benchCoreSearch(rounds = 5): CoreSearchResult {
  const real = searchIndexFor(bundledEngine().catalog);
  const docs = syntheticDocuments(SYNTHETIC_RECORDS);
  const start = performance.now();
  const synthetic = new SearchIndex(docs);
  const syntheticBuildMs = performance.now() - start;
  const withCatalogues = Harmonize.fromDataset(bundledDataset, readCatalogueFile()).catalog;
  const indexing = performance.now();
  prepareSearch(withCatalogues);
  const catalogueBuildMs = performance.now() - indexing;
  return {
    realKeystroke: perKeystroke((q) => real.search(q, 12), rounds),
    syntheticKeystroke: perKeystroke((q) => synthetic.search(q, 12), rounds),
    syntheticBuildMs,
    realDocuments: real.documents.length,
    catalogueKeystroke: perKeystroke((q) => searchCatalog(withCatalogues, q, 12), rounds, CATALOGUE_QUERIES),
    catalogueBuildMs,
  };
}
