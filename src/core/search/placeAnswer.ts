import { adoptedPublication } from '../dataset/adoptedPublication';
import type { Adoption, Catalog } from '../dataset/catalog';
import { recordsOfDesignation } from '../dataset/designationLookup';
import { isHarmonizeError } from '../errors';
import { parseStandardId } from '../identifiers/parseStandardId';
import { findAdoption } from '../query/equivalent';
import { findJurisdiction } from '../resolve/resolveJurisdiction';
import { resolveStandard } from '../resolve/resolveStandard';
import type { SearchDocument, SearchHit } from './searchIndex';

/**
 * A national or regional record as a search result: its designation, what it adopts and its place. What it adopts
 * is the edition with the amendments its text carries, so that BS EN 60601-1:2006+A2:2021 does not read as a print of
 * the 2005 text alone.
 */
export const adoptionDocument = (a: Adoption): SearchDocument => ({
  kind: 'designation',
  id: a.designation,
  label: `${adoptedPublication(a)} in ${a.jurisdiction}`,
  standard: a.standard,
  jurisdiction: a.jurisdiction,
  text: '',
});

/**
 * A query that names a standard and a place ("ISO 13485 Japan", "iso 9001 in DE", "Japan ISO 13485", "in Germany
 * IEC 60601-1"): the place's answer, as EQUIVALENT gives it, listed first. Before, such a query matched nothing,
 * since no document holds both. Null when the words do not split so, or the place has no answer.
 */
export function placeAnswerHit(catalog: Catalog, query: string): { hit: SearchHit; standardText: string } | null {
  for (const { standardText, placeText } of standardAndPlaceReadings(query)) {
    const place = findJurisdiction(catalog, placeText);
    if (!place || !namesKnownStandard(catalog, standardText)) continue;
    const standard = resolveStandard(catalog, standardText);
    if (isHarmonizeError(standard)) continue;
    const adoption = findAdoption(catalog, standard, place);
    if (isHarmonizeError(adoption)) return null;
    return { hit: { document: adoptionDocument(adoption), score: Number.POSITIVE_INFINITY }, standardText };
  }
  return null;
}

/**
 * Whether a text can name a standard the data or the catalogues know, tested on their indexes alone. The standard is
 * typed after the place ("in Germany IEC 60601-1"), so each keystroke before it is complete is a miss, and resolving
 * a miss builds a did-you-mean over every catalogued id: 70 ms for "in Germany IEC 60601-".
 */
function namesKnownStandard(catalog: Catalog, text: string): boolean {
  const parsed = parseStandardId(text);
  if (!parsed || parsed.adoptionPrefix) return recordsOfDesignation(catalog, text).records.length > 0;
  return catalog.keysByNumber.has(parsed.number) || (catalog.catalogue?.iec.byKey.has(parsed.key) ?? false);
}

/**
 * The ways a query splits into a standard and a place of one to three words, the place last and then first. "in"
 * joins them ("iso 9001 in DE", "in Germany ISO 9001"); it is never part of the place, though "in DE" folds to
 * India's French name. A standard's id has a number: words alone ("medical electrical equipment pa") are a title
 * search, and resolving them as an id would cost a typo search over every catalogued id on each keystroke. A place
 * first must be followed by an international id: national prefixes are often country codes too ("BS EN ISO 9001",
 * "AS ISO 9001", "GB 9706.1").
 */
function* standardAndPlaceReadings(query: string): Generator<{ standardText: string; placeText: string }> {
  const words = query.trim().split(/\s+/);
  const joined = (from: number, to?: number): string => words.slice(from, to).join(' ');
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    if (/^in$/i.test(words[words.length - n])) continue;
    const standardText = joined(0, -n).replace(/\s+in$/i, '');
    if (/\d/.test(standardText)) yield { standardText, placeText: joined(-n) };
  }
  const lead = /^in$/i.test(words[0]) ? 1 : 0;
  for (let n = Math.min(3, words.length - 1 - lead); n >= 1; n--) {
    const standardText = joined(lead + n);
    const parsed = parseStandardId(standardText);
    if (parsed?.publisher && !parsed.adoptionPrefix) yield { standardText, placeText: joined(lead, lead + n) };
  }
}
