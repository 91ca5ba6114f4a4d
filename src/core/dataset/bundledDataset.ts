import compiled from './compiled.json';
import type { CompiledDataset } from './types';

/** The dataset compiled by `npm run data:build` and shipped in every bundle. */
export const bundledDataset = compiled as unknown as CompiledDataset;
