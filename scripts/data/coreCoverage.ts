import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvRecords } from '../../src/core/csv';
import type { Adoption, Catalog } from '../../src/core/dataset/catalog';
import type { CompiledDataset } from '../../src/core/dataset/types';
import { withheldAdoption } from '../../src/core/query/equivalent';
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

/**
 * The record each answered cell of the core matrix answers an undated id with (what an analyst's matrix shows):
 * the place's newest record of the standard, unless it is withheld as ended or presumably replaced.
 */
export function coreAnswers(catalog: Catalog, core: readonly CoreStandard[]): Adoption[] {
  const answers: Adoption[] = [];
  for (const { standard } of core) {
    for (const place of G20) {
      const newest = catalog.adoptionsIn(standard, place)[0];
      if (newest && !withheldAdoption(catalog, standard, place)) answers.push(newest);
    }
  }
  return answers;
}

const share = (part: number, whole: number) => (whole ? `${Math.round((100 * part) / whole)}%` : '-');

/**
 * How much of the core matrix (core standards x G20) an analyst gets an answer for: a cell is answered when a cited
 * or derived record exists there whose newest is not withheld (superseded, withdrawn or presumably replaced: what
 * EQUIVALENT answers for an undated standard), or a recorded search of the national catalogue found none. Shown per
 * jurisdiction and per family, so the next research pass goes where the gaps are.
 */
export function coreCoverageSection(catalog: Catalog, core: readonly CoreStandard[]): string[] {
  if (core.length === 0) return [];
  const withheld = (key: string, place: string) => withheldAdoption(catalog, key, place);
  const ended = (key: string, place: string) => withheld(key, place)?.outdatedBy === null;
  const outdated = (key: string, place: string) => Boolean(withheld(key, place)?.outdatedBy);
  const adopted = (key: string, place: string) => catalog.adoptionsIn(key, place).length > 0 && !withheld(key, place);
  const searched = (key: string, place: string) => !adopted(key, place) && catalog.absence(key, place) !== undefined;
  // The record an undated id answers with rests on its own source (a derived record on its EN's): the issue wants
  // every one of them primary or secondary, so the cells that are not are counted where they are.
  const weak = (key: string, place: string) => adopted(key, place) && !['primary', 'secondary'].includes(tierOf(catalog.adoptionsIn(key, place)[0].source));
  const filled = (key: string, place: string) => adopted(key, place) || searched(key, place);
  const cells = core.length * G20.length;
  const count = (test: (key: string, place: string) => boolean) => core.reduce((n, s) => n + G20.filter((p) => test(s.standard, p)).length, 0);
  const total = count(filled);
  const absent = count(searched);
  const byAdoption = count(adopted);
  const weakCells = count(weak);
  const uncatalogued = core.filter((s) => editionsOf(catalog, s.standard).length === 0).map((s) => s.standard);
  const lines = [
    `${core.length} core standards (data/core-standards.csv) x ${G20.length} G20 members: ${total} of ${cells} cells answered (${share(total, cells)}), ` +
      `${absent} of them by a recorded search of the national catalogue that found no adoption. ${count(ended)} more cells ` +
      `have only a superseded or withdrawn adoption recorded, and ${count(outdated)} only an adoption of an edition replaced ` +
      `${OUTDATED_AFTER_YEARS} or more years before the data that no source says is current (EQUIVALENT answers \`#N/A\` naming it; ` +
      'a dated id gets it).',
    '',
    `Of the ${byAdoption} cells answered by an adoption, ${byAdoption - weakCells} (${share(byAdoption - weakCells, byAdoption)}) rest on a primary or ` +
      `secondary source and ${weakCells} on a tertiary or unranked one (a derived record counts its EN record's source).`,
    '',
    `| jurisdiction | ${G20.join(' | ')} |`,
    `| --- | ${G20.map(() => '---:').join(' | ')} |`,
    `| answered | ${G20.map((p) => share(core.filter((s) => filled(s.standard, p)).length, core.length)).join(' | ')} |`,
    `| no adoption found | ${G20.map((p) => core.filter((s) => searched(s.standard, p)).length).join(' | ')} |`,
    `| answered from a tertiary or unranked source | ${G20.map((p) => core.filter((s) => weak(s.standard, p)).length).join(' | ')} |`,
    '',
    '| family | standards | cells answered |',
    '| --- | ---: | ---: |',
  ];
  for (const family of [...new Set(core.map((s) => s.family))]) {
    const members = core.filter((s) => s.family === family);
    const answered = members.reduce((n, s) => n + G20.filter((p) => filled(s.standard, p)).length, 0);
    lines.push(`| ${family} | ${members.length} | ${share(answered, members.length * G20.length)} |`);
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
