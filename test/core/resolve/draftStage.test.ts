import { isHarmonizeError } from '../../../src/core';
import { draftReference } from '../../../src/core/resolve/draftStage';
import { bundledEngine } from '../../support/bundledData';

const message = (input: string): string | null => draftReference(input)?.message ?? null;

describe('draft references', () => {
  test.each([
    ['ISO/DIS 9001', 'DIS', 'ISO 9001'],
    ['ISO/FDIS 14001:2026', 'FDIS', 'ISO 14001'],
    ['ISO/IEC DIS 27001', 'DIS', 'ISO/IEC 27001'],
    ['ISO/DTS 22163', 'DTS', 'ISO/TS 22163'],
    ['prEN ISO 13485', 'prEN', 'EN ISO 13485'],
    ['FprEN 60601-1', 'FprEN', 'EN 60601-1'],
    ['E DIN EN ISO 13485', 'E DIN', 'DIN EN ISO 13485'],
  ])('%s is a draft (%s); the published text is asked for as %s', (input, stage, published) => {
    expect(message(input)).toBe(
      `'${input}' is a draft (${stage}), not a published standard, and drafts have no national adoption; ask for ${published} for the published text`,
    );
  });

  test.each(['ISO 9001', 'EN ISO 13485:2016', 'DIN EN ISO 13485:2021-12', 'ISO/TS 22163', 'IEC 60601-1 Ed. 3.1', 'ISO/DISC 1'])('%s is no draft', (input) =>
    expect(draftReference(input)).toBeNull(),
  );

  test('EQUIVALENT answers a draft #N/A instead of the current print the draft is to replace', () => {
    // Before, "prEN ISO 13485" in DE answered DIN EN ISO 13485:2021-12.
    const answer = bundledEngine().equivalent('prEN ISO 13485', 'DE', null);
    const cell = isHarmonizeError(answer) ? answer : answer[0][0];
    expect(isHarmonizeError(cell) && cell.message).toMatch(/^'prEN ISO 13485' is a draft \(prEN\)/);
  });
});
