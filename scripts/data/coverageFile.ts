import { join } from 'node:path';
import { Catalog } from '../../src/core/dataset/catalog';
import type { Compilation } from './compile';
import { readCoreStandards } from './coreCoverage';
import { coverageMarkdown } from './coverageReport';

/** The committed coverage report: written by data:build and data:report, checked for staleness by data:check. */
export const COVERAGE_FILE = join(__dirname, '..', '..', 'data', 'COVERAGE.md');

/** What COVERAGE.md must hold for a compilation: the one rendering the writers and the checkers share. */
export function coverageFor({ dataset, problems }: Compilation, catalog = new Catalog(dataset)): string {
  return coverageMarkdown(dataset, catalog, problems.warnings.length, readCoreStandards());
}
