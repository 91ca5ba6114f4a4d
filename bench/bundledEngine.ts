/**
 * The core engine as a bundler emits it. Under tsx every import is read through an accessor, which the shipped
 * functions.js does not have: a first MATRIX measured through tsx ran about a third slower than the same code
 * bundled. The bench bundles src/core into a temporary file, so that a fresh engine can be timed on shipped-shape code
 * (in a process of its own: see matrix.ts).
 */
import { buildSync } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ENTRY = `
export { Harmonize } from './src/core';
export { default as dataset } from './src/core/dataset/compiled.json';
`;

/** Bundles src/core with its dataset into a temporary CommonJS file and returns its path. */
export function bundleCore(): string {
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
  return outfile;
}
