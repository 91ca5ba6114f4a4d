import type { Catalog } from '../dataset/catalog';
import { isHarmonizeError } from '../errors';
import { recordPlace } from './equivalent';

/**
 * The G20's member table lists its 19 member countries; the EU is its twentieth member, and answers with its ENs
 * (the African Union, a member since 2023, records no standards of its own).
 */
const ALSO_MEMBERS: Readonly<Record<string, readonly string[]>> = { G20: ['EU'] };

/**
 * The places a list of jurisdictions names, for a matrix: "EU27" stands for the EU's member states, and a group
 * without standards of its own (G20, USMCA, ASEAN) for its members, where asking the group itself answers nothing.
 * A place that answers with records (a country, the EU, the GCC) stays one column, and so do CEN and the EEA, which
 * answer with the EU's ENs, unless `regionalMembers` asks for their members. Duplicates go, the first kept.
 */
export function expandPlaces(catalog: Catalog, tokens: readonly string[], { regionalMembers = false } = {}): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    for (const place of placesOf(catalog, token.trim(), regionalMembers)) if (!out.includes(place)) out.push(place);
  }
  return out;
}

function placesOf(catalog: Catalog, token: string, regionalMembers: boolean): readonly string[] {
  if (token.toUpperCase() === 'EU27') return catalog.jurisdictions.get('EU')?.members ?? [token];
  const place = catalog.jurisdictions.get(token.toUpperCase());
  if (!place || place.kind !== 'bloc' || !place.members?.length) return [token];
  const answersAlone = !isHarmonizeError(recordPlace(catalog, place));
  if (answersAlone && (catalog.recordedPlaces.has(place.code) || !regionalMembers)) return [token];
  return [...place.members, ...(ALSO_MEMBERS[place.code] ?? [])];
}
