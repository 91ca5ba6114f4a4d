import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileDataset } from './compile';
import { committedCatalogueChecksum, compileCatalogueFile } from './catalogueFile';
import { CHANGELOG_FILE, committedChecksum, NOTES_FILE } from './companionFiles';
import { CHANGES_FILE, changesMarkdown } from './changesFile';
import { COVERAGE_FILE, coverageFor } from './coverageFile';

/**
 * Fails on any data error, and when the committed compiled.json, changelog.json, notes.json, catalogue.json, COVERAGE.md or
 * CHANGES.md is not what the sources (and the kept release snapshots) give.
 */
const compilation = compileDataset();
const { dataset, problems } = compilation;
const { catalogue, problems: catalogueProblems } = compileCatalogueFile();
const errors = [...problems.errors, ...catalogueProblems.errors];
for (const p of errors) console.error(`error   ${p.where}: ${p.message}`);
const committed = JSON.parse(readFileSync(join(__dirname, '..', '..', 'src', 'core', 'dataset', 'compiled.json'), 'utf8')) as { checksum: string };
const staleJson = committed.checksum !== dataset.checksum;
if (staleJson) console.error('error   src/core/dataset/compiled.json is stale: run npm run data:build');
const staleChangelog = committedChecksum(CHANGELOG_FILE) !== dataset.checksum;
if (staleChangelog) console.error('error   src/core/dataset/changelog.json is stale: run npm run data:build');
const staleNotes = committedChecksum(NOTES_FILE) !== dataset.checksum;
if (staleNotes) console.error('error   src/core/dataset/notes.json is stale: run npm run data:build');
const staleCoverage = !existsSync(COVERAGE_FILE) || readFileSync(COVERAGE_FILE, 'utf8') !== coverageFor(compilation, catalogue);
if (staleCoverage) console.error('error   data/COVERAGE.md is stale: run npm run data:build');
const staleChanges = !existsSync(CHANGES_FILE) || readFileSync(CHANGES_FILE, 'utf8') !== changesMarkdown(dataset);
if (staleChanges) console.error('error   data/CHANGES.md is stale: run npm run data:build');
const staleCatalogue = committedCatalogueChecksum() !== catalogue.checksum;
if (staleCatalogue) console.error('error   src/core/dataset/catalogue.json is stale: run npm run data:build');
const warnings = problems.warnings.length + catalogueProblems.warnings.length;
console.log(`${errors.length} errors, ${warnings} warnings (see npm run data:report)`);
process.exit(errors.length > 0 || staleJson || staleChangelog || staleNotes || staleCoverage || staleChanges || staleCatalogue ? 1 : 0);
