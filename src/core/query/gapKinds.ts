import { type HarmonizeError, invalidValue } from '../errors';
import { quoteInput } from '../resolve/suggest';
import { type InputValue, isBlank } from '../values';

/**
 * The kinds of difference GAPS reports, most material first: a standard harmonised under an EU act that the other
 * side has no adoption of (presumption of conformity in one market, nothing recorded in the other), one adopted on
 * one side only, one adopted by both at different degrees (IDT against MOD or NEQ: the texts differ), and one
 * adopted by both in different editions or consolidations.
 */
export const GAP_KINDS = ['harmonised', 'a-only', 'b-only', 'degree', 'edition'] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/** Materiality, for sorting: one side only ranks the same whichever side it is. */
export const GAP_RANK: Record<GapKind, number> = { harmonised: 0, 'a-only': 1, 'b-only': 1, degree: 2, edition: 3 };

const ALIASES: Record<string, GapKind[]> = {
  HARMONISED: ['harmonised'],
  HARMONIZED: ['harmonised'],
  EU: ['harmonised'],
  AONLY: ['a-only'],
  A: ['a-only'],
  ONLYA: ['a-only'],
  INAONLY: ['a-only'],
  ADOPTEDINAONLY: ['a-only'],
  BONLY: ['b-only'],
  B: ['b-only'],
  ONLYB: ['b-only'],
  INBONLY: ['b-only'],
  ADOPTEDINBONLY: ['b-only'],
  ONLY: ['a-only', 'b-only'],
  ONESIDE: ['a-only', 'b-only'],
  DEGREE: ['degree'],
  CORRESPONDENCE: ['degree'],
  IDTVSMOD: ['degree'],
  IDTVSNEQ: ['degree'],
  IDTVSMODNEQ: ['degree'],
  IDTVSMODORNEQ: ['degree'],
  EDITION: ['edition'],
  EDITIONS: ['edition'],
  DIFFERENTEDITIONS: ['edition'],
};

/** Reads `kind`: blank for every kind, or one or more names ("a-only", "degree, edition"). */
export function parseGapKinds(cells: readonly InputValue[]): Set<GapKind> | HarmonizeError {
  const names = cells.flatMap((v) => (isBlank(v) ? [] : String(v).split(/[,;]/))).filter((s) => s.trim());
  if (names.length === 0) return new Set(GAP_KINDS);
  const kinds = new Set<GapKind>();
  for (const name of names) {
    const found = ALIASES[name.toUpperCase().replace(/[^A-Z]/g, '')];
    if (!found) return invalidValue(`Unknown kind '${quoteInput(name.trim())}' - use one of: ${GAP_KINDS.join(', ')}`);
    for (const k of found) kinds.add(k);
  }
  return kinds;
}

/** The side that has the adoption when the other has none: `a-only` and `b-only` include their harmonised rows. */
export function gapMatches(kinds: ReadonlySet<GapKind>, kind: GapKind, adoptedBy: 'a' | 'b' | 'both'): boolean {
  return kinds.has(kind) || (kind === 'harmonised' && adoptedBy !== 'both' && kinds.has(`${adoptedBy}-only`));
}
