import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvRecords } from '../../src/core/csv';
import type { Adoption, Catalog } from '../../src/core/dataset/catalog';
import type { CompiledDataset } from '../../src/core/dataset/types';
import { type WithheldAdoption, placeAnswer } from '../../src/core/query/equivalent';
import { OUTDATED_AFTER_YEARS } from '../../src/core/query/outdated';
import { editionsOf } from '../../src/core/resolve/knownStandards';
import { DATA_DIR } from './readSources';
import { tierOf } from './sourceTiers';

/** One of the standards analysts map most, from data/core-standards.csv, with its family and why it is core. */
export interface CoreStandard {
  standard: string;
  family: string;
  why: string;
}

/** The G20: the EU and the nineteen member countries. */
export const G20 = ['EU', 'AR', 'AU', 'BR', 'CA', 'CN', 'DE', 'FR', 'GB', 'IN', 'ID', 'IT', 'JP', 'KR', 'MX', 'RU', 'SA', 'ZA', 'TR', 'US'];

export function readCoreStandards(dataDir = DATA_DIR): CoreStandard[] {
  return parseCsvRecords(readFileSync(join(dataDir, 'core-standards.csv'), 'utf8')).map((r) => ({ standard: r.standard, family: r.family, why: r.why }));
}

/** One cell of the core matrix: what EQUIVALENT answers an undated id with there, or why it answers #N/A. */
interface CoreCell {
  standard: string;
  family: string;
  place: string;
  /** The place's newest record, when it is not withheld. */
  answer: Adoption | undefined;
  withheld: WithheldAdoption | undefined;
  /** No answer: every record there is a document published but not yet in force. */
  upcoming: Adoption | undefined;
  /** No answer, but a recorded search of the national catalogue (or the body's own word) found no adoption. */
  searched: boolean;
}

/** Every cell of the core matrix, each looked up once: the report and the audit read the same cells. */
function coreCells(catalog: Catalog, core: readonly CoreStandard[]): CoreCell[] {
  return core.flatMap(({ standard, family }) =>
    G20.map((place) => {
      const { record: answer, withheld, upcoming } = placeAnswer(catalog, standard, place);
      return { standard, family, place, answer, withheld, upcoming, searched: !answer && catalog.absence(standard, place) !== undefined };
    }),
  );
}

/**
 * The record each answered cell of the core matrix answers an undated id with (what an analyst's matrix shows):
 * the place's newest record of the standard, unless it is withheld as ended or presumably replaced.
 */
export function coreAnswers(catalog: Catalog, core: readonly CoreStandard[]): Adoption[] {
  return coreCells(catalog, core).flatMap((c) => (c.answer ? [c.answer] : []));
}

const share = (part: number, whole: number) => (whole ? `${Math.round((100 * part) / whole)}%` : '-');

const filled = (c: CoreCell) => c.answer !== undefined || c.searched;
// The record an undated id answers with rests on its own source (a derived record on its EN's): the issue wants
// every one of them primary or secondary, so the cells that are not are counted where they are.
const weak = (c: CoreCell) => c.answer !== undefined && !['primary', 'secondary'].includes(tierOf(c.answer.source));
// An analyst copies the answer into a compliance file: whether it is known to be in force matters as much as its source.
const current = (c: CoreCell) => c.answer?.status === 'current';

/**
 * How much of the core matrix (core standards x G20) an analyst gets an answer for: a cell is answered when a cited
 * or derived record exists there whose newest in force is not withheld (superseded, withdrawn or presumably replaced: what
 * EQUIVALENT answers for an undated standard), or a recorded search of the national catalogue (or the body's word) found none. Shown per
 * jurisdiction and per family, so the next research pass goes where the gaps are.
 */
export function coreCoverageSection(catalog: Catalog, core: readonly CoreStandard[]): string[] {
  if (core.length === 0) return [];
  const cells = coreCells(catalog, core);
  const count = (test: (c: CoreCell) => boolean, of: readonly CoreCell[] = cells) => of.filter(test).length;
  const inPlace = (place: string) => cells.filter((c) => c.place === place);
  const total = count(filled);
  const absent = count((c) => c.searched);
  const byAdoption = count((c) => c.answer !== undefined);
  const weakCells = count(weak);
  const currentCells = count(current);
  const uncatalogued = core.filter((s) => editionsOf(catalog, s.standard).length === 0).map((s) => s.standard);
  const lines = [
    `${core.length} core standards (data/core-standards.csv) x ${G20.length} G20 members: ${total} of ${cells.length} cells answered (${share(total, cells.length)}), ` +
      `${absent} of them by a recorded search of the national catalogue, or the body's own word, that found no adoption. ${count((c) => c.withheld?.outdatedBy === null)} more cells ` +
      `have only a superseded or withdrawn adoption recorded, ${count((c) => Boolean(c.withheld?.outdatedBy))} only an adoption of an edition replaced ` +
      `${OUTDATED_AFTER_YEARS} or more years before the data that no source says is current, and ${count((c) => c.upcoming !== undefined)} only a ` +
      'national document published but not yet in force (EQUIVALENT answers `#N/A` naming it; a dated id gets it).',
    '',
    `Of the ${byAdoption} cells answered by an adoption, ${byAdoption - weakCells} (${share(byAdoption - weakCells, byAdoption)}) rest on a primary or ` +
      `secondary source and ${weakCells} on a tertiary or unranked one (a derived record counts its EN record's source). ` +
      `${currentCells} (${share(currentCells, byAdoption)}) are known to be current (a source read says so, or, for a derived designation the EN does not date, its EN's CEN record); ` +
      `EQUIVALENT's \`status\` answers \`unknown\` for the rest.`,
    '',
    `| jurisdiction | ${G20.join(' | ')} |`,
    `| --- | ${G20.map(() => '---:').join(' | ')} |`,
    `| answered | ${G20.map((p) => share(count(filled, inPlace(p)), core.length)).join(' | ')} |`,
    `| no adoption found | ${G20.map((p) => count((c) => c.searched, inPlace(p))).join(' | ')} |`,
    `| answered from a tertiary or unranked source | ${G20.map((p) => count(weak, inPlace(p))).join(' | ')} |`,
    `| answered with a status of current | ${G20.map((p) => count(current, inPlace(p))).join(' | ')} |`,
    '',
    '| family | standards | cells answered |',
    '| --- | ---: | ---: |',
  ];
  for (const family of [...new Set(core.map((s) => s.family))]) {
    const ofFamily = cells.filter((c) => c.family === family);
    lines.push(`| ${family} | ${ofFamily.length / G20.length} | ${share(count(filled, ofFamily), ofFamily.length)} |`);
  }
  lines.push('', `Core standards with no edition catalogued yet (${uncatalogued.length}): ${uncatalogued.join(', ') || 'none'}.`);
  return lines;
}

/**
 * How many cited G20 records say how closely they follow the international text (IDT, MOD, NEQ, from their source
 * or a body's published rule): an analyst's matrix shows "unknown" for the rest. Per jurisdiction, worst first.
 */
export function g20DegreeSection(dataset: CompiledDataset): string[] {
  const rows = G20.map((place) => {
    const cited = dataset.adoptions.filter((a) => a.jurisdiction === place);
    return { place, cited: cited.length, unknown: cited.filter((a) => !a.correspondence).length };
  });
  const cited = rows.reduce((n, r) => n + r.cited, 0);
  const unknown = rows.reduce((n, r) => n + r.unknown, 0);
  const worst = rows.filter((r) => r.unknown > 0).sort((a, b) => b.unknown - a.unknown || a.place.localeCompare(b.place));
  return [
    `${unknown} of ${cited} cited records in the G20 (${share(unknown, cited)}) state no degree of correspondence. By jurisdiction, most first:`,
    '',
    '| jurisdiction | cited | no degree |',
    '| --- | ---: | ---: |',
    ...worst.map((r) => `| ${r.place} | ${r.cited} | ${r.unknown} (${share(r.unknown, r.cited)}) |`),
  ];
}
