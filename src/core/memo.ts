/**
 * Core's one caching strategy. Every cache is a memo of a pure function over a catalog that never changes, so an
 * answer, once computed, can be handed back; every memo holds at most MEMO_LIMIT entries and starts afresh when
 * full, so a huge or hostile sheet cannot grow memory without end. Clearing rather than evicting keeps the hot
 * path a plain Map.get: a recalculated sheet asks far fewer distinct questions than the limit.
 */
export const MEMO_LIMIT = 100_000;

/** A single-key memo: field names, standard spellings, jurisdiction names. */
export function boundedMemo<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key: K): V => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= MEMO_LIMIT) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}

/**
 * Answers kept per (field, standard, place) as typed. Nested maps, not a joined key: joining would build and hash
 * a new string on every call, which costs more than the lookup itself.
 */
export class AnswerMemo<T> {
  private readonly byField = new Map<string, Map<string, Map<string, T>>>();
  private size = 0;
  /**
   * A sheet recalculates one field many times over, and a range asks one standard across a whole row of places:
   * skip the field and standard lookups while they stay the same as the last question's.
   */
  private lastField: string | null = null;
  private lastFieldMemo: Map<string, Map<string, T>> | undefined;
  private lastStandard: string | null = null;
  private lastStandardMemo: Map<string, T> | undefined;

  /** `keep` decides which computed answers are kept; by default all of them. */
  constructor(private readonly keep: (answer: T) => boolean = () => true) {}

  // peek and set each walk the shortcuts inline: one shared helper with a `create` flag measured about a third
  // slower on a first 1,000 x 60 MATRIX.

  /** The kept answer, or undefined: lookups only, nothing allocated, for the hottest path. */
  peek(field: string, standard: string, place: string): T | undefined {
    if (field !== this.lastField) {
      this.lastField = field;
      this.lastFieldMemo = this.byField.get(field);
      this.lastStandard = null;
    }
    if (standard !== this.lastStandard) {
      this.lastStandard = standard;
      this.lastStandardMemo = this.lastFieldMemo?.get(standard);
    }
    return this.lastStandardMemo?.get(place);
  }

  get(field: string, standard: string, place: string, compute: () => T): T {
    return this.peek(field, standard, place) ?? this.set(field, standard, place, compute());
  }

  /** Keeps a computed answer (unless `keep` refuses it) and returns it: for callers that peeked first, so that a
   *  miss allocates no closure. */
  set(field: string, standard: string, place: string, answer: T): T {
    if (!this.keep(answer)) return answer;
    if (++this.size > MEMO_LIMIT) {
      this.clear();
      return answer;
    }
    let byStandard = field === this.lastField ? this.lastFieldMemo : this.byField.get(field);
    if (!byStandard) this.byField.set(field, (byStandard = new Map<string, Map<string, T>>()));
    if (field !== this.lastField || byStandard !== this.lastFieldMemo) {
      this.lastField = field;
      this.lastFieldMemo = byStandard;
      this.lastStandard = null;
    }
    let byPlace = standard === this.lastStandard ? this.lastStandardMemo : byStandard.get(standard);
    if (!byPlace) byStandard.set(standard, (byPlace = new Map<string, T>()));
    this.lastStandard = standard;
    this.lastStandardMemo = byPlace;
    byPlace.set(place, answer);
    return answer;
  }

  private clear(): void {
    this.byField.clear();
    this.size = 0;
    this.lastField = null;
    this.lastFieldMemo = undefined;
    this.lastStandard = null;
    this.lastStandardMemo = undefined;
  }
}
