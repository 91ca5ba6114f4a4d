/**
 * Answers kept per (field, standard, place) as typed. Recalculation asks the same cells again and again and the
 * catalog never changes, so an answer, once computed, can be handed back. Nested maps, not a joined key: joining
 * would build and hash a new string on every call, which costs more than the lookup itself.
 */
export class AnswerMemo<T> {
  private readonly byField = new Map<string, Map<string, Map<string, T>>>();
  private size = 0;
  /** A sheet recalculates one field many times over: skip the field lookup while it stays the same. */
  private lastField: string | null = null;
  private lastFieldMemo: Map<string, Map<string, T>> | undefined;

  /** `keep` decides which computed answers are kept; by default all of them. */
  constructor(
    private readonly limit: number,
    private readonly keep: (answer: T) => boolean = () => true,
  ) {}

  /** The kept answer, or undefined: lookups only, nothing allocated, for the hottest path. */
  peek(field: string, standard: string, place: string): T | undefined {
    const byStandard = field === this.lastField ? this.lastFieldMemo : this.byField.get(field);
    return byStandard?.get(standard)?.get(place);
  }

  get(field: string, standard: string, place: string, compute: () => T): T {
    let byStandard = field === this.lastField ? this.lastFieldMemo : this.byField.get(field);
    if (!byStandard) this.byField.set(field, (byStandard = new Map()));
    this.lastField = field;
    this.lastFieldMemo = byStandard;
    let byPlace = byStandard.get(standard);
    if (!byPlace) byStandard.set(standard, (byPlace = new Map()));
    let answer = byPlace.get(place);
    if (answer === undefined) {
      answer = compute();
      if (!this.keep(answer)) return answer;
      if (++this.size > this.limit) this.clear();
      else byPlace.set(place, answer);
    }
    return answer;
  }

  private clear(): void {
    this.byField.clear();
    this.size = 0;
    this.lastField = null;
    this.lastFieldMemo = undefined;
  }
}
