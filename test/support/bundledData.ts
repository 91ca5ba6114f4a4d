import { readCatalogueFile } from '../../src/cli/catalogueFile';
import { type CompiledChangelog, type CompiledDataset, Harmonize } from '../../src/core';
import { CatalogueIndex } from '../../src/core/catalogue/catalogueIndex';
import changelog from '../../src/core/dataset/changelog.json';
import compiled from '../../src/core/dataset/compiled.json';

/** The committed compiled dataset, as the add-in ships it. */
export const bundledDataset = compiled as unknown as CompiledDataset;

let shared: Harmonize | null = null;

/** One engine over the bundled dataset, shared by a test file's cases (indexing it takes a moment). */
export function bundledEngine(): Harmonize {
  shared ??= Harmonize.fromDataset(bundledDataset);
  return shared;
}

/** A new engine with empty memos, for tests that must not see answers another engine already computed. */
export function freshEngine(): Harmonize {
  return Harmonize.fromDataset(bundledDataset);
}

/** The committed changelog, which the hosts load with the catalogues rather than with the bundle. */
export const bundledChangelog = changelog as unknown as CompiledChangelog;

let withCatalogues: Harmonize | null = null;

/** The bundled engine with the committed catalogues and changelog attached, as a host has them once loaded. */
export function bundledEngineWithCatalogues(): Harmonize {
  withCatalogues ??= bundledEngine().withCatalogue(new CatalogueIndex(readCatalogueFile()));
  return withCatalogues;
}
