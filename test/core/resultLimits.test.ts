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
});
