import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileDataset } from './compile';

/** Fails on any data error, and when the committed compiled.json is not what the sources compile to. */
const { dataset, problems } = compileDataset();
for (const p of problems.errors) console.error(`error   ${p.where}: ${p.message}`);
const committed = JSON.parse(readFileSync(join(__dirname, '..', '..', 'src', 'core', 'dataset', 'compiled.json'), 'utf8'));
const stale = committed.checksum !== dataset.checksum;
if (stale) console.error('error   src/core/dataset/compiled.json is stale: run npm run data:build');
console.log(`${problems.errors.length} errors, ${problems.warnings.length} warnings (see npm run data:report)`);
process.exit(problems.errors.length > 0 || stale ? 1 : 0);
