import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IecCatalogue } from '../../src/core/catalogue/iecCatalogue';
import { JisCatalogue } from '../../src/core/catalogue/jisCatalogue';
import type { CompiledCatalogue } from '../../src/core/catalogue/types';
import { checkIecEditions } from './checkIecEditions';
import { checkJapaneseAdoptions } from './checkJapaneseAdoptions';
import { compileCatalogue } from './compileCatalogue';
import { Problems } from './problems';
import { DATA_DIR, sharedDataDir } from './readSources';

/** The compiled publication catalogues, committed beside compiled.json and loaded lazily by the add-in. */
export const CATALOGUE_FILE = join(__dirname, '..', '..', 'src', 'core', 'dataset', 'catalogue.json');

export interface CatalogueCompilation {
  catalogue: CompiledCatalogue;
  problems: Problems;
}

/** Compiles the catalogues from the shared tables and holds the adoption records against them (JIS designations, IEC editions). */
export function compileCatalogueFile(dataDir = DATA_DIR, sharedDir = sharedDataDir(dataDir)): CatalogueCompilation {
  const problems = new Problems();
  const catalogue = compileCatalogue(sharedDir, problems);
  checkJapaneseAdoptions(dataDir, new JisCatalogue(catalogue.jis), problems);
  checkIecEditions(dataDir, new IecCatalogue(catalogue.iec), problems);
  return { catalogue, problems };
}

/** The checksum of the committed catalogue.json, or null when there is none. */
export function committedCatalogueChecksum(): string | null {
  if (!existsSync(CATALOGUE_FILE)) return null;
  return (JSON.parse(readFileSync(CATALOGUE_FILE, 'utf8')) as CompiledCatalogue).checksum;
}

/** The committed catalogue.json, or null when there is none. */
export function committedCatalogue(): CompiledCatalogue | null {
  return existsSync(CATALOGUE_FILE) ? (JSON.parse(readFileSync(CATALOGUE_FILE, 'utf8')) as CompiledCatalogue) : null;
}
