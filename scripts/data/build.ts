import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileDataset } from './compile';
import { CATALOGUE_FILE, compileCatalogueFile } from './catalogueFile';
import { CHANGELOG_FILE, NOTES_FILE, splitCompanions } from './companionFiles';
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
const { bundled, changelog, notes } = splitCompanions(dataset);
writeFileSync(OUTPUT, JSON.stringify(bundled));
writeFileSync(CHANGELOG_FILE, JSON.stringify(changelog));
writeFileSync(NOTES_FILE, JSON.stringify(notes));
writeFileSync(COVERAGE_FILE, coverageFor(compilation, catalogue));
writeFileSync(CATALOGUE_FILE, JSON.stringify(catalogue));
writeFileSync(CHANGES_FILE, changesMarkdown(dataset));
console.log(
  `Wrote ${OUTPUT} and ${COVERAGE_FILE}: ${dataset.standards.length} editions, ${dataset.adoptions.length} cited adoptions, ` +
    `${dataset.rules.length} rules, ${dataset.jurisdictions.length} jurisdictions, checksum ${dataset.checksum}`,
);
const kept = dataset.releases?.length ? ` since ${dataset.releases[0].version}` : ' (no earlier release kept)';
console.log(`Wrote ${CHANGELOG_FILE} and ${CHANGES_FILE}: ${changelog.changes.length} changes${kept}`);
console.log(`Wrote ${NOTES_FILE}: ${notes.notes.filter(Boolean).length} notes of cited records`);
console.log(`Wrote ${CATALOGUE_FILE}: ${catalogue.iec.count} IEC publications, ${catalogue.jis.count} JIS, checksum ${catalogue.checksum}`);
