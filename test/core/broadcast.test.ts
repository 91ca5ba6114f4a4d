import { asGrid, broadcast, countNonBlank, flattenNonBlank } from '../../src/core/broadcast';
import { HarmonizeError, isHarmonizeError } from '../../src/core/errors';
import { MAX_RESULT_CELLS } from '../../src/core/resultLimits';
import type { CellValue, InputValue } from '../../src/core/values';

const join = (...cells: InputValue[]): CellValue => cells.map(String).join('+');
const shown = (value: unknown) => (isHarmonizeError(value) ? value.code : value);

describe('broadcast', () => {
  test.each([
    ['scalar', 'a', [['a']]],
    ['empty list', [], [[null]]],
    ['row', ['a', 'b'], [['a', 'b']]],
    ['grid', [['a'], ['b']], [['a'], ['b']]],
  ])('asGrid of a %s', (_, value, grid) => {
    expect(asGrid(value as InputValue[])).toEqual(grid);
  });

  test.each([
    [
      'column against row gives the whole table',
      [[['a'], ['b']], [['1', '2']]],
      [
        ['a+1', 'a+2'],
        ['b+1', 'b+2'],
      ],
    ],
    ['a single cell stretches', [[['a']], [['1', '2', '3']]], [['a+1', 'a+2', 'a+3']]],
    ['equal shapes pair cell by cell', [[['a', 'b']], [['1', '2']]], [['a+1', 'b+2']]],
    ['a shorter range leaves #N/A where it does not reach', [[['a', 'b', 'c']], [['1', '2']]], [['a+1', 'b+2', '#N/A']]],
    [
      'ragged rows are #N/A past their end',
      [
        [['a', 'b'], ['c']],
        [
          ['1', '2'],
          ['3', '4'],
        ],
      ],
      [
        ['a+1', 'b+2'],
        ['c+3', '#N/A'],
      ],
    ],
  ])('%s', (_, args, expected) => {
    const result = broadcast(args, join);
    expect(Array.isArray(result) && result.map((row) => row.map(shown))).toEqual(expected);
  });

  test('a cell beyond a smaller range says why, and the function is not called for it', () => {
    const fn = jest.fn(join);
    const result = broadcast([[['a', 'b', 'c']], [['1']], [['x', 'y']]], fn);
    expect(fn).toHaveBeenCalledTimes(2);
    const last = Array.isArray(result) ? result[0][2] : null;
    expect(isHarmonizeError(last) && last.message).toBe('The ranges have different sizes');
  });

  test('an input holding an error with the same words is passed to the function, not taken for a size mismatch', () => {
    const fn = jest.fn(() => 'seen');
    const lookalike = new HarmonizeError('#N/A', 'The ranges have different sizes') as unknown as InputValue;
    expect(broadcast([[[lookalike]]], fn)).toEqual([['seen']]);
    expect(fn).toHaveBeenCalledWith(lookalike);
  });

  test('a result over the cell limit is one #VALUE! with the count, before any cell is computed', () => {
    const fn = jest.fn(join);
    const column = Array.from({ length: 1000 }, (_, i) => [String(i)]);
    const row = [Array.from({ length: MAX_RESULT_CELLS / 1000 + 1 }, (_, i) => String(i))];
    const result = broadcast([column, row], fn);
    expect(isHarmonizeError(result) && [result.code, result.message]).toEqual([
      '#VALUE!',
      `The result would have ${1000 * (MAX_RESULT_CELLS / 1000 + 1)} cells; the limit is ${MAX_RESULT_CELLS}. Split the range.`,
    ]);
    expect(fn).not.toHaveBeenCalled();
  });

  test('countNonBlank counts what flattenNonBlank keeps, and stops one past its cap', () => {
    const range = [
      ['a', '', 0],
      [null, false, 'b'],
    ];
    expect(countNonBlank(range, 10)).toBe(flattenNonBlank(range).length);
    expect(countNonBlank(range, 1)).toBe(2);
    expect(countNonBlank(range, 0)).toBe(1);
    expect(countNonBlank([['', null]], 0)).toBe(0);
  });

  test('flattenNonBlank reads row by row and drops blanks but keeps zero and false', () => {
    expect(
      flattenNonBlank([
        ['a', '', null],
        [0, false, 'b'],
      ]),
    ).toEqual(['a', 0, false, 'b']);
  });
});
