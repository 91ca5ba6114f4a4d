import { describeChange, releasesOf } from '../dataset/changes';
import type { Catalog } from '../dataset/catalog';
import type { CompiledDataset, DatasetChange } from '../dataset/types';
import { compareVersions } from '../dataset/versions';
import { isHarmonizeError } from '../errors';
import type { FormulaArgument } from '../formula';
import { FUNCTION_BY_NAME } from '../functionTable';
import { parseStandardId, splitEditionId } from '../identifiers/parseStandardId';
import { changesSince } from '../query/changes';
import { familyNamed } from '../query/gapScope';
import { resolveJurisdiction } from '../resolve/resolveJurisdiction';
import { resolveStandard } from '../resolve/resolveStandard';

/** How many changelog entries one reason quotes before it counts the rest. */
const QUOTED = 3;

/**
 * The version to list changes after, for a workbook stamped with `stamped`: that version when it is an older
 * release; when it is the installed version (data edited since, under the same number), the last kept release
 * before it, so that the edits count; nothing recognisable, every change kept.
 */
export function changesSinceStamp(dataset: CompiledDataset, stamped: string | null): string | null {
  if (!stamped) return null;
  if (compareVersions(stamped, dataset.version) < 0) return stamped;
  const kept = releasesOf(dataset).slice(0, -1);
  return kept.length ? kept[kept.length - 1].version : null;
}

interface Subjects {
  standards: Set<string>;
  places: Set<string>;
}

const texts = (arg: FormulaArgument): string[] =>
  (Array.isArray(arg) ? arg.flat() : [arg]).filter((v) => v !== null && v !== '' && typeof v !== 'boolean').map(String);

function addStandard(catalog: Catalog, text: string, into: Set<string>): void {
  const family = familyNamed(catalog, text);
  if (family) {
    for (const key of family.standards) into.add(key);
    return;
  }
  const standard = resolveStandard(catalog, text);
  if (!isHarmonizeError(standard)) into.add(standard.key);
}

/** The codes a place's records are kept under: CEN -> EU; a bloc without records of its own -> its members. */
function addPlace(catalog: Catalog, text: string, into: Set<string>): void {
  const place = resolveJurisdiction(catalog, text);
  if (isHarmonizeError(place)) return;
  if (place.recordsUnder) into.add(place.recordsUnder);
  else if (place.kind === 'bloc' && !catalog.recordedPlaces.has(place.code)) for (const m of place.members ?? []) into.add(m);
  else into.add(place.code);
}

/** The standards and places a formula's arguments name, read through the function table's parameter roles. */
function subjectsOf(catalog: Catalog, name: string, args: readonly FormulaArgument[]): Subjects {
  const subjects: Subjects = { standards: new Set(), places: new Set() };
  FUNCTION_BY_NAME.get(name)?.parameters.forEach((p, i) => {
    if (!p.names || args[i] === undefined) return;
    for (const text of texts(args[i])) {
      const asStandard = p.names === 'standards' || (p.names === 'standards or places' && parseStandardId(text)?.publisher);
      if (asStandard) addStandard(catalog, text, subjects.standards);
      else addPlace(catalog, text, subjects.places);
    }
  });
  return subjects;
}

function quote(entries: readonly DatasetChange[]): string {
  const shown = entries.slice(0, QUOTED).map((c) => describeChange(c));
  const more = entries.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; and ${more} more` : shown.join('; ');
}

const keyOf = (edition: string) => splitEditionId(edition)?.key ?? edition;

/**
 * Entries that name the values the cell showed and shows come first (the change the analyst sees: old and new
 * both, then either, or the record's designation), the others after, each group in changelog order.
 */
function byRelevance(entries: DatasetChange[], shown: readonly string[]): DatasetChange[] {
  if (shown.length === 0) return entries;
  const seen = new Set(shown);
  const has = (v: string | undefined) => v !== undefined && seen.has(v);
  const hits = (c: DatasetChange) => (has(c.old) && has(c.new) ? 0 : has(c.old) || has(c.new) || seen.has(c.subject) ? 1 : 2);
  return entries
    .map((c, i) => ({ c, i, rank: hits(c) }))
    .sort((x, y) => x.rank - y.rank || x.i - y.i)
    .map((x) => x.c);
}

/**
 * Why a formula's answer changed, from the changelog: the entries since `since` about the standards and places its
 * arguments name (records first, those naming a value in `shown`, the old and new answers, before the rest; the
 * rules of those places when no record is named), or a sentence saying the changelog does not name them, never a
 * guess.
 */
export function changeReason(catalog: Catalog, name: string, args: readonly FormulaArgument[], since: string | null, shown: readonly string[] = []): string {
  const kept = changesSince(catalog, since);
  // Without the log there is nothing to quote, and saying so beats a reason made up from the values alone.
  if (!Array.isArray(kept)) return kept === null ? 'The changelog is not loaded, so no reason can be given' : kept.message;
  const entries = kept;
  const after = since ? ` since ${since}` : '';
  if (name === 'DATASET' || name === 'CHANGES') return `the dataset is now ${catalog.dataset.version}, with ${entries.length} recorded change(s)${after}`;
  const { standards, places } = subjectsOf(catalog, name, args);
  if (standards.size === 0 && places.size === 0) {
    return `HARMONIZE.${name} answers from data the changelog does not track (jurisdiction facts, recognition, crosswalks or the catalogues)`;
  }
  const records = entries.filter(
    (c) => c.standard && (standards.size === 0 || standards.has(keyOf(c.standard))) && (places.size === 0 || places.has(c.jurisdiction)),
  );
  if (records.length) return quote(byRelevance(records, shown));
  const rules = entries.filter((c) => c.change.startsWith('rule') && places.has(c.jurisdiction));
  if (rules.length) return quote(rules);
  const named = [...standards, ...places].slice(0, 6).join(', ');
  return `No change in the changelog${after} names ${named}; the answer changed with data or engine behaviour the changelog does not record`;
}
