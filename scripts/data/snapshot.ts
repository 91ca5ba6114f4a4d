import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileDataset } from './compile';
import { RELEASES_FOLDER, snapshotFileName, snapshotJson, snapshotOf } from './releaseSnapshot';
import { DATA_DIR } from './readSources';

/**
 * `npm run data:snapshot`: keeps the current data as a release, in data/releases/<version>.json, so that the next
 * version's changelog is computed against it. Run it when a version is released, after `data:build`. An existing
 * snapshot is never overwritten without `--force`: it is what users of that release were answered.
 */
const { dataset, problems } = compileDataset();
if (problems.errors.length) {
  console.error(`${problems.errors.length} data errors: no snapshot written (see npm run data:check)`);
  process.exit(1);
}
const dir = join(DATA_DIR, RELEASES_FOLDER);
const path = join(dir, snapshotFileName(dataset.version));
if (existsSync(path) && !process.argv.includes('--force')) {
  console.error(`${path} exists: release ${dataset.version} is already kept (bump data/dataset.json's version, or pass --force)`);
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
const snapshot = { ...snapshotOf(dataset), note: `Release ${dataset.version}, kept by npm run data:snapshot.` };
writeFileSync(path, snapshotJson(snapshot));
console.log(`Wrote ${path}: ${snapshot.adoptions.length} records, ${snapshot.rules.length} rules, checksum ${dataset.checksum}`);
