import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCsvRecords } from '../../src/core/csv';

export const DATA_DIR = join(__dirname, '..', '..', 'data');

/** A CSV row with the file and line it came from, so every problem points at the line to fix. */
export interface SourceRow {
  file: string;
  line: number;
  values: Record<string, string>;
}

/** Every row of every CSV file in a data folder whose name starts with `prefix`. */
export function readRows(dataDir: string, folder: string, prefix = ''): SourceRow[] {
  const dir = join(dataDir, folder);
  if (!existsSync(dir)) return [];
  const rows: SourceRow[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.csv') || !name.startsWith(prefix)) continue;
    const path = join(dir, name);
    const file = relative(join(dataDir, '..'), path);
    parseCsvRecords(readFileSync(path, 'utf8')).forEach((values, i) => rows.push({ file, line: i + 2, values }));
  }
  return rows;
}

export function readVendorCsv(dataDir: string, path: string): Record<string, string>[] {
  return parseCsvRecords(readFileSync(join(dataDir, 'vendor', path), 'utf8'));
}
