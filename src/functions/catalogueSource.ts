import type { CompiledCatalogue, CompiledChangelog, CompiledNotes } from '../core';

/** The compiled IEC and JIS catalogues, which the build copies beside taskpane.html (the page hosting the functions). */
export const CATALOGUE_URL = 'catalogue.json';
/** The dataset's changelog, copied beside them: only CHANGES and the workbook audit read it. */
export const CHANGELOG_URL = 'changelog.json';
/** The cited records' notes, copied beside them: only EQUIVALENT's "note" field reads them. */
export const NOTES_URL = 'notes.json';

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Fetches the catalogues, the changelog and the notes the first time a formula or the search needs them. Static JSON files
 * rather than script chunks: the browser parses 6 MB of JSON several times faster than the same data in a script.
 */
export async function fetchCatalogue(): Promise<CompiledCatalogue> {
  const [catalogue, changelog, notes] = await Promise.all([
    fetchJson<CompiledCatalogue>(CATALOGUE_URL),
    fetchJson<CompiledChangelog>(CHANGELOG_URL),
    fetchJson<CompiledNotes>(NOTES_URL),
  ]);
  return { ...catalogue, changelog, notes };
}
