import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledCatalogue, CompiledChangelog, CompiledNotes } from '../core';
import { runtime } from '../runtime/engine';

const readDatasetFile = <T>(name: string): T => JSON.parse(readFileSync(join(__dirname, '..', 'core', 'dataset', name), 'utf8')) as T;

/** The compiled IEC and JIS catalogues with the changelog and the notes, read straight from the files: in Node nothing is fetched. */
export function readCatalogueFile(): CompiledCatalogue {
  return {
    ...readDatasetFile<CompiledCatalogue>('catalogue.json'),
    changelog: readDatasetFile<CompiledChangelog>('changelog.json'),
    notes: readDatasetFile<CompiledNotes>('notes.json'),
  };
}

/** Makes the CLI read the catalogues synchronously the first time a formula needs them, so no answer is a Promise. */
export function readCataloguesSynchronously(): void {
  runtime.setCatalogueSource(readCatalogueFile);
}
