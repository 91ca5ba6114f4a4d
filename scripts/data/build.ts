import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileDataset } from './compile';
import { CATALOGUE_FILE, compileCatalogueFile } from './catalogueFile';
import { CHANGES_FILE, changesMarkdown } from './changesFile';
import { COVERAGE_FILE, coverageFor } from './coverageFile';

const OUTPUT = join(__dirname, '..', '..', 'src', 'core', 'dataset', 'compiled.json');

const compilation = compileDataset();
const { dataset, problems } = compilation;
const { catalogue, problems: catalogueProblems } = compileCatalogueFile();
const errors = [...problems.errors, ...catalogueProblems.errors];
for (const p of errors) console.error(`error   ${p.where}: ${p.message}`);
if (errors.length > 0) {
  // A dataset with errors is never written: the bundle keeps the last good one, and the build fails.
  console.error(`${errors.length} errors: nothing written`);
  process.exit(1);
}
writeFileSync(OUTPUT, JSON.stringify(dataset));
writeFileSync(COVERAGE_FILE, coverageFor(compilation));
writeFileSync(CATALOGUE_FILE, JSON.stringify(catalogue));
writeFileSync(CHANGES_FILE, changesMarkdown(dataset));
console.log(
  `Wrote ${OUTPUT} and ${COVERAGE_FILE}: ${dataset.standards.length} editions, ${dataset.adoptions.length} cited adoptions, ` +
    `${dataset.rules.length} rules, ${dataset.jurisdictions.length} jurisdictions, checksum ${dataset.checksum}`,
);
const since = dataset.releases?.length ? ` since ${dataset.releases[dataset.releases.length - 1].version}` : ' (no earlier release kept)';
console.log(`Wrote ${CHANGES_FILE}: ${dataset.changes?.length ?? 0} changes${since}`);
console.log(`Wrote ${CATALOGUE_FILE}: ${catalogue.iec.count} IEC publications, ${catalogue.jis.count} JIS, checksum ${catalogue.checksum}`);
