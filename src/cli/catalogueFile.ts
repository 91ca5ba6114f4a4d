import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledCatalogue } from '../core';
import { runtime } from '../runtime/engine';

/** The compiled IEC and JIS catalogues, read straight from the file: in Node there is no chunk to fetch. */
export function readCatalogueFile(): CompiledCatalogue {
  return JSON.parse(readFileSync(join(__dirname, '..', 'core', 'dataset', 'catalogue.json'), 'utf8')) as CompiledCatalogue;
}

/** Makes the CLI read the catalogues synchronously the first time a formula needs them, so no answer is a Promise. */
export function readCataloguesSynchronously(): void {
  runtime.setCatalogueSource(readCatalogueFile);
}
