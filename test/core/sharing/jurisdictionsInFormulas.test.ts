import { jurisdictionsInFormulas } from '../../../src/core/sharing/jurisdictionsInFormulas';

describe('jurisdictionsInFormulas', () => {
  test('collects the literal jurisdictions of HARMONIZE formulas, in order of first use, without duplicates', () => {
    expect(
      jurisdictionsInFormulas([
        '=HARMONIZE.EQUIVALENT("ISO 9001","US")',
        '=_xldudf_HARMONIZE_MATRIX({"ISO 9001";"ISO 13485"},{"EU","CN","US"})',
        '=HARMONIZE.RECOGNITION("DE","JP","IAF-MLA")',
        '=HARMONIZE.STANDARD("ISO 9001","title")',
        '=SUM(A1:A3)',
        '=HARMONIZE.EQUIVALENT($A2,B$1)',
        42,
        'plain text',
      ]),
    ).toEqual(['US', 'EU', 'CN', 'DE', 'JP']);
  });
});
