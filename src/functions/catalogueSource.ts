import type { CompiledCatalogue } from '../core';

/** The compiled IEC and JIS catalogues, which the build copies beside taskpane.html (the page hosting the functions). */
export const CATALOGUE_URL = 'catalogue.json';

/**
 * Fetches the catalogues the first time a formula or the search needs them. A static JSON file rather than a
 * script chunk: the browser parses 6 MB of JSON several times faster than the same data inside a script.
 */
export async function fetchCatalogue(): Promise<CompiledCatalogue> {
  const response = await fetch(CATALOGUE_URL);
  if (!response.ok) throw new Error(`${CATALOGUE_URL}: HTTP ${response.status}`);
  return (await response.json()) as CompiledCatalogue;
}
