import { join } from 'node:path';
import { CatalogueIndex } from '../../src/core/catalogue/catalogueIndex';
import type { CompiledCatalogue } from '../../src/core/catalogue/types';
import { Catalog } from '../../src/core/dataset/catalog';
import { committedCatalogue } from './catalogueFile';
import type { Compilation } from './compile';
import { readCoreStandards } from './coreCoverage';
import { coverageMarkdown } from './coverageReport';

/** The committed coverage report: written by data:build and data:report, checked for staleness by data:check. */
export const COVERAGE_FILE = join(__dirname, '..', '..', 'data', 'COVERAGE.md');

/**
 * What COVERAGE.md must hold for a compilation: the one rendering the writers and the checkers share. The IEC and
 * JIS catalogues count as catalogued editions (ISO/IEC 38507 is known from the IEC webstore even with no adoption);
 * the committed catalogue.json is used unless the caller has just compiled one.
 */
export function coverageFor({ dataset, problems }: Compilation, catalogue: CompiledCatalogue | null = committedCatalogue()): string {
  const catalog = new Catalog(dataset, [], catalogue ? new CatalogueIndex(catalogue) : null);
  return coverageMarkdown(dataset, catalog, problems.warnings.length, readCoreStandards());
}
