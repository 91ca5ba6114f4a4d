import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileDataset } from './compile';

const OUTPUT = join(__dirname, '..', '..', 'src', 'core', 'dataset', 'compiled.json');

const { dataset, problems } = compileDataset();
for (const p of problems.errors) console.error(`error   ${p.where}: ${p.message}`);
writeFileSync(OUTPUT, JSON.stringify(dataset));
console.log(
  `Wrote ${OUTPUT}: ${dataset.standards.length} editions, ${dataset.adoptions.length} cited adoptions, ` +
    `${dataset.rules.length} rules, ${dataset.jurisdictions.length} jurisdictions, checksum ${dataset.checksum}` +
    (problems.errors.length ? ` (${problems.errors.length} errors: run npm run data:check)` : ''),
);
