import { expandPlaces, type Harmonize } from '../core';

/**
 * Expands presets in a list of jurisdictions (see expandPlaces): on the command line CEN and the EEA stand for their
 * members too, since a matrix of them is what `--jurisdictions CEN` asks for.
 */
export function expandJurisdictions(engine: Harmonize, tokens: readonly string[]): string[] {
  return expandPlaces(engine.catalog, tokens, { regionalMembers: true });
}
