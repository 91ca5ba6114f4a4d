import { decodeChange, releasesOf } from '../dataset/changes';
import type { Catalog } from '../dataset/catalog';
import type { CompiledDataset, DatasetChange } from '../dataset/types';
import { compareVersions, versionParts } from '../dataset/versions';
import { type HarmonizeError, invalidValue, isHarmonizeError, notAvailable } from '../errors';
import { parseStandardId, splitEditionId } from '../identifiers/parseStandardId';
import { resolveJurisdiction } from '../resolve/resolveJurisdiction';
import { resolveStandard } from '../resolve/resolveStandard';
import { quoteInput } from '../resolve/suggest';
import { type CellValue, type Grid, type InputValue, isBlank, readText } from '../values';

export const CHANGES_HEADER = ['release', 'change', 'standard', 'jurisdiction', 'record', 'field', 'old', 'new'];

/** Decoded once per dataset: thousands of rows, and a sheet may ask many times. */
const decoded = new WeakMap<CompiledDataset, DatasetChange[]>();

/** The dataset's changelog, newest release first, as the compile step wrote it. */
export function changesOf(dataset: CompiledDataset): DatasetChange[] {
  let list = decoded.get(dataset);
  if (!list) decoded.set(dataset, (list = (dataset.changes ?? []).map(decodeChange)));
  return list;
}

/** The changes a dataset brought since a version (null: every change its changelog keeps). */
export function changesSince(dataset: CompiledDataset, since: string | null): DatasetChange[] {
  const all = changesOf(dataset);
  return since === null ? all : all.filter((c) => compareVersions(c.release, since) > 0);
}

/**
 * Reads since_version: blank for everything kept, else a version between the oldest kept release and the installed
 * one. Older than the oldest kept release is refused, because the changes before it were never recorded and a list
 * without them would look complete.
 */
export function readSince(dataset: CompiledDataset, input: InputValue): string | null | HarmonizeError {
  if (isBlank(input)) return null;
  const text = readText(input, 'since_version');
  if (isHarmonizeError(text)) return text;
  if (!versionParts(text)) return invalidValue(`since_version must be a dataset version such as 1.1.0, not '${quoteInput(text)}'`);
  const releases = releasesOf(dataset);
  const installed = dataset.version;
  if (compareVersions(text, installed) >= 0) {
    return notAvailable(
      compareVersions(text, installed) === 0
        ? `No changes since ${text}: it is the installed dataset`
        : `${text} is newer than the installed dataset ${installed}`,
    );
  }
  if (compareVersions(text, releases[0].version) < 0) {
    return notAvailable(
      `The changelog starts at release ${releases[0].version}; changes before it are not kept. Ask for changes since ${releases[0].version} or later`,
    );
  }
  return text;
}

/** A filter on changes from a jurisdiction (a bloc without records of its own stands for its members) or a standard. */
function readSubject(catalog: Catalog, input: InputValue): { label: string; keep: (c: DatasetChange) => boolean } | null | HarmonizeError {
  if (isBlank(input)) return null;
  const text = readText(input, 'jurisdiction_or_standard');
  if (isHarmonizeError(text)) return text;
  if (parseStandardId(text)?.publisher) {
    const standard = resolveStandard(catalog, text);
    if (isHarmonizeError(standard)) return standard;
    const edition = standard.edition?.id;
    const keep = (c: DatasetChange) =>
      c.standard !== undefined && (edition ? c.standard === edition : (splitEditionId(c.standard)?.key ?? c.standard) === standard.key);
    return { label: edition ?? standard.key, keep };
  }
  const place = resolveJurisdiction(catalog, text);
  if (isHarmonizeError(place)) return place;
  const ownRecords = place.recordsUnder ?? (place.kind === 'bloc' && !catalog.recordedPlaces.has(place.code) ? null : place.code);
  const codes = new Set(ownRecords ? [ownRecords] : (place.members ?? []));
  return { label: place.code, keep: (c) => codes.has(c.jurisdiction) };
}

/** The changes CHANGES lists, and since which release: the table and the CLI's sentences read the same list. */
export function selectChanges(
  catalog: Catalog,
  sinceInput: InputValue,
  subjectInput: InputValue,
): { changes: DatasetChange[]; since: string } | HarmonizeError {
  const dataset = catalog.dataset;
  const since = readSince(dataset, sinceInput);
  if (isHarmonizeError(since)) return since;
  const subject = readSubject(catalog, subjectInput);
  if (isHarmonizeError(subject)) return subject;
  const releases = releasesOf(dataset);
  if (releases.length < 2) return notAvailable(`No release before ${dataset.version} is kept, so its changelog is empty`);
  const changes = changesSince(dataset, since).filter((c) => !subject || subject.keep(c));
  const from = since ?? releases[0].version;
  if (changes.length === 0) return notAvailable(`No recorded change${subject ? ` to ${subject.label}` : ''} since ${from}`);
  return { changes, since: from };
}

/** CHANGES: the changelog as a table, newest release first, optionally since a version and for one place or standard. */
export function changesTable(catalog: Catalog, sinceInput: InputValue, subjectInput: InputValue): Grid<CellValue> | HarmonizeError {
  const selected = selectChanges(catalog, sinceInput, subjectInput);
  if (isHarmonizeError(selected)) return selected;
  const { changes } = selected;
  const cell = (v: string | undefined): CellValue => v ?? null;
  return [CHANGES_HEADER, ...changes.map((c) => [c.release, c.change, cell(c.standard), c.jurisdiction, c.subject, cell(c.field), cell(c.old), cell(c.new)])];
}
