import { compactTokens, tokenize, withinOneEdit } from './tokens';
import { pushTo } from '../multiMap';

/** `publication`: an IEC webstore publication named exactly by the query (an amendment, a consolidated version). */
export type SearchKind = 'standard' | 'jurisdiction' | 'designation' | 'publication' | 'citation';

export interface SearchDocument {
  kind: SearchKind;
  /** What the result opens: a standard key, a jurisdiction code or a designation. */
  id: string;
  label: string;
  /** The standard a designation adopts, so a result can open the right card. */
  standard?: string;
  jurisdiction?: string;
  text: string;
  /** Known only from a publication catalogue: among equal matches, the dataset's own standards come first. */
  fromCatalogue?: true;
}

export interface SearchHit {
  document: SearchDocument;
  score: number;
}

const KIND_RANK: Record<SearchKind, number> = { publication: 0, standard: 0, jurisdiction: 1, designation: 2, citation: 2 };
const EXACT = 4;
const PREFIX = 3;
const FUZZY = 1;

/**
 * What one query token matches: the run of the sorted vocabulary it is a prefix of (starting with the token
 * itself when that is a word of the vocabulary), and the words within one edit outside that run. A run is two
 * numbers however long: "jis" is the prefix of 20,000 JIS designations written without spaces.
 */
interface TokenMatch {
  token: string;
  lo: number;
  hi: number;
  exact: boolean;
  fuzzy: Map<string, number>;
  /** Postings in all: the cost of walking this match. */
  size: number;
}

/**
 * An inverted index over tokens, built once. A query token matches vocabulary tokens exactly, by prefix (binary
 * search over the sorted vocabulary) or within one edit (scanning only tokens of nearby length), then the
 * smallest candidate set is filtered by the other tokens. This keeps a keystroke well under a millisecond at
 * tens of thousands of documents.
 */
export class SearchIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly vocabulary: string[];
  /** The postings of vocabulary[i], by i: a prefix's run is walked by position, without a lookup per word. */
  private readonly postingsAt: number[][];
  private readonly byLength = new Map<number, string[]>();
  /** Each document's distinct tokens; arrays, not sets: a catalogue's worth of sets costs more to build than to scan. */
  private readonly documentTokens: string[][];
  private readonly scratch: Uint8Array[] = [];

  constructor(readonly documents: readonly SearchDocument[]) {
    this.documentTokens = documents.map((doc, i) => {
      const tokens = tokenize(`${doc.id} ${doc.text}`);
      for (const compact of compactTokens(doc.id)) if (!tokens.includes(compact)) tokens.push(compact);
      for (const t of tokens) pushTo(this.postings, t, i);
      return tokens;
    });
    this.vocabulary = [...this.postings.keys()].sort();
    this.postingsAt = this.vocabulary.map((t) => this.postings.get(t)!);
    for (const t of this.vocabulary) pushTo(this.byLength, t.length, t);
  }

  private lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.vocabulary[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The vocabulary a query token matches, exactly, by prefix or within one edit. */
  private matchesOf(token: string): TokenMatch {
    const lo = this.lowerBound(token);
    let hi = lo;
    let size = 0;
    while (hi < this.vocabulary.length && this.vocabulary[hi].startsWith(token)) size += this.postingsAt[hi++].length;
    const fuzzy = new Map<string, number>();
    if (token.length >= 4) {
      for (let len = token.length - 1; len <= token.length + 1; len++) {
        for (const t of this.byLength.get(len) ?? []) {
          if (!t.startsWith(token) && withinOneEdit(token, t)) {
            fuzzy.set(t, FUZZY);
            size += this.postings.get(t)!.length;
          }
        }
      }
    }
    return { token, lo, hi, exact: lo < hi && this.vocabulary[lo] === token, fuzzy, size };
  }

  /**
   * Each query token's best match in each document, accumulated by walking the postings of the matched vocabulary
   * tokens: one pass over postings instead of scanning every candidate's tokens, which matters when a one-letter
   * keystroke matches half of a large catalog.
   */
  private bestMatches(match: TokenMatch, slot: number, onFirstSeen?: (d: number) => void): Uint8Array {
    // One buffer per query token, kept between searches: a keystroke over a catalogue would otherwise leave a
    // document-sized array per token for the garbage collector, and its pauses are what a typist notices.
    const best = (this.scratch[slot] ??= new Uint8Array(this.documents.length)).fill(0);
    for (let v = match.lo; v < match.hi; v++) mark(best, this.postingsAt[v], v === match.lo && match.exact ? EXACT : PREFIX, onFirstSeen);
    for (const [t, value] of match.fuzzy) mark(best, this.postings.get(t)!, value, onFirstSeen);
    return best;
  }

  private bestIn(d: number, match: TokenMatch): number {
    let best = 0;
    for (const t of this.documentTokens[d]) {
      const value = t === match.token ? EXACT : t.startsWith(match.token) ? PREFIX : (match.fuzzy.get(t) ?? 0);
      if (value > best) best = value;
    }
    return best;
  }

  search(query: string, limit = 20): SearchHit[] {
    const queryTokens = tokenize(query).filter((t) => t.length > 0);
    if (queryTokens.length === 0) return [];
    const matched = queryTokens.map((q) => this.matchesOf(q));
    const sizes = matched.map((m) => m.size);
    const order = sizes.map((_, i) => i).sort((a, b) => sizes[a] - sizes[b]);
    // Candidates come from the smallest match set, in the order its postings list them (ties keep that order).
    const candidates: number[] = [];
    const best = matched.map((m, i) => (i === order[0] ? this.bestMatches(m, i, (d) => candidates.push(d)) : null));
    // A large match set is cheaper to check per candidate, through the candidate's own tokens.
    const perCandidate = sizes.map((size) => size > candidates.length * 8);
    if (!Number.isInteger(limit) || limit < 1) return [];
    const top = new TopHits(limit);
    for (const d of candidates) {
      let score = 0;
      let all = true;
      for (let i = 0; i < matched.length; i++) {
        if (!best[i] && !perCandidate[i]) best[i] = this.bestMatches(matched[i], i);
        const value = best[i] ? best[i]![d] : this.bestIn(d, matched[i]);
        if (value === 0) {
          all = false;
          break;
        }
        score += value;
      }
      if (all) top.offer(this.documents[d], score);
    }
    return top.hits;
  }
}

/** Raises each document's best match to `value`, reporting the documents seen for the first time. */
function mark(best: Uint8Array, docs: readonly number[], value: number, onFirstSeen?: (d: number) => void): void {
  for (let k = 0; k < docs.length; k++) {
    const d = docs[k];
    if (best[d] === 0) onFirstSeen?.(d);
    if (value > best[d]) best[d] = value;
  }
}

function compareRanks(a: SearchDocument, aScore: number, b: SearchDocument, bScore: number): number {
  return (
    bScore - aScore ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    Number(a.fromCatalogue ?? 0) - Number(b.fromCatalogue ?? 0) ||
    a.id.length - b.id.length ||
    // Plain code-unit order: a catalogue query like "jis" ties thousands of ids, and localeCompare on each costs
    // more than the search itself. Designations that differ by their year list the newest first ("GB/T 19001-2016"
    // before "GB/T 19001-2008"); standards in number order.
    (a.kind === 'designation' ? -1 : 1) * (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function compareHits(a: SearchHit, b: SearchHit): number {
  return compareRanks(a.document, a.score, b.document, b.score);
}

/**
 * The first `limit` hits in sorted order, as a stable sort then slice would give, without sorting thousands of
 * hits to show a dozen: each hit goes after every hit that ranks the same, exactly as a stable sort keeps them,
 * and a candidate that cannot enter costs one comparison and no allocation.
 */
class TopHits {
  readonly hits: SearchHit[] = [];

  constructor(private readonly limit: number) {}

  offer(document: SearchDocument, score: number): void {
    const top = this.hits;
    if (top.length === this.limit && compareRanks(document, score, top[this.limit - 1].document, top[this.limit - 1].score) >= 0) return;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareRanks(document, score, top[mid].document, top[mid].score) < 0) hi = mid;
      else lo = mid + 1;
    }
    top.splice(lo, 0, { document, score });
    if (top.length > this.limit) top.pop();
  }
}
