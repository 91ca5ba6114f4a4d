import type { ChangeKind, DatasetChange, ReleaseInfo } from '../../src/core/dataset/types';
import { compareVersions } from '../../src/core/dataset/versions';
import { pushTo } from '../../src/core/multiMap';
import { type ReleaseSnapshot, SNAPSHOT_FIELDS, type SnapshotAbsence, type SnapshotAdoption, type SnapshotField, type SnapshotRule } from './releaseSnapshot';

/** What a search entry names as its subject: the outcome, since the standard and place are its own fields. */
const SEARCH_SUBJECT = 'no adoption found';

/** A snapshot row read back with its source resolved, so that two snapshots with different source lists compare. */
interface Row {
  standard: string;
  jurisdiction: string;
  designation: string;
  fields: Record<SnapshotField, string>;
}

function rowsOf(s: ReleaseSnapshot): Row[] {
  return s.adoptions.map((a: SnapshotAdoption) => ({
    standard: a[0],
    jurisdiction: a[1],
    designation: a[2],
    fields: {
      // What a cell shows for an absent degree or status, so the changelog reads as the answers did.
      correspondence: a[3] || 'unknown',
      status: a[4] || 'unknown',
      year: a[5] === null ? '' : String(a[5]),
      adopts: a[6],
      provenance: a[7],
      rule: a[8],
      source: s.sources[a[9]] ?? '',
    },
  }));
}

/**
 * The fields compared record by record. A derived record's rule name is not: when a rule is renamed or replaced,
 * the rule's own entries say so once, instead of once for each of the hundreds of records it derives.
 */
const COMPARED_FIELDS = SNAPSHOT_FIELDS.filter((f) => f !== 'rule');

const keyOf = (r: Row) => `${r.standard}|${r.jurisdiction}|${r.designation}`;
const placeOf = (r: Row) => `${r.standard}|${r.jurisdiction}`;

/** A status change that ends a record is named for what it became; any other field change is "changed". */
function fieldChange(release: string, row: Row, field: SnapshotField, old: string, now: string): DatasetChange {
  const change: ChangeKind = field === 'status' && (now === 'superseded' || now === 'withdrawn') ? now : 'changed';
  return { release, change, standard: row.standard, jurisdiction: row.jurisdiction, subject: row.designation, field, old, new: now };
}

function fieldChanges(release: string, before: Row, after: Row): DatasetChange[] {
  return COMPARED_FIELDS.filter((f) => before.fields[f] !== after.fields[f]).map((f) => fieldChange(release, after, f, before.fields[f], after.fields[f]));
}

const record = (release: string, change: ChangeKind, r: Row): DatasetChange => ({ release, change, standard: r.standard, jurisdiction: r.jurisdiction, subject: r.designation });

/**
 * The records of two releases matched by edition, place and designation. What is left over is matched once more by
 * edition and place: one record gone and one come in the same place is a renamed record (a rule that now prints an
 * undated designation), reported as a designation change rather than a removal and an addition.
 */
function recordChanges(release: string, older: Row[], newer: Row[]): DatasetChange[] {
  const before = new Map(older.map((r) => [keyOf(r), r]));
  const after = new Map(newer.map((r) => [keyOf(r), r]));
  const out: DatasetChange[] = [];
  const gone = new Map<string, Row[]>();
  const come = new Map<string, Row[]>();
  const push = (map: Map<string, Row[]>, r: Row) => pushTo(map, placeOf(r), r);
  for (const [key, b] of before) {
    const a = after.get(key);
    if (a) out.push(...fieldChanges(release, b, a));
    else push(gone, b);
  }
  for (const [key, a] of after) if (!before.has(key)) push(come, a);
  for (const [place, removed] of gone) {
    const added = come.get(place) ?? [];
    if (removed.length === 1 && added.length === 1) {
      const [b, a] = [removed[0], added[0]];
      out.push({ release, change: 'changed', standard: a.standard, jurisdiction: a.jurisdiction, subject: a.designation, field: 'designation', old: b.designation, new: a.designation });
      out.push(...fieldChanges(release, b, a));
      come.delete(place);
    } else out.push(...removed.map((r) => record(release, 'removed', r)));
  }
  for (const added of come.values()) out.push(...added.map((r) => record(release, 'added', r)));
  return out;
}

function ruleChanges(release: string, older: SnapshotRule[], newer: SnapshotRule[]): DatasetChange[] {
  const before = new Map(older.map((r) => [r.name, r]));
  const after = new Map(newer.map((r) => [r.name, r]));
  const out: DatasetChange[] = [];
  const entry = (change: ChangeKind, r: SnapshotRule, extra: Partial<DatasetChange> = {}): DatasetChange => ({ release, change, jurisdiction: r.jurisdiction, subject: r.name, ...extra });
  for (const [name, b] of before) {
    const a = after.get(name);
    if (!a) {
      out.push(entry('rule removed', b));
      continue;
    }
    const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => f !== 'name' && f !== 'jurisdiction');
    for (const field of fields) {
      const [old, now] = [String(b[field] ?? ''), String(a[field] ?? '')];
      if (old !== now) out.push(entry('rule changed', a, { field, old, new: now }));
    }
  }
  for (const [name, a] of after) if (!before.has(name)) out.push(entry('rule added', a));
  return out;
}

/**
 * Searches that found no adoption, matched by standard and place. A release kept before searches were recorded has
 * none, which is what its users saw: every #N/A then said only that nothing was recorded.
 */
function searchChanges(release: string, older: ReleaseSnapshot, newer: ReleaseSnapshot): DatasetChange[] {
  const keyed = (s: ReleaseSnapshot) => new Map((s.absences ?? []).map((a) => [`${a[0]}|${a[1]}`, a]));
  const [before, after] = [keyed(older), keyed(newer)];
  const entry = (change: ChangeKind, a: SnapshotAbsence, read?: string): DatasetChange => ({
    release,
    change,
    standard: a[0],
    jurisdiction: a[1],
    subject: SEARCH_SUBJECT,
    ...(read ? { new: read } : {}),
  });
  const out: DatasetChange[] = [];
  for (const [key, a] of after) if (!before.has(key)) out.push(entry('search recorded', a, a[2]));
  for (const [key, b] of before) if (!after.has(key)) out.push(entry('search removed', b));
  return out;
}

/** Rules first (one rule can explain many records), then records and searches by place, edition and designation. */
function inReadingOrder(changes: DatasetChange[]): DatasetChange[] {
  const isRule = (c: DatasetChange) => (c.change.startsWith('rule') ? 0 : 1);
  return changes.sort(
    (a, b) =>
      isRule(a) - isRule(b) ||
      a.jurisdiction.localeCompare(b.jurisdiction) ||
      (a.standard ?? '').localeCompare(b.standard ?? '') ||
      a.subject.localeCompare(b.subject),
  );
}

/** What `newer` changed against `older`: every entry carries `newer`'s version as its release. */
export function diffReleases(older: ReleaseSnapshot, newer: ReleaseSnapshot): DatasetChange[] {
  const release = newer.version;
  return inReadingOrder([
    ...ruleChanges(release, older.rules, newer.rules),
    ...recordChanges(release, rowsOf(older), rowsOf(newer)),
    ...searchChanges(release, older, newer),
  ]);
}

const infoOf = (s: ReleaseSnapshot): ReleaseInfo => ({ version: s.version, date: s.date, checksum: s.checksum });

/**
 * The changelog a dataset carries: each kept release against the one before it, and the current data against the
 * latest kept release older than its version. A snapshot of the current version itself is not compared: until the
 * version is bumped, the current data is that release in the making. `releases` are the kept ones compared, oldest
 * first; `changes` are newest release first.
 */
export function changelog(snapshots: readonly ReleaseSnapshot[], current: ReleaseSnapshot): { releases: ReleaseInfo[]; changes: DatasetChange[] } {
  const older = snapshots.filter((s) => compareVersions(s.version, current.version) < 0).sort((a, b) => compareVersions(a.version, b.version));
  const chain = [...older, current];
  const changes: DatasetChange[] = [];
  for (let i = chain.length - 1; i > 0; i--) changes.push(...diffReleases(chain[i - 1], chain[i]));
  return { releases: older.map(infoOf), changes };
}
