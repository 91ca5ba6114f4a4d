import { typoDistance } from '../text';

/**
 * How far a suggestion may be from what was typed: one slip (a wrong, missing, extra or swapped character) for
 * ordinary ids and names, two for long ones. Anything further is a different thing, and offering it is noise
 * ("Narnia" is not Bosnia).
 */
function budgetFor(typed: string): number {
  return typed.length <= 3 ? 2 : typed.length <= 12 ? 3 : 5;
}

/**
 * The candidates closest to what was typed, for "did you mean" messages: nothing rather than a wild guess. Among
 * equally close candidates the preferred ones come first (the standards with recorded adoptions, which an analyst
 * more likely means than one of the catalogue's thousands of others).
 */
export function closestMatches(typed: string, candidates: Iterable<string>, limit = 3, preferred?: ReadonlySet<string>): string[] {
  const scored: { candidate: string; distance: number }[] = [];
  const budget = budgetFor(typed);
  for (const candidate of candidates) {
    // Every character of length difference costs at least 1: most candidates are ruled out without a comparison.
    if (Math.abs(candidate.length - typed.length) > budget) continue;
    const distance = typoDistance(typed, candidate, budget);
    if (distance <= budget) scored.push({ candidate, distance });
  }
  const rank = (c: string) => (preferred?.has(c) ? 0 : 1);
  scored.sort(
    (a, b) =>
      a.distance - b.distance ||
      rank(a.candidate) - rank(b.candidate) ||
      Math.abs(a.candidate.length - typed.length) - Math.abs(b.candidate.length - typed.length) ||
      a.candidate.localeCompare(b.candidate),
  );
  return scored.slice(0, limit).map((s) => s.candidate);
}

/** Shortens hostile or huge input before it is quoted back in an error message. */
export function quoteInput(input: string): string {
  const clean = input.replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').trim();
  return clean.length > 60 ? `${clean.slice(0, 57)}...` : clean;
}
