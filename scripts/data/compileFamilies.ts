import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { StandardFamily } from '../../src/core/dataset/types';
import { parseStandardId } from '../../src/core/identifiers/parseStandardId';
import { pushTo } from '../../src/core/multiMap';
import { readCoreStandards } from './coreCoverage';
import type { Problems } from './problems';

/**
 * The families of data/core-standards.csv ("medical devices", "management systems"), in the file's order, so that
 * GAPS can take a family's name for its list of standards. A folder without the file (a test's) has none.
 */
export function compileFamilies(dataDir: string, problems: Problems): StandardFamily[] {
  if (!existsSync(join(dataDir, 'core-standards.csv'))) return [];
  const families = new Map<string, string[]>();
  for (const { standard, family } of readCoreStandards(dataDir)) {
    const parsed = parseStandardId(standard);
    if (!parsed || parsed.year !== null || parsed.key !== standard) {
      problems.error('data/core-standards.csv', `'${standard}' must be a standard without its edition, as ISO writes it ("ISO 13485")`);
      continue;
    }
    if (!family) problems.error('data/core-standards.csv', `${standard} has no family`);
    else pushTo(families, family, standard);
  }
  return [...families].map(([name, standards]) => ({ name, standards }));
}
