import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Adoption, Catalog } from '../../src/core/dataset/catalog';
import type { CompiledDataset, CorrespondenceRule, DerivationRule } from '../../src/core/dataset/types';
import { compareVersions, versionParts } from '../../src/core/dataset/versions';

/**
 * What a release answered, kept in `data/releases/<version>.json` so that the next release's changelog is computed
 * from it rather than written by hand. It holds the records as the engine answers them (cited and derived, with
 * the statuses the engine fills in), not the sources they were compiled from: derivation code changes between
 * releases, and the changelog must say what users of the old release actually saw.
 */
export interface ReleaseSnapshot {
  version: string;
  date: string;
  checksum: string;
  /** Where the snapshot was taken from, for a reader of the file. */
  note?: string;
  sources: string[];
  adoptions: SnapshotAdoption[];
  rules: SnapshotRule[];
  /** Searches that found no adoption; absent in snapshots of releases before searches were recorded (1.5.0). */
  absences?: SnapshotAbsence[];
}

/** One recorded search, as a row: [standard, jurisdiction, day searched, source]. */
export type SnapshotAbsence = [string, string, string, number];

/** One record, as a row: [standard, jurisdiction, designation, correspondence, status, year, adopts, provenance, rule, source]. */
export type SnapshotAdoption = [string, string, string, string, string, number | null, string, string, string, number];

/** A derivation or correspondence rule by name, with the fields that decide what it derives. */
export interface SnapshotRule {
  name: string;
  jurisdiction: string;
  [field: string]: string | number;
}

export const RELEASES_FOLDER = 'releases';

/** The record fields a snapshot keeps, in the order of SnapshotAdoption after the designation. */
export const SNAPSHOT_FIELDS = ['correspondence', 'status', 'year', 'adopts', 'provenance', 'rule', 'source'] as const;
export type SnapshotField = (typeof SNAPSHOT_FIELDS)[number];

/** The part of an adoption the engine answers with, in the form the snapshot keeps. */
export interface RecordLike {
  standard: string;
  jurisdiction: string;
  designation: string;
  correspondence: string | null;
  status: string | null;
  year: number | null;
  adopts?: string | null;
  provenance: string;
  rule: string | null;
  source: string;
}

const RULE_FIELDS = ['kind', 'body', 'template', 'dateStyle', 'practice', 'memberSince', 'enSince', 'prefix', 'correspondence'];

/** A rule reduced to the fields that decide what it derives; examples and sources are evidence, not behaviour. */
export function snapshotRule(rule: DerivationRule | CorrespondenceRule | Record<string, unknown>): SnapshotRule {
  const r = rule as Record<string, unknown>;
  const out: SnapshotRule = { name: String(r.name), jurisdiction: String(r.jurisdiction) };
  for (const field of RULE_FIELDS) if (r[field] !== undefined && r[field] !== null && r[field] !== '') out[field] = r[field] as string | number;
  return out;
}

/** A snapshot of records and rules as an engine answered them (the current one, or an older release's). */
export function snapshotFromRecords(
  meta: { version: string; date: string; checksum: string; note?: string },
  records: readonly RecordLike[],
  rules: readonly object[],
  absences: readonly { standard: string; jurisdiction: string; read: string; source: string }[] = [],
): ReleaseSnapshot {
  const sources: string[] = [];
  const index = new Map<string, number>();
  const intern = (url: string): number => {
    let i = index.get(url);
    if (i === undefined) index.set(url, (i = sources.push(url) - 1));
    return i;
  };
  const sorted = [...records].sort((a, b) => a.jurisdiction.localeCompare(b.jurisdiction) || a.standard.localeCompare(b.standard) || a.designation.localeCompare(b.designation));
  const adoptions = sorted.map<SnapshotAdoption>((a) => [
    a.standard,
    a.jurisdiction,
    a.designation,
    a.correspondence ?? '',
    a.status ?? '',
    a.year ?? null,
    a.adopts ?? '',
    a.provenance,
    a.rule ?? '',
    intern(a.source),
  ]);
  const snapshotRules = rules.map((r) => snapshotRule(r as Record<string, unknown>)).sort((a, b) => a.name.localeCompare(b.name));
  const searches = [...absences]
    .sort((a, b) => a.jurisdiction.localeCompare(b.jurisdiction) || a.standard.localeCompare(b.standard))
    .map<SnapshotAbsence>((a) => [a.standard, a.jurisdiction, a.read, intern(a.source)]);
  return { ...meta, sources, adoptions, rules: snapshotRules, ...(searches.length ? { absences: searches } : {}) };
}

/** The snapshot of a compiled dataset: its records as the engine derives and answers them, without workbook rows. */
export function snapshotOf(dataset: CompiledDataset, catalog: Catalog = new Catalog(dataset)): ReleaseSnapshot {
  const records: Adoption[] = catalog.adoptions.filter((a) => a.provenance !== 'workbook');
  const absences = (dataset.absences ?? []).map((a) => ({ ...a, source: dataset.sources[a.src] }));
  return snapshotFromRecords(
    { version: dataset.version, date: dataset.date, checksum: dataset.checksum },
    records,
    [...dataset.rules, ...dataset.correspondenceRules],
    absences,
  );
}

/** One record per line, so that a snapshot reads and diffs like the CSV files it came from. */
export function snapshotJson(s: ReleaseSnapshot): string {
  const lines = (items: readonly unknown[]) => items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  const head = Object.entries({ version: s.version, date: s.date, checksum: s.checksum, note: s.note })
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const absences = s.absences ? `,\n  "absences": [\n${lines(s.absences)}\n  ]` : '';
  return `{\n${head.join(',\n')},\n  "sources": [\n${lines(s.sources)}\n  ],\n  "adoptions": [\n${lines(s.adoptions)}\n  ],\n  "rules": [\n${lines(s.rules)}\n  ]${absences}\n}\n`;
}

export function snapshotFileName(version: string): string {
  return `${version}.json`;
}

/** The versions whose snapshots a releases folder keeps, oldest first; a folder that does not exist keeps none. */
function keptVersions(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .filter((version) => versionParts(version) !== null)
    .sort(compareVersions);
}

const readSnapshotFile = (dir: string, version: string): ReleaseSnapshot =>
  JSON.parse(readFileSync(join(dir, snapshotFileName(version)), 'utf8')) as ReleaseSnapshot;

/** Every snapshot kept in `<dataDir>/releases`, oldest first. */
export function readSnapshots(dataDir: string): ReleaseSnapshot[] {
  const dir = join(dataDir, RELEASES_FOLDER);
  return keptVersions(dir).map((version) => readSnapshotFile(dir, version));
}

/**
 * One kept release's snapshot, from a releases folder. The current version is not kept until the next one is cut,
 * so asking for it (or for a mistyped one) says which versions can be compared with rather than failing on a
 * missing file.
 */
export function readKeptRelease(version: string, dir: string): ReleaseSnapshot {
  const kept = keptVersions(dir);
  if (!kept.includes(version)) {
    throw new Error(`No kept release ${version} in data/releases (kept: ${kept.join(', ') || 'none'}); a version is kept once the next one is cut`);
  }
  return readSnapshotFile(dir, version);
}
