import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileDataset } from './compile';
import { COVERAGE_FILE, coverageFor } from './coverageFile';

const OUTPUT = join(__dirname, '..', '..', 'src', 'core', 'dataset', 'compiled.json');

const compilation = compileDataset();
const { dataset, problems } = compilation;
for (const p of problems.errors) console.error(`error   ${p.where}: ${p.message}`);
if (problems.errors.length > 0) {
  // A dataset with errors is never written: the bundle keeps the last good one, and the build fails.
  console.error(`${problems.errors.length} errors: nothing written`);
  process.exit(1);
}
writeFileSync(OUTPUT, JSON.stringify(dataset));
writeFileSync(COVERAGE_FILE, coverageFor(compilation));
console.log(
  `Wrote ${OUTPUT} and ${COVERAGE_FILE}: ${dataset.standards.length} editions, ${dataset.adoptions.length} cited adoptions, ` +
    `${dataset.rules.length} rules, ${dataset.jurisdictions.length} jurisdictions, checksum ${dataset.checksum}`,
);
