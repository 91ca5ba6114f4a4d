/**
 * Prints a reproducible random sample of derived records for a person to check against the bodies' own catalogues:
 * each with the rule that made it, the EN record it came from and the rule's evidence.
 *   npm run data:audit -- --sample 50 --seed 7 [--places DE,GB] [--skip-audited | --skip-samples AY,BA] [--keep 40] [--cited | --core] [--json]
 * `--places` draws only from those jurisdictions' derived records, for an audit of the bodies analysts use most.
 * `--cited` draws cited records instead, each with its source, that source's tier and its note, for a re-check of
 * what the source says against the record and against the body's newer editions.
 * `--core` draws, cited or derived, the records that answer the core matrix's cells (core standards x G20, an
 * undated id): what an analyst's matrix shows, so the sample measures the share of answered cells that are wrong.
 * `--skip-audited` drops the draws whose place and designation data/AUDIT.md already has a verdict for (also under
 * the dated designation an earlier version derived), after the draw, so each remaining draw keeps its number.
 * `--skip-samples AY,BA` drops only the draws judged in those samples (their verdict rows are labelled AY1, BA7 ...):
 * a fresh random draw of answers an earlier session may have judged, without repeating this one's.
 * `--keep 80` prints only the first 80 draws left after skipping, so a sample of a set size is one command.
 * `--added-since 1.8.0` draws only the records a kept release (data/releases/<version>.json) did not have, for an
 * audit of what a release added. `--changed-since 1.11.0` also draws the records that release had whose degree,
 * status, year or source has changed since, for an audit of a release that mostly re-sourced records.
 * `--tiers tertiary,unranked` draws only records whose source is of those tiers, for an audit of the answers
 * that rest on the weakest pages (which may also find them a better source).
 * Record the verdicts in data/AUDIT.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adoptedPublication } from '../../src/core/dataset/adoptedPublication';
import { Catalog } from '../../src/core/dataset/catalog';
import { designationStem, enYear, printedYear } from '../../src/core/dataset/derivation';
import type { Adoption } from '../../src/core/dataset/catalog';
import type { CompiledDataset } from '../../src/core/dataset/types';
import bundled from '../../src/core/dataset/compiled.json';
import notesFile from '../../src/core/dataset/notes.json';
import { diffReleases } from './changelog';
import { coreAnswers, readCoreStandards } from './coreCoverage';
import { DATA_DIR } from './readSources';
import { RELEASES_FOLDER, type ReleaseSnapshot, readKeptRelease, snapshotOf } from './releaseSnapshot';
import { type SourceTier, tierOf } from './sourceTiers';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

/** The version named by `--added-since 1.8.0` (or `--changed-since`), or null when the option is absent. */
export function releaseOption(argv: readonly string[], name: 'added-since' | 'changed-since' = 'added-since'): string | null {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return null;
  const version = argv[i + 1] ?? '';
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`--${name} takes a kept release version, e.g. 1.8.0`);
  return version;
}

/**
 * Whether a record is new since a kept release: no record of the release had its edition, place and designation.
 * A record whose degree or status changed is not new; one whose designation or edition changed is.
 */
export function addedSince(release: Pick<ReleaseSnapshot, 'adoptions'>): (a: Pick<Adoption, 'standard' | 'jurisdiction' | 'designation'>) => boolean {
  const known = new Set(release.adoptions.map(([standard, jurisdiction, designation]) => `${standard}|${jurisdiction}|${designation}`));
  return (a) => !known.has(`${a.standard}|${a.jurisdiction}|${a.designation}`);
}

/** The record fields whose change since a release puts the record in a `--changed-since` audit. */
const AUDITED_FIELDS = new Set(['designation', 'correspondence', 'status', 'year', 'source']);

/**
 * Whether a record is new since a kept release or answers differently from it (another designation, degree, status,
 * year or source), as the changelog computes it: such a record's facts were read again, so an audit of the release
 * should check them.
 */
export function changedSince(release: ReleaseSnapshot, current: ReleaseSnapshot): (a: Pick<Adoption, 'standard' | 'jurisdiction' | 'designation'>) => boolean {
  const changed = new Set(
    diffReleases(release, current)
      .filter((c) => c.change === 'added' || (c.field !== undefined && AUDITED_FIELDS.has(c.field)))
      .map((c) => `${c.standard}|${c.jurisdiction}|${c.subject}`),
  );
  return (a) => changed.has(`${a.standard}|${a.jurisdiction}|${a.designation}`);
}

/** The comma-separated values after `--name`, trimmed; null when the option is absent. */
function listOption(argv: readonly string[], name: string): string[] | null {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return null;
  return (argv[i + 1] ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** The jurisdictions named by `--places DE,GB`, upper-cased; null when the option is absent (every place). */
export function placesOption(argv: readonly string[]): Set<string> | null {
  const codes = listOption(argv, 'places')?.map((c) => c.toUpperCase());
  if (!codes) return null;
  if (codes.length === 0 || codes.some((c) => !/^[A-Z]{2}$/.test(c))) throw new Error('--places takes two-letter codes separated by commas, e.g. DE,GB');
  return new Set(codes);
}

const TIERS: readonly SourceTier[] = ['primary', 'secondary', 'tertiary', 'unranked'];

/** The source tiers named by `--tiers tertiary,unranked`; null when the option is absent (every tier). */
export function tiersOption(argv: readonly string[]): Set<SourceTier> | null {
  const tiers = listOption(argv, 'tiers')?.map((t) => t.toLowerCase());
  if (!tiers) return null;
  if (tiers.length === 0 || tiers.some((t) => !TIERS.includes(t as SourceTier))) throw new Error(`--tiers takes tiers separated by commas, of ${TIERS.join(', ')}`);
  return new Set(tiers as SourceTier[]);
}

/**
 * The records data/AUDIT.md already has a verdict for, as "place|designation": its verdict tables' rows start
 * `| n | place | designation |`, where n is a derived draw's number or a sample's letters and draw ("C7", "AA3").
 * With `samples`, only the rows of those samples ("AA" keeps AA3, not A3 or AAB3).
 */
export function auditedRecords(markdown: string, samples?: ReadonlySet<string>): Set<string> {
  const audited = new Set<string>();
  for (const line of markdown.split('\n')) {
    // A place is a country (DE) or a bloc with records of its own (GCC, EU).
    const cells = /^\| ([A-Z]{0,2})\d+ \| ([A-Z]{2,3}) \| ([^|]+?) \|/.exec(line);
    if (cells && (!samples || samples.has(cells[1]))) audited.add(`${cells[2]}|${cells[3]}`);
  }
  return audited;
}

/** The samples named by `--skip-samples AY,BA`, upper-cased; null when the option is absent. */
export function samplesOption(argv: readonly string[]): Set<string> | null {
  const labels = listOption(argv, 'skip-samples')?.map((l) => l.toUpperCase());
  if (!labels) return null;
  if (labels.length === 0 || labels.some((l) => !/^[A-Z]{1,2}$/.test(l))) throw new Error('--skip-samples takes sample letters separated by commas, e.g. AY,BA');
  return new Set(labels);
}

interface Draw {
  jurisdiction: string;
  designation: string;
  en: string | null;
}

/**
 * Whether a draw is a record AUDIT.md already judged: the same place and designation, or, where the table's
 * designation printed a year that the draw's no longer does ("EVS-EN IEC 60079-0:2018", since derived undated), the
 * same place, the same designation without dates and an EN of that year. The table has no EN column to match on.
 */
export function auditedMatcher(markdown: string, samples?: ReadonlySet<string>): (draw: Draw) => boolean {
  const audited = auditedRecords(markdown, samples);
  const dated = new Set<string>();
  for (const key of audited) {
    const [place, designation] = key.split('|');
    const year = printedYear(designation);
    if (year !== null) dated.add(`${place}|${designationStem(designation)}|${year}`);
  }
  return (d) =>
    audited.has(`${d.jurisdiction}|${d.designation}`) ||
    (d.en !== null && dated.has(`${d.jurisdiction}|${designationStem(d.designation)}|${enYear(d.en)}`));
}

/** mulberry32: a small seeded generator, so the same seed draws the same sample on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `size` distinct items drawn without replacement (partial Fisher-Yates). */
export function drawSample<T>(items: readonly T[], size: number, random: () => number): T[] {
  const pool = [...items];
  const n = Math.min(size, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, n);
}

/**
 * How a derived draw is printed: the rule that made it, its evidence and the EN record it came from, with the
 * international text the EN adopts (its amendments too, so that an auditor does not take an amended EN for the base).
 */
export function derivedRow(dataset: CompiledDataset, a: Adoption, n: number): string {
  const rule = dataset.rules.find((r) => r.name === a.rule)!;
  const since = `member since ${rule.memberSince}${rule.enSince ? `; ENs from ${rule.enSince}` : ''}`;
  return [
    `${n}. ${a.jurisdiction} ${a.designation}  (adopts ${a.en} -> ${adoptedPublication(a)}; ${a.status ?? 'unknown'})`,
    `   rule ${rule.name} (${rule.template}, ${rule.dateStyle}; ${since})`,
    `   rule source ${dataset.sources[rule.src]}`,
    `   rule examples ${rule.examples.join('; ')}`,
    `   EN source ${a.source}`,
  ].join('\n');
}

/** How a cited draw is printed: every fact it answers with, its source and that source's tier, and its note. */
export function citedRow(a: Adoption, n: number, note: string | null): string {
  const degree = a.correspondence ? `${a.correspondence}${a.degreeRule ? ` by rule ${a.degreeRule}` : ''}` : 'degree unknown';
  const edition = `${a.adopts ? `adopts ${a.adopts}` : a.standard}${a.editionInferred ? ' (edition inferred)' : ''}`;
  const facts = [edition, degree, a.year ?? 'no year', a.status ?? 'status unknown'];
  if (a.en) facts.push(`EN ${a.en}`);
  return [
    `${n}. ${a.jurisdiction} ${a.designation}  (${facts.join('; ')})`,
    `   source [${tierOf(a.source)}] ${a.source} (read ${a.read})`,
    `   note ${note ?? '-'}`,
  ].join('\n');
}

function runAudit(): void {
  const size = option('sample', 50);
  const seed = option('seed', 1);
  const cited = process.argv.includes('--cited');
  const core = process.argv.includes('--core');
  if (cited && core) throw new Error('give --cited or --core, not both');
  const provenance = core ? 'core-matrix answering' : cited ? 'cited' : 'derived';
  const dataset = bundled as unknown as CompiledDataset;
  const catalog = new Catalog(dataset);
  const places = placesOption(process.argv);
  const tiers = tiersOption(process.argv);
  const addedFrom = releaseOption(process.argv);
  const changedFrom = releaseOption(process.argv, 'changed-since');
  if (addedFrom && changedFrom) throw new Error('give --added-since or --changed-since, not both');
  const since = addedFrom ?? changedFrom;
  const release = (version: string) => readKeptRelease(version, join(DATA_DIR, RELEASES_FOLDER));
  const isNew = addedFrom ? addedSince(release(addedFrom)) : changedFrom ? changedSince(release(changedFrom), snapshotOf(dataset, catalog)) : () => true;
  const pool = core ? coreAnswers(catalog, readCoreStandards()) : catalog.adoptions.filter((a) => a.provenance === provenance);
  const population = pool
    .filter((a) => (!places || places.has(a.jurisdiction)) && (!tiers || tiers.has(tierOf(a.source))) && isNew(a))
    .sort((a, b) => `${a.jurisdiction}|${a.standard}`.localeCompare(`${b.jurisdiction}|${b.standard}`));
  const drawn = drawSample(population, size, seededRandom(seed)).map((a, i) => ({ a, n: i + 1 }));
  const skipSamples = samplesOption(process.argv);
  const skipAudited = process.argv.includes('--skip-audited');
  if (skipAudited && skipSamples) throw new Error('give --skip-audited or --skip-samples, not both');
  const wasAudited = skipAudited || skipSamples ? auditedMatcher(readFileSync(join(DATA_DIR, 'AUDIT.md'), 'utf8'), skipSamples ?? undefined) : () => false;
  const isAudited = ({ a }: (typeof drawn)[number]) => wasAudited(a);
  const skipped = drawn.filter(isAudited).map(({ n }) => n);
  const keep = process.argv.includes('--keep') ? option('keep', size) : Infinity;
  const kept = drawn.filter((d) => !isAudited(d)).slice(0, keep);
  // Notes ship apart from the records (notes.json), in the order of the dataset's cited records.
  const noteOf = (a: Adoption) => a.note ?? notesFile.notes[catalog.citedIndexOf(a) ?? -1] ?? null;
  const scope = `${places ? ` in ${[...places].join(', ')}` : ''}${tiers ? ` on ${[...tiers].join(' or ')} sources` : ''}${since ? ` ${addedFrom ? 'added' : 'added or changed'} since ${since}` : ''}`;
  if (process.argv.includes('--json')) {
    const sample = kept.map(({ a, n }) => ({ n, ...a, note: noteOf(a), tier: tierOf(a.source) }));
    console.log(JSON.stringify({ seed, provenance, places: places && [...places], tiers: tiers && [...tiers], addedSince: addedFrom, changedSince: changedFrom, population: population.length, skipped, sample }, null, 2));
  } else {
    const judged = skipSamples ? `judged in ${[...skipSamples].join(', ')}` : 'already audited';
    const skips = skipped.length ? `; ${skipped.length} draws ${judged} skipped (${skipped.join(', ')})` : '';
    console.log(`Dataset ${dataset.version} ${dataset.checksum}: ${population.length} ${provenance} records${scope}; sample of ${kept.length}, seed ${seed}${skips}\n`);
    for (const { a, n } of kept) console.log(a.provenance === 'derived' ? derivedRow(dataset, a, n) : citedRow(a, n, noteOf(a)));
  }
}

if (require.main === module) {
  // A sample is often piped into head or a pager: a reader that closes early is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  try {
    runAudit();
  } catch (error) {
    // A wrong option is the reader's to fix: say what, without a stack trace.
    console.error(`data:audit: ${(error as Error).message}`);
    process.exit(2);
  }
}
