import { foldForLookup, inLatinLetters } from '../text';

const ASCII = /^[\x00-\x7F]*$/;
const SEPARATORS = /[^A-Z0-9\u0400-\u04FF\u4E00-\u9FFF]+/;
const HYPHENATED = /\d+(?:-\d+)+/g;

/**
 * Search tokens of a text: words, numbers, and the joined forms people type without spaces ("ISO9001",
 * "60601-1"), so that "60601" finds the IEC 60601 family and "iso9001" finds ISO 9001.
 */
export function tokenize(text: string): string[] {
  // Splitting removes the spacing, so plain ASCII needs only upper case: indexing a catalogue tokenizes 30,000 titles.
  const folded = ASCII.test(text) ? text.toUpperCase() : inLatinLetters(foldForLookup(text));
  const tokens = new Set<string>();
  for (const word of folded.split(SEPARATORS)) if (word) tokens.add(word);
  if (folded.includes('-')) for (const hyphenated of folded.match(HYPHENATED) ?? []) tokens.add(hyphenated);
  return [...tokens];
}

/**
 * An identifier written without spaces or punctuation ("ISO/IEC 27001" -> "ISOIEC27001"), for documents only; a joint
 * publication also under its first publisher alone, as people write it ("ISO27001"), which otherwise found the
 * ISO standards one digit away (ISO 21001, ISO 28001) and not ISO/IEC 27001.
 */
export function compactTokens(id: string): string[] {
  const compact = foldForLookup(id).replace(/[^A-Z0-9]/g, '');
  if (!compact || !/\d/.test(compact)) return [];
  const joint = /^([A-Z]+)(?:\/[A-Z]+)+\s/.exec(foldForLookup(id));
  const firstOnly = joint ? joint[1] + compact.replace(/^[A-Z]+/, '') : null;
  return firstOnly && firstOnly !== compact ? [compact, firstOnly] : [compact];
}

/** True when a and b differ by at most one insertion, deletion or substitution: linear, no matrix. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < la && j < lb) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (la > lb) i++;
    else if (lb > la) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (la - i) + (lb - j) <= 1;
}
