import { compactToken, tokenize, withinOneEdit } from './tokens';

export type SearchKind = 'standard' | 'jurisdiction' | 'designation';

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

const KIND_RANK: Record<SearchKind, number> = { standard: 0, jurisdiction: 1, designation: 2 };
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
  private readonly documentTokens: Set<string>[];

  constructor(readonly documents: readonly SearchDocument[]) {
    this.documentTokens = documents.map((doc, i) => {
      const tokens = new Set(tokenize(`${doc.id} ${doc.text}`));
      const compact = compactToken(doc.id);
      if (compact) tokens.add(compact);
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

  search(query: string, limit = 20): SearchHit[] {
    const queryTokens = tokenize(query).filter((t) => t.length > 0);
    if (queryTokens.length === 0) return [];
    const matched = queryTokens.map((q) => this.matchesOf(q));
    const sizes = matched.map((m) => [...m.keys()].reduce((n, t) => n + (this.postings.get(t)?.length ?? 0), 0));
    const order = sizes.map((_, i) => i).sort((a, b) => sizes[a] - sizes[b]);
    const first = matched[order[0]];
    const candidates = new Set<number>();
    for (const t of first.keys()) for (const d of this.postings.get(t) ?? []) candidates.add(d);
    const hits: SearchHit[] = [];
    for (const d of candidates) {
      let score = 0;
      let all = true;
      for (const m of matched) {
        let best = 0;
        for (const t of this.documentTokens[d]) best = Math.max(best, m.get(t) ?? 0);
        if (best === 0) {
          all = false;
          break;
        }
        score += best;
      }
      if (all) hits.push({ document: this.documents[d], score });
    }
    hits.sort(
      (a, b) =>
        b.score - a.score ||
        KIND_RANK[a.document.kind] - KIND_RANK[b.document.kind] ||
        a.document.id.length - b.document.id.length ||
        a.document.id.localeCompare(b.document.id),
    );
    return hits.slice(0, limit);
  }
}
