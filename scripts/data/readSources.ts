import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCsv, parseCsvRecords } from '../../src/core/csv';
import type { Problems } from './problems';
import { headerProblems, TABLE_COLUMNS } from './schema';

export const DATA_DIR = join(__dirname, '..', '..', 'data');

/** A CSV row with the file and line it came from, so every problem points at the line to fix. */
export interface SourceRow {
  file: string;
  line: number;
  values: Record<string, string>;
}

/**
 * Every row of every CSV file in a data folder whose name starts with `prefix`, after checking each file's header
 * against the table's schema and each row's width against the header: nothing typed is dropped without an error.
 */
export function readRows(dataDir: string, folder: string, prefix: string, problems: Problems): SourceRow[] {
  const dir = join(dataDir, folder);
  if (!existsSync(dir)) return [];
  const table = TABLE_COLUMNS[`${folder}/${prefix}`] ? `${folder}/${prefix}` : folder;
  const rows: SourceRow[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.csv') || !name.startsWith(prefix)) continue;
    const path = join(dir, name);
    const file = relative(join(dataDir, '..'), path);
    const [header = [], ...cells] = parseCsv(readFileSync(path, 'utf8'));
    const names = header.map((h) => h.trim());
    for (const message of headerProblems(table, names)) problems.error(`${file}:1`, message);
    cells.forEach((row, i) => {
      if (row.length === 1 && row[0].trim() === '') return;
      const where = { file, line: i + 2, values: Object.fromEntries(names.map((n, k) => [n, (row[k] ?? '').trim()])) };
      if (row.length > names.length) problems.error(where, `Row has ${row.length} cells for ${names.length} columns`);
      rows.push(where);
    });
  }
  return rows;
}

/**
 * The shared source tables (country codes, memberships, NIST crosswalks, the IEC and JIS catalogues) live beside the
 * repository, not in it: the compile step reads them there and commits only what it compiles from them.
 * HARMONIZE_SHARED_DATA points elsewhere.
 */
export function sharedDataDir(dataDir: string): string {
  return process.env.HARMONIZE_SHARED_DATA ?? join(dataDir, '..', '..', 'shared', 'data');
}

export function readSharedCsv(sharedDir: string, path: string): Record<string, string>[] {
  const file = join(sharedDir, path);
  if (!existsSync(file)) {
    throw new Error(`Shared source table ${file} is missing: recompiling the data reads ../shared/data (see README)`);
  }
  return parseCsvRecords(readFileSync(file, 'utf8'));
}
