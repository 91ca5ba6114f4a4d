import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileDataset } from './compile';
import { COVERAGE_FILE, coverageFor } from './coverageFile';

const OUTPUT = join(__dirname, '..', '..', 'src', 'core', 'dataset', 'compiled.json');

const compilation = compileDataset();
const { dataset, problems } = compilation;
for (const p of problems.errors) console.error(`error   ${p.where}: ${p.message}`);
writeFileSync(OUTPUT, JSON.stringify(dataset));
writeFileSync(COVERAGE_FILE, coverageFor(compilation));
console.log(
  `Wrote ${OUTPUT} and ${COVERAGE_FILE}: ${dataset.standards.length} editions, ${dataset.adoptions.length} cited adoptions, ` +
    `${dataset.rules.length} rules, ${dataset.jurisdictions.length} jurisdictions, checksum ${dataset.checksum}` +
    (problems.errors.length ? ` (${problems.errors.length} errors: run npm run data:check)` : ''),
);
