/** Raw and gzipped sizes of the two bundles Excel loads, and of the catalogues it fetches on first need. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

export function bundleSizes(dist: string): BundleSize[] {
  return ['functions.js', 'taskpane.js', 'catalogue.json', 'changelog.json', 'notes.json'].map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
}
