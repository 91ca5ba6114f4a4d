import { type Harmonize, isHarmonizeError } from '../core';

/**
 * Expands presets in a list of jurisdictions: a bloc's code (G20, CEN, USMCA, ASEAN, ...) stands for its members,
 * and EU27 for the EU's member states. EU itself, and any bloc with regional standards of its own (GCC), stays a
 * column: it answers with its own records (EN, GSO). Duplicates are dropped, first place kept.
 */
export function expandJurisdictions(engine: Harmonize, tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const code = token.trim().toUpperCase() === 'EU27' ? 'EU' : token.trim();
    const membersOf = token.trim().toUpperCase() === 'EU27' || !answersItself(engine, code);
    const members = membersOf ? engine.jurisdiction(code, 'members') : null;
    const list = members && !isHarmonizeError(members) && typeof members[0][0] === 'string' ? String(members[0][0]).split(', ') : [token.trim()];
    for (const place of list) if (!out.includes(place)) out.push(place);
  }
  return out;
}

/** Whether a place answers with records of its own (a country, the EU, the GCC) rather than through its members. */
function answersItself(engine: Harmonize, code: string): boolean {
  const place = engine.catalog.jurisdictions.get(code.toUpperCase());
  if (!place || place.kind !== 'bloc') return true;
  return engine.catalog.recordedPlaces.has(place.code);
}
