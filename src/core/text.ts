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
    input.normalize('NFKD').replace(COMBINING_MARKS, '').replace(/[ßẞ]/g, 'SS').replace(/[Łł]/g, 'L').replace(/[Øø]/g, 'O').replace(/[Ææ]/g, 'AE'),
  );
}

/**
 * Cyrillic and Greek letters written in Latin, letter by letter as the bodies' own Latin names are ("ДСТУ" DSTU,
 * "БДС" BDS, "ГОСТ Р ИСО" GOST R ISO, "ΕΛΟΤ" ELOT), so that a designation matches whichever script it is typed in.
 * IEC is МЭК in Russian, which no letter-by-letter rule gives.
 */
const LATIN_LETTERS: Readonly<Record<string, string>> = Object.fromEntries(
  [
    'А:A Б:B В:V Г:G Ґ:G Д:D Ђ:DJ Ѓ:GJ Е:E Ё:E Є:YE Ж:ZH З:Z Ѕ:DZ И:I І:I Ї:YI Й:Y Ј:J К:K Ќ:KJ Л:L Љ:LJ М:M Н:N',
    'Њ:NJ О:O П:P Р:R С:S Т:T Ћ:C У:U Ў:U Ф:F Х:KH Ц:TS Ч:CH Џ:DZ Ш:SH Щ:SHCH Ъ: Ы:Y Ь: Э:E Ю:YU Я:YA',
    'Α:A Β:B Γ:G Δ:D Ε:E Ζ:Z Η:I Θ:TH Ι:I Κ:K Λ:L Μ:M Ν:N Ξ:X Ο:O Π:P Ρ:R Σ:S Τ:T Υ:Y Φ:F Χ:CH Ψ:PS Ω:O',
  ]
    .join(' ')
    .split(' ')
    .map((pair): [string, string] => [pair.split(':')[0], pair.split(':')[1]]),
);
const CYRILLIC_OR_GREEK = /[\u0370-\u03FF\u0400-\u04FF]/g;
export function inLatinLetters(upperCased: string): string {
  return upperCased.replace(/МЭК/g, 'IEC').replace(CYRILLIC_OR_GREEK, (c) => LATIN_LETTERS[c] ?? c);
}

/** Austria's bodies are spelt with an umlaut or without ("ÖNORM", "OENORM"); the key keeps one spelling. */
const AUSTRIAN_BODY = /\bOE(?=NORM\b|VE\b)/g;

/**
 * A compact key for designations: no spaces, no punctuation besides letters, digits and the year separator. Letters
 * of any script stay, so that a national prefix in another script never drops out and leaves a bare EN or ISO id.
 */
export function designationKey(input: string): string {
  if (ASCII.test(input))
    return input
      .toUpperCase()
      .replace(AUSTRIAN_BODY, 'O')
      .replace(/[^A-Z0-9:]/g, '');
  return inLatinLetters(foldForLookup(input))
    .replace(AUSTRIAN_BODY, 'O')
    .replace(/[^\p{L}\p{N}:]/gu, '');
}

/** Damerau-free Levenshtein distance, bounded so that suggestion scans stay cheap on long inputs. */
/**
 * How far a typed text is from a candidate, weighted by how people mistype: a doubled or dropped repeat of the
 * neighbouring character costs 1 ("ISO 90001" for ISO 9001), an insertion, a deletion or two swapped neighbours 2,
 * a different character 3. A limit stops the work early; anything beyond it is limit + 1. Three reused rows keep it
 * cheap enough to run over the tens of thousands of catalogue ids.
 */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);
export function typoDistance(a: string, b: string, limit = 8): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const cols = b.length + 1;
  if (rowA.length < cols) [rowA, rowB, rowC] = [new Int32Array(cols * 2), new Int32Array(cols * 2), new Int32Array(cols * 2)];
  let before = rowA; // row i - 2
  let previous = rowB; // row i - 1
  let current = rowC;
  previous[0] = 0;
  for (let j = 1; j < cols; j++) previous[j] = previous[j - 1] + (j > 1 && b[j - 1] === b[j - 2] ? 1 : 2);
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1];
    const dropCost = i > 1 && ai === a[i - 2] ? 1 : 2;
    current[0] = previous[0] + dropCost;
    let rowMin = current[0];
    for (let j = 1; j < cols; j++) {
      const bj = b[j - 1];
      const insertCost = (j > 1 && bj === b[j - 2]) || ai === bj ? 1 : 2;
      let best = previous[j] + (ai === bj ? 1 : dropCost);
      const insert = current[j - 1] + insertCost;
      if (insert < best) best = insert;
      const change = previous[j - 1] + (ai === bj ? 0 : 3);
      if (change < best) best = change;
      if (i > 1 && j > 1 && ai === b[j - 2] && a[i - 2] === bj && before[j - 2] + 2 < best) best = before[j - 2] + 2;
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > limit) return limit + 1;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return previous[b.length];
}

/**
 * Organisations whose name is often left out of a designation: "NBR ISO 9001" for ABNT NBR ISO 9001, "CSA C22.2
 * No. 60601-1" for the National Standard of Canada CAN/CSA-C22.2 No. 60601-1.
 */
const OPTIONAL_PREFIX = /^(?:ABNT|ANSI|CAN)(?=[A-Z])/;

/**
 * The keys a designation is found by when typed loosely: without its date (":2016", "-2016", ":2013-12"), its
 * amendments ("+A11:2021", "/A1", "& A2"), a DIN VDE classification or an edition marker, and then also without an
 * organisation name people omit. The first key is the fullest.
 */
/**
 * A print without the classification number its body sets beside an electrotechnical designation, as people often
 * write it: DIN's VDE number ("DIN EN 60601-1; VDE 0750-1:2013-12" -> "DIN EN 60601-1:2013-12") and CEI's in
 * brackets ("CEI EN 60947-1 (CEI 17-44)" -> "CEI EN 60947-1").
 */
export const withoutVdeClassification = (designation: string): string =>
  designation.replace(/\s*[;(]?\s*VDE\s[\d-]+\)?/, '').replace(/\s*\(CEI\s\d+-\d+(?:;\s*V\d+)?\)/, '');

/** The keys a German print is also known by: its VDE classification alone ("VDE 0750-1", "DIN VDE 0750-1"). */
export function vdeClassificationKeys(designation: string): string[] {
  const vde = /\bVDE\s(\d{4}(?:-[\d-]+)?)/.exec(designation)?.[1];
  return vde ? [designationKey(`VDE ${vde}`), designationKey(`DIN VDE ${vde}`)] : [];
}

export function looseDesignationKeys(designation: string): string[] {
  const undated = withoutVdeClassification(designation)
    .replace(/\s*[:\-\u2013\u2014]\s*(?:19|20)\d{2}\b.*$/, '')
    .replace(/\s*(?:[+&]|\/(?=A\d))\s*A\d.*$/, '')
    .replace(/(?:,\s*utg|\s+ed\.)\s*\d+$/, '');
  const key = designationKey(undated);
  const shorter = key.replace(OPTIONAL_PREFIX, '');
  return shorter !== key ? [key, shorter] : [key];
}
