import { Harmonize } from '../../../src/core/harmonize';
import { type CellReference, formatAddress, mapReferences, recomputeFormula, shiftReferences } from '../../../src/core/mappings';
import { fixtureDataset } from '../../support/fixtureDataset';
import { stringMatching } from '../../support/matchers';

const describeRef = (ref: CellReference) => `[${ref.sheet ?? ''}|${formatAddress(ref.start)}${ref.end ? `:${formatAddress(ref.end)}` : ''}]`;

describe('cell references in formula text', () => {
  test.each([
    ['HARMONIZE.EQUIVALENT(A2,B$1)', 'HARMONIZE.EQUIVALENT([|A2],[|B$1])'],
    ['_xldudf_HARMONIZE_EQUIVALENT($A$2:$A$9,Sheet2!B1:D1)', '_xldudf_HARMONIZE_EQUIVALENT([|$A$2:$A$9],[Sheet2|B1:D1])'],
    ["HARMONIZE.MATRIX('My ''own'' sheet'!A1:A3,\"A1\")", 'HARMONIZE.MATRIX([My \'own\' sheet|A1:A3],"A1")'],
    ['HARMONIZE.EQUIVALENT("ISO 9001",{"US","CN"},TRUE)', 'HARMONIZE.EQUIVALENT("ISO 9001",{"US","CN"},TRUE)'],
    ['LOG10(A1)+A1:A', 'LOG10([|A1])+A1:A'],
  ])('%s', (formula, expected) => expect(mapReferences(formula, describeRef)).toBe(expected));

  test('shared formulas move their relative parts only, and off-sheet moves give #REF!', () => {
    expect(shiftReferences('X($A2,B$1,C3:D4,"B2")', 1, 2)).toBe('X($A3,D$1,E4:F5,"B2")');
    expect(shiftReferences('X(A1)', -1, 0)).toBe('X(#REF!)');
  });

  test('recomputing resolves references to literal values and reports what it cannot resolve', () => {
    const engine = Harmonize.fromDataset(fixtureDataset());
    const values: Record<string, unknown> = { A1: 'ISO 9001', B1: 'CN', C1: 'JP' };
    const resolve = (ref: CellReference) =>
      ref.end
        ? [[values.B1, values.C1] as string[]]
        : ((values[formatAddress(ref.start)] as string | undefined) ?? { unresolved: `${formatAddress(ref.start)} is a formula` });
    expect(recomputeFormula(engine, '=HARMONIZE.EQUIVALENT(A1,B1:C1)', resolve)).toEqual({ answer: [['GB/T 19001-2016', 'JIS Q 9001:2015']] });
    expect(recomputeFormula(engine, '=HARMONIZE.EQUIVALENT(A1,Z9)', resolve)).toEqual({ skipped: 'Z9 is a formula' });
    expect(recomputeFormula(engine, '=HARMONIZE.EQUIVALENT(MyName,"CN")', resolve)).toEqual({
      skipped: stringMatching(/^Only literal arguments and A1 references/),
    });
    expect(recomputeFormula(engine, '=HARMONIZE.NOPE(1)')).toEqual({ skipped: 'Unknown function HARMONIZE.NOPE' });
    expect(recomputeFormula(engine, '=HARMONIZE.DATASET("version",1)')).toEqual({ skipped: 'HARMONIZE.DATASET takes at most 1 arguments, not 2' });
    expect(recomputeFormula(engine, '_xludf.HARMONIZE.DATASET("version")')).toEqual({ answer: [['test']] });
  });
});
