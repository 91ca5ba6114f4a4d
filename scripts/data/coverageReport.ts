import type { Catalog } from '../../src/core/dataset/catalog';
import type { CompiledDataset } from '../../src/core/dataset/types';
import { placeAnswer } from '../../src/core/query/equivalent';
import { OUTDATED_AFTER_YEARS } from '../../src/core/query/outdated';
import { type CoreStandard, coreCoverageSection, g20DegreeSection } from './coreCoverage';
import { hostOfUrl, type SourceTier, tierOf } from './sourceTiers';

/**
 * The standards analysts map most (the dataset issue's list), shown as rows of the coverage grid so a gap in a
 * headline standard is visible at a glance rather than buried in a per-jurisdiction total.
 */
export const HEADLINE_STANDARDS = [
  'ISO 9001', 'ISO 14001', 'ISO 45001', 'ISO 50001', 'ISO 22000', 'ISO/IEC 27001', 'ISO/IEC 27002', 'ISO/IEC 27701',
  'ISO 22301', 'ISO 37001', 'ISO/IEC 20000-1', 'ISO 31000', 'ISO 19011', 'ISO/IEC 17000', 'ISO/IEC 17025',
  'ISO/IEC 17065', 'ISO/IEC 17021-1', 'ISO 15189', 'ISO 13485', 'ISO 14971', 'ISO 10993-1', 'ISO 11135',
  'ISO 11137-1', 'ISO 11607-1', 'ISO 15223-1', 'ISO 20417', 'IEC 62304', 'IEC 62366-1', 'IEC 60601-1',
  'IEC 60601-1-2', 'IEC 62368-1', 'IEC 60335-1', 'IEC 61010-1', 'IEC 60204-1', 'CISPR 32', 'IEC 61508-1',
  'ISO 26262-1', 'ISO 13849-1', 'ISO 12100', 'ISO 8601-1', 'ISO 3166-1', 'ISO 4217', 'ISO 639', 'ISO 20022-1',
  'ISO/IEC 15408-1', 'ISO/IEC 29100', 'ISO/IEC 42001',
];

/** Columns of the grid: the regional record, then the G20 members that are countries. */
export const GRID_PLACES = ['EU', 'US', 'CN', 'JP', 'IN', 'DE', 'GB', 'FR', 'IT', 'CA', 'AU', 'BR', 'RU', 'KR', 'MX', 'ID', 'TR', 'SA', 'AR', 'ZA'];

const THIN_BELOW = 3;
const FEWEST_SHOWN = 40;
const DOMAINS_SHOWN = 40;

interface PlaceCount {
  cited: number;
  derived: number;
  standards: Set<string>;
}

export interface Coverage {
  editions: number;
  editionsByAdoptionOnly: number;
  standards: number;
  cited: number;
  derived: number;
  /** Cited records whose source names the national document but not the edition, deduced from dates instead. */
  editionInferred: number;
  byPlace: Map<string, PlaceCount>;
  thin: string[];
}

const standardKey = (edition: string) => edition.replace(/:\d{4}$/, '');

export function measureCoverage(dataset: CompiledDataset, catalog: Catalog): Coverage {
  const byPlace = new Map<string, PlaceCount>();
  let derived = 0;
  for (const a of catalog.adoptions) {
    const entry = byPlace.get(a.jurisdiction) ?? { cited: 0, derived: 0, standards: new Set<string>() };
    if (a.provenance === 'derived') {
      entry.derived++;
      derived++;
    } else entry.cited++;
    entry.standards.add(standardKey(a.standard));
    byPlace.set(a.jurisdiction, entry);
  }
  return {
    editions: dataset.standards.length,
    editionsByAdoptionOnly: dataset.standards.filter((s) => s.evidencedByAdoption).length,
    standards: new Set(dataset.standards.map((s) => standardKey(s.id))).size,
    cited: catalog.adoptions.length - derived,
    derived,
    editionInferred: dataset.adoptions.filter((a) => a.editionInferred).length,
    byPlace,
    thin: [...byPlace.entries()].filter(([, n]) => n.cited < THIN_BELOW).map(([code]) => code).sort(),
  };
}

export function percent(part: number, whole: number): string {
  return whole ? `${((100 * part) / whole).toFixed(1)}%` : '0%';
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '(not a URL)';
  }
}

/**
 * One grid cell: E when the newest record in force has ended, O when it adopts an edition replaced long ago (see
 * outdatingEdition), U when every record is still to take effect, C when a cited record answers, D when only a
 * derived one does, blank when nothing does.
 */
function gridCell(catalog: Catalog, key: string, place: string): string {
  const { withheld, upcoming } = placeAnswer(catalog, key, place);
  if (withheld) return withheld.outdatedBy ? 'O' : 'E';
  if (upcoming) return 'U';
  const records = catalog.adoptionsIn(key, place);
  if (records.some((a) => a.provenance !== 'derived')) return 'C';
  return records.length ? 'D' : ' ';
}

function headline(dataset: CompiledDataset, c: Coverage): string[] {
  const total = c.cited + c.derived;
  return [
    `Dataset ${dataset.version} (${dataset.date}), checksum \`${dataset.checksum}\`.`,
    '',
    '| measure | count |',
    '| --- | ---: |',
    `| international standard editions | ${c.editions} (${c.editionsByAdoptionOnly} known only from an adoption record) |`,
    `| standards (editions grouped) | ${c.standards} |`,
    `| adoptions | ${total} |`,
    `| cited adoptions | ${c.cited} (${percent(c.cited, total)}) |`,
    `| cited adoptions whose edition is inferred from dates (EQUIVALENT's "basis") | ${c.editionInferred} |`,
    `| derived adoptions (CEN/CENELEC naming rules) | ${c.derived} (${percent(c.derived, total)}) |`,
    `| jurisdictions with an adoption | ${c.byPlace.size} |`,
    `| derivation rules | ${dataset.rules.length} |`,
    `| EU harmonised citations | ${dataset.harmonised.length} |`,
    `| FDA recognitions | ${dataset.fda.length} |`,
    `| mutual-recognition memberships | ${dataset.recognition.length} |`,
    `| NIST crosswalk links | ${dataset.crosswalks.reduce((n, x) => n + x.links.length, 0)} |`,
  ];
}

function grid(catalog: Catalog): string[] {
  const lines = [
    `| standard | ${GRID_PLACES.join(' | ')} |`,
    `| --- | ${GRID_PLACES.map(() => ':-:').join(' | ')} |`,
  ];
  for (const key of HEADLINE_STANDARDS) {
    lines.push(`| ${key} | ${GRID_PLACES.map((p) => gridCell(catalog, key, p)).join(' | ')} |`);
  }
  return lines;
}

function perJurisdiction(c: Coverage): string[] {
  const lines = ['| jurisdiction | cited | derived | standards |', '| --- | ---: | ---: | ---: |'];
  for (const [code, n] of [...c.byPlace.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`| ${code} | ${n.cited} | ${n.derived} | ${n.standards.size} |`);
  }
  return lines;
}

/** Which sites the records rest on: every cited row (adoption, edition, regime, rule, jurisdiction fact) counts once for its source's host. */
function sourcesByDomain(dataset: CompiledDataset): string[] {
  const counts = new Map<string, number>();
  const count = (src: number) => {
    const host = hostOf(dataset.sources[src]);
    counts.set(host, (counts.get(host) ?? 0) + 1);
  };
  for (const rows of [dataset.adoptions, dataset.standards, dataset.harmonised, dataset.fda, dataset.recognition, dataset.rules]) {
    for (const row of rows) count(row.src);
  }
  for (const j of dataset.jurisdictions) {
    for (const fact of [j.body, j.wto, j.gdprAdequacy, j.ifrs]) if (fact) count(fact.src);
  }
  const sorted = [...counts.entries()].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const lines = [`${counts.size} sites. The ${Math.min(DOMAINS_SHOWN, sorted.length)} most cited:`, '', '| site | records |', '| --- | ---: |'];
  for (const [host, n] of sorted.slice(0, DOMAINS_SHOWN)) lines.push(`| ${host} | ${n} |`);
  return lines;
}

/** The share of cited adoption records by the tier of their source's site, and the sites still to be ranked. */
function sourcesByTier(dataset: CompiledDataset): string[] {
  const counts: Record<SourceTier, number> = { primary: 0, secondary: 0, tertiary: 0, unranked: 0 };
  const unranked = new Map<string, number>();
  for (const a of dataset.adoptions) {
    const url = dataset.sources[a.src];
    const tier = tierOf(url);
    counts[tier]++;
    if (tier === 'unranked') unranked.set(hostOfUrl(url), (unranked.get(hostOfUrl(url)) ?? 0) + 1);
  }
  const total = dataset.adoptions.length;
  const lines = ['| tier | cited adoption records | share |', '| --- | ---: | ---: |'];
  for (const tier of Object.keys(counts) as SourceTier[]) lines.push(`| ${tier} | ${counts[tier]} | ${percent(counts[tier], total)} |`);
  const sites = [...unranked.entries()].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const unrankedSites = sites.length === 0 ? 'Unranked sites: none.' : `Unranked sites (${sites.length}), most used first: ${sites.slice(0, DOMAINS_SHOWN).map(([h, n]) => `${h} (${n})`).join(', ')}.`;
  lines.push('', `Primary or secondary: ${percent(counts.primary + counts.secondary, total)}. ${unrankedSites}`);
  return lines;
}

/** Catalogued standards adopted in the fewest jurisdictions: where the next research pass pays most. */
function fewestAdoptions(catalog: Catalog): string[] {
  const reach = [...catalog.editionsByKey.keys()].map((key) => ({
    key,
    places: new Set(catalog.adoptionsOf(key).map((a) => a.jurisdiction)).size,
  }));
  reach.sort((a, b) => a.places - b.places || a.key.localeCompare(b.key));
  const none = reach.filter((r) => r.places === 0).length;
  const lines = [`${none} catalogued standards have no adoption recorded. The ${FEWEST_SHOWN} with the fewest:`, ''];
  lines.push(reach.slice(0, FEWEST_SHOWN).map((r) => `${r.key} (${r.places})`).join(', '));
  return lines;
}

/** The coverage report as Markdown: stable for a given dataset, so it can be committed and diffed. */
export function coverageMarkdown(dataset: CompiledDataset, catalog: Catalog, warnings: number, core: readonly CoreStandard[] = []): string {
  const c = measureCoverage(dataset, catalog);
  return [
    '# Dataset coverage',
    '',
    'Generated by `npm run data:report` (or `data:build`) from the files in `data/`; do not edit by hand.',
    '',
    ...headline(dataset, c),
    '',
    ...(core.length ? ['## Core standards across the G20', '', ...coreCoverageSection(catalog, core), ''] : []),
    '## Degrees of correspondence in the G20',
    '',
    ...g20DegreeSection(dataset),
    '',
    '## Headline standards by jurisdiction',
    '',
    'C = a cited record (any edition), D = derived by a CEN/CENELEC naming rule only, E = only a superseded or',
    `withdrawn adoption recorded, O = the newest recorded adopts an edition replaced ${OUTDATED_AFTER_YEARS} or more years before the data`,
    'and no source says it is current, U = only a national document published but not yet in force, blank = nothing recorded:',
    'EQUIVALENT answers `#N/A` with its reason for E, O, U and blank.',
    '',
    ...grid(catalog),
    '',
    '## Records per jurisdiction',
    '',
    ...perJurisdiction(c),
    '',
    `Thin (fewer than ${THIN_BELOW} cited records): ${c.thin.join(' ')}`,
    '',
    '## Sources by site',
    '',
    ...sourcesByDomain(dataset),
    '',
    '## Sources by tier',
    '',
    'Primary: the national body, an official journal, a regulator, ISO, IEC, CEN, CENELEC. Secondary: resellers,',
    'accreditation bodies, test houses, reference works. Tertiary: document-sharing sites, blogs, code repositories',
    '(scripts/data/sourceTiers.ts).',
    '',
    ...sourcesByTier(dataset),
    '',
    '## Standards with the fewest adoptions',
    '',
    ...fewestAdoptions(catalog),
    '',
    `The compile step raised ${warnings} warnings; \`npm run data:report\` prints them.`,
    '',
  ].join('\n');
}
