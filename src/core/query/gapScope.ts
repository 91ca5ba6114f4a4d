import type { Catalog } from '../dataset/catalog';
import type { StandardFamily } from '../dataset/types';
import { HarmonizeError, invalidValue, isHarmonizeError } from '../errors';
import { parseStandardId, splitEditionId } from '../identifiers/parseStandardId';
import { type ResolvedStandard, resolveStandard } from '../resolve/resolveStandard';
import { closestMatches, quoteInput } from '../resolve/suggest';
import { tooManyCells } from '../resultLimits';
import { foldForLookup } from '../text';
import { type Grid, type InputValue, isBlank, readText } from '../values';

/** The standards GAPS compares, and how to name them in a message ("medical devices", "the 3 standards given"). */
export interface GapScope {
  standards: ResolvedStandard[];
  label: string;
}

/** Columns of a GAPS row; the cell limit is checked against them before any standard is resolved. */
export const GAP_COLUMNS = 6;

const byKey = (key: string): ResolvedStandard => ({ key, edition: null, viaDesignation: null, amendments: [] });

/**
 * The family a text names: its name, or words of only one family's name ("information security", "EMC", "medical"),
 * as analysts shorten them. Words two families share ("safety") name neither.
 */
export function familyNamed(catalog: Catalog, text: string): StandardFamily | undefined {
  const families = catalog.dataset.families ?? [];
  const wanted = foldForLookup(text);
  const exact = families.find((f) => foldForLookup(f.name) === wanted);
  if (exact || !wanted) return exact;
  const holding = familiesHolding(families, wanted);
  return holding.length === 1 ? holding[0] : undefined;
}

function familiesHolding(families: readonly StandardFamily[], folded: string): StandardFamily[] {
  const words = folded.split(' ');
  return families.filter((f) => {
    const name = foldForLookup(f.name).split(' ');
    return words.every((w) => name.includes(w));
  });
}

/** Every standard either place has a recorded adoption of (the workbook's own mappings included). */
function adoptedByEither(catalog: Catalog, codes: readonly string[]): ResolvedStandard[] {
  const keys = new Set<string>();
  for (const a of catalog.adoptions) if (codes.includes(a.jurisdiction)) keys.add(splitEditionId(a.standard)?.key ?? a.standard);
  return [...keys].map(byKey);
}

function unknownFamily(catalog: Catalog, text: string): HarmonizeError {
  const families = catalog.dataset.families ?? [];
  const several = familiesHolding(families, foldForLookup(text));
  if (several.length > 1) {
    return invalidValue(`'${quoteInput(text)}' names ${several.length} families: ${several.map((f) => f.name).join(', ')}; give one, or a range of standards`);
  }
  const names = families.map((f) => f.name);
  const near = closestMatches(foldForLookup(text), names.map(foldForLookup), 1).map((n) => names.find((f) => foldForLookup(f) === n));
  const hint = near.length ? ` - did you mean "${near[0]}"?` : '';
  return invalidValue(`Unknown family '${quoteInput(text)}'${hint} Families: ${names.join(', ')}; or give a range of standards`);
}

/**
 * GAPS's third argument: nothing (every standard either side adopts), the name of a family of data/core-standards.csv
 * ("medical devices"), or standards (one cell or a range; blank cells skipped). A standard that does not resolve
 * fails the whole call with its reason, because a table without it would silently answer a different question.
 */
export function readGapScope(catalog: Catalog, input: Grid<InputValue>, codes: readonly string[]): GapScope | HarmonizeError {
  const cells = input.reduce((n, row) => n + row.length, 0);
  const tooMany = tooManyCells((cells + 1) * GAP_COLUMNS);
  if (tooMany) return tooMany;
  const given = input.flat().filter((v) => !isBlank(v));
  if (given.length === 0) return { standards: adoptedByEither(catalog, codes), label: 'the standards either adopts' };
  if (given.length === 1) {
    const text = readText(given[0], 'standards_or_family');
    if (isHarmonizeError(text)) return text;
    const family = familyNamed(catalog, text);
    if (family) return { standards: family.standards.map(byKey), label: family.name };
    if (!parseStandardId(text)) return unknownFamily(catalog, text);
  }
  const standards: ResolvedStandard[] = [];
  for (const value of given) {
    const text = readText(value, 'standards_or_family');
    if (isHarmonizeError(text)) return text;
    const resolved = resolveStandard(catalog, text);
    if (isHarmonizeError(resolved)) return resolved;
    if (!standards.some((s) => s.key === resolved.key && s.edition?.id === resolved.edition?.id)) standards.push(resolved);
  }
  const label = standards.length === 1 ? (standards[0].edition?.id ?? standards[0].key) : `the ${standards.length} standards given`;
  return { standards, label };
}
