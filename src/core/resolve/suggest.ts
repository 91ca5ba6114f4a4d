import { editDistance } from '../text';

/**
 * The candidates closest to what was typed, for "did you mean" messages. A candidate qualifies when fewer than
 * about half of its characters differ, so that a wild guess is not presented as a suggestion.
 */
export function closestMatches(typed: string, candidates: Iterable<string>, limit = 3): string[] {
  const scored: { candidate: string; distance: number }[] = [];
  const budget = Math.max(1, Math.ceil(typed.length / 2));
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate, budget);
    if (distance <= budget) scored.push({ candidate, distance });
  }
  scored.sort(
    (a, b) =>
      a.distance - b.distance ||
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
