import fc from 'fast-check';
import { type FormulaArgument, FormulaSyntaxError, formatArgument, parseFormula } from '../../src/core/formula';
import { HOSTILE } from '../support/hostileText';

describe('formula parser', () => {
  test.each([
    ['=HARMONIZE.EQUIVALENT("ISO 9001","US")', 'EQUIVALENT', ['ISO 9001', 'US']],
    ['  = harmonize.equivalent ( "a" , "b" ) ', 'EQUIVALENT', ['a', 'b']],
    ['_xldudf_HARMONIZE_ORIGIN("GB/T 19001-2016")', 'ORIGIN', ['GB/T 19001-2016']],
    ['=DATASET()', 'DATASET', []],
    ['=X("say ""hi""")', 'X', ['say "hi"']],
    ['=X(1,-2.5,.5,1e3,TRUE,false)', 'X', [1, -2.5, 0.5, 1000, true, false]],
    ['=X("a",,"c")', 'X', ['a', null, 'c']],
    [
      '=X({"a","b";"c","d"})',
      'X',
      [
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
      ],
    ],
    ['=X({1;2;3})', 'X', [[[1], [2], [3]]]],
    ['=X({"a",,"c"})', 'X', [[['a', null, 'c']]]],
  ])('reads %s', (text, name, args) => {
    expect(parseFormula(text)).toEqual({ name, args });
  });

  test.each([
    ['', /Expected a function name/],
    ['=("a")', /Expected a function name/],
    ['=X("a"', /Expected ',' or '\)'/],
    ['=X("unterminated)', /Unterminated string/],
    ['=X(A1)', /Expected a text in quotes/],
    ['=X(Y("a"))', /Expected/],
    ['=X({"a","b";"c"})', /Array rows have different lengths/],
    ['=X({"a"|"b"})', /Expected ',', ';' or '}'/],
    ['=X("a") + 1', /Unexpected text after the formula/],
  ])('refuses %j with its position', (text, reason) => {
    expect(() => parseFormula(text)).toThrow(FormulaSyntaxError);
    expect(() => parseFormula(text)).toThrow(reason);
  });

  test.each(HOSTILE)('hostile text inside quotes is only text: %j', (text) => {
    expect(parseFormula(`=X(${formatArgument(text)})`)).toEqual({ name: 'X', args: [text] });
  });

  test('what formatArgument writes, parseFormula reads back (2,000 generated arguments)', () => {
    const literal = fc.oneof(fc.string({ maxLength: 12 }), fc.integer({ min: -1e6, max: 1e6 }), fc.boolean());
    const grid = fc
      .integer({ min: 1, max: 3 })
      .chain((cols) => fc.array(fc.array(literal, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 3 }));
    const argument: fc.Arbitrary<FormulaArgument> = fc.oneof(literal, grid);
    fc.assert(
      fc.property(fc.array(argument, { minLength: 1, maxLength: 4 }), (args) => {
        const text = `=HARMONIZE.F(${args.map(formatArgument).join(',')})`;
        expect(parseFormula(text)).toEqual({ name: 'F', args });
      }),
      { numRuns: 2_000, seed: 20261204 },
    );
  });
});
