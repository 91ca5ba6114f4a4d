import { writeFileSync } from 'node:fs';
import { Catalog } from '../../src/core/dataset/catalog';
import { compileCatalogueFile } from './catalogueFile';
import { compileDataset } from './compile';
import { COVERAGE_FILE, coverageFor } from './coverageFile';
import { measureCoverage, percent } from './coverageReport';

/** Writes data/COVERAGE.md (as data:build does) and prints the headline figures and every compile warning. */
const compilation = compileDataset();
const { dataset, problems } = compilation;
const catalog = new Catalog(dataset);
const c = measureCoverage(dataset, catalog);
const { catalogue, problems: catalogueProblems } = compileCatalogueFile();
writeFileSync(COVERAGE_FILE, coverageFor(compilation, catalogue));
const total = c.cited + c.derived;
console.log(`Dataset ${dataset.version} (${dataset.date}), checksum ${dataset.checksum}`);
console.log(`Editions: ${c.editions} (${c.editionsByAdoptionOnly} evidenced only by an adoption) of ${c.standards} standards`);
console.log(`Adoptions: ${total}: ${c.cited} cited, ${c.derived} derived (${percent(c.derived, total)} derived)`);
console.log(`Jurisdictions with at least one adoption: ${c.byPlace.size}; derivation rules: ${dataset.rules.length}`);
console.log(`Harmonised citations: ${dataset.harmonised.length}; FDA recognitions: ${dataset.fda.length}; scheme memberships: ${dataset.recognition.length}`);
console.log(`NIST crosswalk links: ${dataset.crosswalks.map((x) => `${x.fromFramework} -> ${x.toFramework} ${x.links.length}`).join('; ')}`);
console.log(`Thin (fewer than 3 cited records): ${c.thin.join(' ')}`);
console.log(`Wrote the full report (grid, per jurisdiction, sources by site, fewest adoptions) to ${COVERAGE_FILE}`);
const catalogueWarnings = catalogueProblems.warnings;
console.log(`\n${problems.warnings.length + catalogueWarnings.length} warnings:`);
for (const w of [...problems.warnings, ...catalogueWarnings]) console.log(`  ${w.where}: ${w.message}`);
