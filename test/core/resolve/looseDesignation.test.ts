/** A national designation typed as people write it stands for the standard its recorded prints adopt. */
import { readCatalogueFile } from '../../../src/cli/catalogueFile';
import { isHarmonizeError } from '../../../src/core';
import { CatalogueIndex } from '../../../src/core/catalogue/catalogueIndex';
import { bundledEngine } from '../../support/bundledData';

// With the catalogues, where a miss would otherwise be answered from the JIS catalogue.
const engine = bundledEngine().withCatalogue(new CatalogueIndex(readCatalogueFile()));
const shown = (answer: unknown): string => {
  const cell = isHarmonizeError(answer) ? answer : (answer as unknown[][])[0][0];
  return isHarmonizeError(cell) ? `${cell.code} ${cell.message}` : String(cell);
};

describe('a designation typed without the year its body prints', () => {
  test('an undated JIS that a record adopts names the standard, not a JIS without correspondence', () => {
    // Before: "JIS Q 9001:2015 is a JIS ...; no correspondence to an ISO/IEC standard is recorded".
    expect(shown(engine.standard('JIS Q 9001'))).toBe('ISO 9001');
    expect(shown(engine.equivalent('JIS Q 9001', 'DE'))).toBe('DIN EN ISO 9001:2015');
    expect(shown(engine.equivalent('GB/T 19001', 'JP'))).toBe('JIS Q 9001:2015');
  });

  test('undated, it names the standard, so each place answers its newest adoption', () => {
    // GB's newest print of ISO 14001 adopts the 2026 edition; Japan's newest adopts 2015 and still answers.
    expect(shown(engine.equivalent('BS EN ISO 14001', 'JP'))).toBe('JIS Q 14001:2015');
  });

  test("dated by the print's own year, it names the edition that print adopts", () => {
    expect(shown(engine.standard('DIN EN ISO 13485:2021'))).toBe('ISO 13485:2016');
  });

  test('a year no recorded print has says which are recorded', () => {
    expect(shown(engine.equivalent('GB/T 19001-2000', 'US'))).toBe(
      "#N/A No recorded national designation 'GB/T 19001-2000' (recorded: GB/T 19001-2016 adopts ISO 9001:2015; GB/T 19001-2008 adopts ISO 9001:2008)",
    );
  });

  test('a JIS no record adopts still says that it has no recorded correspondence', () => {
    expect(shown(engine.standard('JIS X 0001'))).toMatch(/^#N\/A JIS X 0001:1994 is a JIS .*no correspondence to an ISO\/IEC standard is recorded$/);
  });
});
