import { join } from 'node:path';

/** The committed coverage report: written by data:build with compiled.json, checked for staleness by data:check. */
export const COVERAGE_FILE = join(__dirname, '..', '..', 'data', 'COVERAGE.md');
