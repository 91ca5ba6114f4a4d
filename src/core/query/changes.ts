import { decodeChange, releasesOf } from '../dataset/changes';
import type { Catalog } from '../dataset/catalog';
import { CatalogueNeeded } from '../catalogue/catalogueNeeded';
import type { CompiledChange, CompiledDataset, DatasetChange } from '../dataset/types';
import { compareVersions, versionParts } from '../dataset/versions';
import { type HarmonizeError, invalidValue, isHarmonizeError, notAvailable } from '../errors';
import { parseStandardId, splitEditionId } from '../identifiers/parseStandardId';
import { resolveJurisdiction } from '../resolve/resolveJurisdiction';
import { resolveStandard } from '../resolve/resolveStandard';
import { quoteInput } from '../resolve/suggest';
import { type CellValue, type Grid, type InputValue, isBlank, readText } from '../values';

export const CHANGES_HEADER = ['release', 'change', 'standard', 'jurisdiction', 'record', 'field', 'old', 'new'];

/** Decoded once per changelog: thousands of rows, and a sheet may ask many times. */
const decoded = new WeakMap<readonly CompiledChange[], DatasetChange[]>();

/**
 * The dataset's changelog, newest release first, as the compile step wrote it: from inside the dataset, or from the
 * changelog file loaded with the catalogues. Null while that file is not loaded; a HarmonizeError when the loaded
 * file belongs to another dataset, because its entries would describe changes this data never had.
 */
/** What the changelog compares, for the answers that say it found nothing. */
export const COVERED =
  'the changelog covers national and regional adoptions and derivation rules; harmonised citations, FDA recognitions, scheme memberships and publication dates are not compared';

export function changesOf(catalog: Catalog): DatasetChange[] | null | HarmonizeError {
  const { dataset } = catalog;
  let compiled: readonly CompiledChange[] = dataset.changes ?? [];
  if (!dataset.changes && dataset.changeCount) {
    const changelog = catalog.catalogue?.compiled.changelog;
    if (!changelog) return null;
    if (changelog.checksum !== dataset.checksum) {
      return notAvailable(
        `The changelog loaded is for dataset ${changelog.version} (${changelog.checksum}), not the installed ${dataset.version} (${dataset.checksum})`,
      );
    }
    compiled = changelog.changes;
  }
  let list = decoded.get(compiled);
  if (!list) decoded.set(compiled, (list = compiled.map(decodeChange)));
  return list;
}

/** The changes a dataset brought since a version (null: every change its changelog keeps), as changesOf answers. */
export function changesSince(catalog: Catalog, since: string | null): DatasetChange[] | null | HarmonizeError {
  const all = changesOf(catalog);
  if (!Array.isArray(all)) return all;
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
    // A search covers every edition, so it is kept for an edition too.
    const keep = (c: DatasetChange) =>
      c.standard !== undefined &&
      (edition ? c.standard === edition || c.standard === standard.key : (splitEditionId(c.standard)?.key ?? c.standard) === standard.key);
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
  const kept = changesSince(catalog, since);
  if (kept === null) return new CatalogueNeeded('CHANGES', 'the changelog (loaded with the catalogues) is');
  if (isHarmonizeError(kept)) return kept;
  const changes = kept.filter((c) => !subject || subject.keep(c));
  const from = since ?? releases[0].version;
  if (changes.length === 0) {
    // The changelog compares adoption records and rules; a release that only adds other facts must not read as unchanged.
    return notAvailable(`No adoption record or rule changed${subject ? ` for ${subject.label}` : ''} since ${from} (${COVERED})`);
  }
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
