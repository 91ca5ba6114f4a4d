/**
 * The core engine as a bundler emits it. Under tsx every import is read through an accessor, which the shipped
 * functions.js does not have: a first MATRIX measured through tsx ran about a third slower than the same code
 * bundled. The bench bundles src/core once, in memory, so that a fresh engine can be timed on shipped-shape code.
 */
import { buildSync } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompiledDataset, Harmonize } from '../src/core';

interface BundledCore {
  Harmonize: typeof Harmonize;
  dataset: CompiledDataset;
}

const ENTRY = `
export { Harmonize } from './src/core';
export { default as dataset } from './src/core/dataset/compiled.json';
`;

export function loadBundledCore(): BundledCore {
  const outfile = join(mkdtempSync(join(tmpdir(), 'harmonize-bench-')), 'core.js');
  buildSync({
    stdin: { contents: ENTRY, resolveDir: join(__dirname, '..'), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    outfile,
    logLevel: 'error',
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file written a moment ago, loaded as Node loads any bundle
  return require(outfile) as BundledCore;
}

/** A new engine with empty memos over the bundled dataset, from the bundled code. */
export function freshBundledEngine(core: BundledCore): Harmonize {
  return core.Harmonize.fromDataset(core.dataset);
}
