import type { CompiledCrosswalk } from '../../src/core/dataset/types';
import { CONTROL_PATTERNS, FRAMEWORK_IDS, type FrameworkId, NO_TARGET, RELATIONSHIPS } from '../../src/core/query/crosswalkFrameworks';
import type { Problems } from './problems';
import { type SourceRow, readRows } from './readSources';
import { sourceAddressProblem } from './sourceAddress';

const FRAMEWORK_SET = new Set<string>(FRAMEWORK_IDS);
const RELATIONSHIP_SET = new Set(RELATIONSHIPS);

function checkControl(row: SourceRow, problems: Problems, id: string, framework: FrameworkId, column: string): boolean {
  if (CONTROL_PATTERNS[framework].test(id)) return true;
  problems.error(row, `${column} '${id}' is not a ${framework} id such as ${framework === 'SP800-53r5' ? 'AC-2(1)' : framework === 'ISO27001:2013' ? 'A.9.2.1' : 'ID.AM-1'}`);
  return false;
}

/** Reads one row's framework pair and citation, or reports why it cannot be used. */
function checkRow(row: SourceRow, problems: Problems): { from: FrameworkId; to: FrameworkId } | null {
  const v = row.values;
  for (const column of ['from_framework', 'to_framework']) {
    if (!FRAMEWORK_SET.has(v[column])) problems.error(row, `${column} '${v[column]}' is not one of ${FRAMEWORK_IDS.join(', ')}`);
  }
  const addressProblem = sourceAddressProblem(v.source);
  if (addressProblem) problems.error(row, addressProblem);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.read ?? '')) problems.error(row, 'Missing read date (YYYY-MM-DD)');
  if (!RELATIONSHIP_SET.has(v.relationship)) problems.error(row, `relationship '${v.relationship}' is not one of ${RELATIONSHIPS.join(', ')}`);
  if (v.strength && !/^(10|[1-9])$/.test(v.strength)) problems.error(row, `strength '${v.strength}' must be NIST's 1 to 10 or empty`);
  if (NO_TARGET.has(v.relationship) !== (v.to === '')) problems.error(row, `relationship '${v.relationship}' ${v.to ? 'must have no' : 'needs a'} 'to' control`);
  return FRAMEWORK_SET.has(v.from_framework) && FRAMEWORK_SET.has(v.to_framework)
    ? { from: v.from_framework as FrameworkId, to: v.to_framework as FrameworkId }
    : null;
}

/**
 * data/crosswalks/*.csv (written by `npm run data:import-nist`) as compact groups: one per mapping file and
 * framework pair, with relationship and strength texts stored once. The bundle carries only what CROSSWALK shows.
 */
export function compileCrosswalks(dataDir: string, problems: Problems, intern: (url: string) => number): CompiledCrosswalk[] {
  const groups = new Map<string, CompiledCrosswalk>();
  const seen = new Set<string>();
  for (const row of readRows(dataDir, 'crosswalks', '', problems)) {
    const v = row.values;
    const pair = checkRow(row, problems);
    if (!pair || !checkControl(row, problems, v.from, pair.from, 'from')) continue;
    if (v.to && !checkControl(row, problems, v.to, pair.to, 'to')) continue;
    const key = [v.from_framework, v.from, v.to_framework, v.to].join('|');
    if (seen.has(key)) {
      problems.error(row, `Duplicate crosswalk link ${v.from} -> ${v.to || '(none)'} (${v.from_framework} -> ${v.to_framework})`);
      continue;
    }
    seen.add(key);
    const src = intern(v.source);
    const groupKey = [v.from_framework, v.to_framework, src, v.read].join('|');
    let group = groups.get(groupKey);
    if (!group) groups.set(groupKey, (group = { fromFramework: pair.from, toFramework: pair.to, relationships: [], strengths: [], links: [], src, read: v.read }));
    const indexIn = (list: string[], text: string): number => (list.includes(text) ? list.indexOf(text) : list.push(text) - 1);
    const relationship = indexIn(group.relationships, v.relationship);
    group.links.push(v.strength ? [v.from, v.to, relationship, indexIn(group.strengths, v.strength)] : [v.from, v.to, relationship]);
  }
  return [...groups.values()];
}
