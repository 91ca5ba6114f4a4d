import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledChangelog, CompiledDataset } from '../../src/core/dataset/types';

/** The changelog, committed beside compiled.json and loaded with the catalogues (not in the functions bundle). */
export const CHANGELOG_FILE = join(__dirname, '..', '..', 'src', 'core', 'dataset', 'changelog.json');

/**
 * Splits a compiled dataset into what the functions bundle carries (everything but the changelog, with its length)
 * and the changelog file, stamped with the dataset's checksum so that a host never pairs it with other data. The
 * checksum still covers the changelog: it was computed before the split.
 */
export function splitChangelog(dataset: CompiledDataset): { bundled: CompiledDataset; changelog: CompiledChangelog } {
  const { changes = [], ...rest } = dataset;
  return {
    bundled: { ...rest, changeCount: changes.length },
    changelog: { format: 1, version: dataset.version, checksum: dataset.checksum, changes },
  };
}

/** The dataset checksum the committed changelog.json was written for, or null when there is none. */
export function committedChangelogChecksum(): string | null {
  if (!existsSync(CHANGELOG_FILE)) return null;
  return (JSON.parse(readFileSync(CHANGELOG_FILE, 'utf8')) as CompiledChangelog).checksum;
}
