import { HarmonizeError } from '../errors';
import type { CellValue, Grid } from '../values';

/**
 * The answer core gives when only the publication catalogues could answer and they are not loaded: a typed
 * result, not a guess. The adapter loads them (a separate chunk in the add-in) and asks again; a host that cannot
 * load them still shows a truthful #N/A.
 */
export class CatalogueNeeded extends HarmonizeError {
  readonly catalogueNeeded = true;

  constructor(what: string, needed = 'the IEC and JIS catalogues are') {
    super('#N/A', `${what}: ${needed} needed and not loaded`);
  }
}

export function isCatalogueNeeded(value: unknown): value is CatalogueNeeded {
  return value instanceof CatalogueNeeded;
}

/** True when an answer, or any cell of it, waits for the catalogues. */
export function needsCatalogue(answer: Grid<CellValue> | HarmonizeError): boolean {
  if (!Array.isArray(answer)) return isCatalogueNeeded(answer);
  for (const row of answer) for (const cell of row) if (cell instanceof CatalogueNeeded) return true;
  return false;
}
