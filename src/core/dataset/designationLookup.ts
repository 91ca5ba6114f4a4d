import { splitEditionId } from '../identifiers/parseStandardId';
import { adoptedPublication } from './adoptedPublication';
import { withoutVdeClassification } from '../text';
import { carriesLaterAmendment, isEuropeanOnly, printedBases, printsEnAmendments, splitAmendedEn } from '../identifiers/enAmendments';
import { byRecency, isUndatedDesignation } from './adoptionOrder';
import type { Adoption, Catalog } from './catalog';
import { enYear } from './derivation';

/** The year a designation prints after its number ("GB/T 19001-2016", "DIN EN ISO 13485:2016-08" -> 2016), or null. */
export function yearAfterNumber(designation: string): number | null {
  const match = /[:\-\u2013\u2014]\s*((?:19|20)\d{2})\b/.exec(withoutVdeClassification(designation));
  return match ? Number(match[1]) : null;
}

/**
 * Whether a record can be the document a designation typed with a year names: people date a national print by its
 * own year, by the EN's (UNE-EN ISO 13485:2016 for the 2018 print of EN ISO 13485:2016) or by the international
 * edition's (AS/NZS ISO 9001:2015 for the 2016 print of ISO 9001:2015); any other year names another document.
 */
function fitsYear(a: Adoption, year: number): boolean {
  return yearAfterNumber(a.designation) === year || a.year === year || (a.en ? enYear(a.en) === year : false) || splitEditionId(a.standard)?.year === year;
}

export interface DesignationMatch {
  /** The records the designation can name, the one that answers first. */
  records: Adoption[];
  /** Records under the same designation without its year, which a typed year or EN amendment ruled out ("BS EN ISO 9001:2000"). */
  otherYears: Adoption[];
}

/**
 * The records a typed national or regional designation names. A dated designation recorded as typed names that
 * document. An undated one ("STN EN ISO 9001") names every edition's print that reads the same, the newest first,
 * even where one undated record matches exactly. A loosely typed dated one ("DIN EN ISO 13485:2016" for DIN's
 * 2016-08 print) names only the prints its year fits: before, "BS EN ISO 9001:2000" answered ISO 9001:2015.
 * Without `loose`, only a designation recorded as typed is looked up, and its other editions' prints only when it
 * is undated.
 */
export function recordsOfDesignation(catalog: Catalog, text: string, { loose = true } = {}): DesignationMatch {
  const exact = catalog.adoptionsByDesignation(text);
  const dated = exact.filter((a) => !isUndatedDesignation(a.designation));
  if (dated.length > 0) return { records: [...dated].sort(byRecency), otherYears: [] };
  if (!loose && exact.length === 0) return { records: [], otherYears: [] };
  const year = isUndatedDesignation(text) ? null : yearAfterNumber(text);
  // An EN amendment that carries an ISO or IEC amendment makes another text: "EN 60601-1:2006+A1:2013" is not the
  // print of EN 60601-1:2006 alone. Europe's own amendments (A11 on) leave the adopted text as it is.
  // A designation typed with amendments names the text as those left it, not as later ones did.
  const split = splitAmendedEn(text);
  const typed = split?.amendments ?? [];
  const amendments = typed.filter((a) => !isEuropeanOnly(a));
  const fits = (a: Adoption): boolean =>
    (year === null || fitsYear(a, year)) && printsEnAmendments(a, amendments) && (typed.length === 0 || !carriesLaterAmendment(a, typed));
  const candidates = [...new Set([...exact, ...catalog.adoptionsByUndatedDesignation(text)])].sort(byRecency);
  const records: Adoption[] = [];
  const otherYears: Adoption[] = [];
  for (const a of candidates) (fits(a) ? records : otherYears).push(a);
  // The prints of the EN typed come first among those named instead: they are what the typist will look for.
  const sameEn = (a: Adoption): number => Number(split !== null && printedBases(a).includes(split.base));
  return { records, otherYears: otherYears.sort((a, b) => sameEn(b) - sameEn(a)) };
}

/** "No recorded national designation 'BS EN ISO 9001:2000' (recorded: BS EN ISO 9001:2015 adopts ISO 9001:2015; ...)". */
export function unrecordedDesignationMessage(quoted: string, match: DesignationMatch): string {
  const recorded = match.otherYears.slice(0, 4).map((a) => `${a.designation} adopts ${adoptedPublication(a)}`);
  return `No recorded national designation '${quoted}'${recorded.length ? ` (recorded: ${recorded.join('; ')})` : ''}`;
}
