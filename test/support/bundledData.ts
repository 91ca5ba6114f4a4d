import compiled from '../../src/core/dataset/compiled.json';
import { type CompiledDataset, Harmonize } from '../../src/core';

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
