import { CatalogueNeeded } from '../../src/core/catalogue/catalogueNeeded';
import { HarmonizeError } from '../../src/core/errors';
import { MAX_RESULT_BYTES, MAX_RESULT_CELLS, tooManyCells, withinPayloadLimit } from '../../src/core/resultLimits';

describe('result limits', () => {
  test('the cell limit is inclusive', () => {
    expect(tooManyCells(MAX_RESULT_CELLS)).toBeNull();
    expect(tooManyCells(MAX_RESULT_CELLS + 1)?.code).toBe('#VALUE!');
  });

  test('a small answer and an error pass through unchanged', () => {
    const answer = [['a', 1, true]];
    expect(withinPayloadLimit(answer)).toBe(answer);
    const error = new HarmonizeError('#N/A', 'x');
    expect(withinPayloadLimit(error)).toBe(error);
  });

  test('an answer over the byte limit becomes one #VALUE! saying what to do', () => {
    const long = 'x'.repeat(1000);
    const answer = Array.from({ length: Math.ceil(MAX_RESULT_BYTES / 1000) + 10 }, () => [long]);
    const result = withinPayloadLimit(answer);
    expect(result).toBeInstanceOf(HarmonizeError);
    expect((result as HarmonizeError).message).toMatch(/^The result would be over 4\.5 MB.*Split the range/);
  });

  test('non-ASCII text is counted in UTF-8 bytes: what passes as ASCII fails as three-byte characters', () => {
    const rows = Math.floor(MAX_RESULT_BYTES / 2000);
    expect(withinPayloadLimit(Array.from({ length: rows }, () => ['a'.repeat(1000)]))).toBeInstanceOf(Array);
    expect(withinPayloadLimit(Array.from({ length: rows }, () => ['中'.repeat(1000)]))).toBeInstanceOf(HarmonizeError);
  });

  describe('errors whose reasons make an answer too large', () => {
    const reason = (i: number) => `No recorded adoption of ISO ${10_000 + i} in a place with a long explanation ${'.'.repeat(180)}`;
    const matrix = (rows: number, columns: number) =>
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: columns }, (_, c) => (c === 0 ? `ISO ${r}` : new HarmonizeError('#N/A', reason(r * columns + c)))),
      );

    test('keep their codes and every value, with each reason cut to what fits and marked as cut', () => {
      const answer = matrix(1000, 60);
      const result = withinPayloadLimit(answer);
      if (!Array.isArray(result)) throw new Error(`refused: ${result.message}`);
      expect(result.map((row) => row[0])).toEqual(answer.map((row) => row[0]));
      const cut = result[5][7] as HarmonizeError;
      expect(cut.code).toBe('#N/A');
      expect(cut.message.endsWith('…')).toBe(true);
      expect(reason(5 * 60 + 7).startsWith(cut.message.slice(0, -1))).toBe(true);
      expect(cut.message.length).toBeLessThan(reason(0).length);
    });

    test('a short reason that already fits is kept whole, and a reason-less mark is used when nothing else fits', () => {
      const few = [
        [new HarmonizeError('#N/A', 'short'), 'x'.repeat(MAX_RESULT_BYTES / 2 - 300)],
        ['y'.repeat(MAX_RESULT_BYTES / 2 - 300), new HarmonizeError('#N/A', reason(1))],
      ];
      const result = withinPayloadLimit(few);
      if (!Array.isArray(result)) throw new Error(`refused: ${result.message}`);
      expect((result[0][0] as HarmonizeError).message).toBe('short');
      const tight = Array.from({ length: 120_000 }, () => [new HarmonizeError('#N/A', reason(2))]);
      const marked = withinPayloadLimit(tight);
      expect(Array.isArray(marked) && (marked[0][0] as HarmonizeError).message).toBe('…');
    });

    test('a cell that waits for the catalogues is never rewritten, so it is still answered when they load', () => {
      const waiting = new CatalogueNeeded('EQUIVALENT');
      const answer = [...matrix(1000, 60), [waiting]];
      const result = withinPayloadLimit(answer);
      expect(Array.isArray(result) && result[1000][0]).toBe(waiting);
    });
  });
});
