import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway data folder holding the given files (paths relative to it), for tests of the data scripts. */
export function tempDataDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'harmonize-data-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
