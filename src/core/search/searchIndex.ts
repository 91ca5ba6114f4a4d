import { compactToken, tokenize, withinOneEdit } from './tokens';

/** `publication`: an IEC webstore publication named exactly by the query (an amendment, a consolidated version). */
export type SearchKind = 'standard' | 'jurisdiction' | 'designation' | 'publication';

export interface SearchDocument {
  kind: SearchKind;
  /** What the result opens: a standard key, a jurisdiction code or a designation. */
  id: string;
  label: string;
  /** The standard a designation adopts, so a result can open the right card. */
  standard?: string;
  jurisdiction?: string;
  text: string;
}

export interface SearchHit {
  document: SearchDocument;
  score: number;
}

const KIND_RANK: Record<SearchKind, number> = { publication: 0, standard: 0, jurisdiction: 1, designation: 2 };
const EXACT = 4;
const PREFIX = 3;
const FUZZY = 1;

/**
 * An inverted index over tokens, built once. A query token matches vocabulary tokens exactly, by prefix (binary
 * search over the sorted vocabulary) or within one edit (scanning only tokens of nearby length), then the
 * smallest candidate set is filtered by the other tokens. This keeps a keystroke well under a millisecond at
 * tens of thousands of documents.
 */
export class SearchIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly vocabulary: string[];
  private readonly byLength = new Map<number, string[]>();
  /** Each document's distinct tokens; arrays, not sets: a catalogue's worth of sets costs more to build than to scan. */
  private readonly documentTokens: string[][];

  constructor(readonly documents: readonly SearchDocument[]) {
    this.documentTokens = documents.map((doc, i) => {
      const tokens = tokenize(`${doc.id} ${doc.text}`);
      const compact = compactToken(doc.id);
      if (compact && !tokens.includes(compact)) tokens.push(compact);
      for (const t of tokens) {
        const list = this.postings.get(t);
        if (list) list.push(i);
        else this.postings.set(t, [i]);
      }
      return tokens;
    });
    this.vocabulary = [...this.postings.keys()].sort();
    for (const t of this.vocabulary) {
      const list = this.byLength.get(t.length) ?? [];
      list.push(t);
      this.byLength.set(t.length, list);
    }
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

  /** Vocabulary tokens a query token matches, each with how well it matches. */
  private matchesOf(queryToken: string): Map<string, number> {
    const found = new Map<string, number>();
    for (let i = this.lowerBound(queryToken); i < this.vocabulary.length; i++) {
      const t = this.vocabulary[i];
      if (!t.startsWith(queryToken)) break;
      found.set(t, t === queryToken ? EXACT : PREFIX);
    }
    if (queryToken.length >= 4) {
      for (let len = queryToken.length - 1; len <= queryToken.length + 1; len++) {
        for (const t of this.byLength.get(len) ?? []) {
          if (!found.has(t) && withinOneEdit(queryToken, t)) found.set(t, FUZZY);
        }
      }
    }
    return found;
  }

  /**
   * Each query token's best match in each document, accumulated by walking the postings of the matched vocabulary
   * tokens: one pass over postings instead of scanning every candidate's tokens, which matters when a one-letter
   * keystroke matches half of a large catalog.
   */
  private bestMatches(matched: Map<string, number>, onFirstSeen?: (d: number) => void): Uint8Array {
    const best = new Uint8Array(this.documents.length);
    for (const [t, value] of matched) {
      for (const d of this.postings.get(t) ?? []) {
        if (best[d] === 0) onFirstSeen?.(d);
        if (value > best[d]) best[d] = value;
      }
    }
    return best;
  }

  private bestIn(d: number, matched: Map<string, number>): number {
    let best = 0;
    for (const t of this.documentTokens[d]) best = Math.max(best, matched.get(t) ?? 0);
    return best;
  }

  search(query: string, limit = 20): SearchHit[] {
    const queryTokens = tokenize(query).filter((t) => t.length > 0);
    if (queryTokens.length === 0) return [];
    const matched = queryTokens.map((q) => this.matchesOf(q));
    const sizes = matched.map((m) => [...m.keys()].reduce((n, t) => n + (this.postings.get(t)?.length ?? 0), 0));
    const order = sizes.map((_, i) => i).sort((a, b) => sizes[a] - sizes[b]);
    // Candidates come from the smallest match set, in the order its postings list them (ties keep that order).
    const candidates: number[] = [];
    const best = matched.map((m, i) => (i === order[0] ? this.bestMatches(m, (d) => candidates.push(d)) : null));
    // A large match set is cheaper to check per candidate, through the candidate's own tokens.
    const perCandidate = sizes.map((size) => size > candidates.length * 8);
    const hits: SearchHit[] = [];
    for (const d of candidates) {
      let score = 0;
      let all = true;
      for (let i = 0; i < matched.length; i++) {
        if (!best[i] && !perCandidate[i]) best[i] = this.bestMatches(matched[i]);
        const value = best[i] ? best[i]![d] : this.bestIn(d, matched[i]);
        if (value === 0) {
          all = false;
          break;
        }
        score += value;
      }
      if (all) hits.push({ document: this.documents[d], score });
    }
    return topHits(hits, limit);
  }
}

export function compareHits(a: SearchHit, b: SearchHit): number {
  return (
    b.score - a.score ||
    KIND_RANK[a.document.kind] - KIND_RANK[b.document.kind] ||
    a.document.id.length - b.document.id.length ||
    a.document.id.localeCompare(b.document.id)
  );
}

/**
 * The first `limit` hits in sorted order, as a stable sort then slice would give, without sorting thousands of
 * hits to show a dozen: each hit goes after every hit that ranks the same, exactly as a stable sort keeps them.
 */
function topHits(hits: SearchHit[], limit: number): SearchHit[] {
  if (!Number.isInteger(limit) || limit < 1 || hits.length <= limit) return hits.sort(compareHits).slice(0, limit);
  const top: SearchHit[] = [];
  for (const hit of hits) {
    if (top.length === limit && compareHits(hit, top[limit - 1]) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareHits(hit, top[mid]) < 0) hi = mid;
      else lo = mid + 1;
    }
    top.splice(lo, 0, hit);
    if (top.length > limit) top.pop();
  }
  return top;
}
