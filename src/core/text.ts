/** Text normalisation shared by every index, so that a key built at load time matches a key built from input. */

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Unicode normalisation and the letter folds below leave ASCII unchanged, and most text is ASCII: skip them. */
const ASCII = /^[\x00-\x7F]*$/;

/** Upper-cases, folds compatibility forms (full-width digits), unifies dashes and collapses whitespace. */
export function normaliseSpacing(input: string): string {
  const folded = ASCII.test(input) ? input : input.normalize('NFKC').replace(DASHES, '-');
  return folded.replace(/\s+/g, ' ').trim().toUpperCase();
}

/** Removes accents too ("Türkiye" -> "TURKIYE"), for name lookups where people skip diacritics. */
export function foldForLookup(input: string): string {
  if (ASCII.test(input)) return normaliseSpacing(input);
  return normaliseSpacing(
    input
      .normalize('NFKD')
      .replace(COMBINING_MARKS, '')
      .replace(/[ßẞ]/g, 'SS')
      .replace(/[Łł]/g, 'L')
      .replace(/[Øø]/g, 'O')
      .replace(/[Ææ]/g, 'AE'),
  );
}

/** A compact key for designations: no spaces, no punctuation besides letters, digits and the year separator. */
export function designationKey(input: string): string {
  if (ASCII.test(input)) return input.toUpperCase().replace(/[^A-Z0-9:]/g, '');
  return foldForLookup(input).replace(/[^A-Z0-9\u0400-\u04FF\u4E00-\u9FFF:]/g, '');
}

/** Damerau-free Levenshtein distance, bounded so that suggestion scans stay cheap on long inputs. */
export function editDistance(a: string, b: string, limit = 8): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}
