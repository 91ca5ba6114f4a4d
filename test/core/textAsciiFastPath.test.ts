/** The ASCII fast path of text folding gives exactly what the full Unicode path gives. */
import fc from 'fast-check';
import { designationKey, foldForLookup, normaliseSpacing } from '../../src/core/text';

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const fullSpacing = (s: string) => s.normalize('NFKC').replace(DASHES, '-').replace(/\s+/g, ' ').trim().toUpperCase();
const fullFold = (s: string) =>
  fullSpacing(
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[ßẞ]/g, 'SS')
      .replace(/[Łł]/g, 'L')
      .replace(/[Øø]/g, 'O')
      .replace(/[Ææ]/g, 'AE'),
  );

test.each(['iso 9001', ' ISO\t9001 ', 'BS EN ISO 13485:2016', 'GB/T 19001-2016', '', '\u0000 a'])('ASCII %j folds as the Unicode path does', (s) => {
  expect(normaliseSpacing(s)).toBe(fullSpacing(s));
  expect(foldForLookup(s)).toBe(fullFold(s));
});

test('for any ASCII text, the fast path and the Unicode path agree', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary-ascii', maxLength: 60 }), (s) => {
      expect(normaliseSpacing(s)).toBe(fullSpacing(s));
      expect(foldForLookup(s)).toBe(fullFold(s));
      expect(designationKey(s)).toBe(
        fullFold(s)
          .replace(/\bOE(?=NORM\b|VE\b)/g, 'O')
          .replace(/[^\p{L}\p{N}:]/gu, ''),
      );
    }),
    { seed: 7, numRuns: 500 },
  );
});

test('non-ASCII text still takes the Unicode path', () => {
  expect(foldForLookup('Türkiye')).toBe('TURKIYE');
  expect(normaliseSpacing('ＩＳＯ\u2013９００１')).toBe('ISO-9001');
});
