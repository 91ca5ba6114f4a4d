import { type CellValue, isHarmonizeError } from '../../../src/core';
import { Harmonize } from '../../../src/core/harmonize';
import { fixtureCatalogue } from '../../support/fixtureCatalogue';
import { fixtureDataset } from '../../support/fixtureDataset';

const engine = Harmonize.fromDataset(fixtureDataset(), fixtureCatalogue());
const withoutCatalogues = Harmonize.fromDataset(fixtureDataset());
const first = (from: Harmonize, designation: string): CellValue | string => {
  const answer = from.origin(designation);
  const cell = isHarmonizeError(answer) ? answer : answer[0][0];
  return isHarmonizeError(cell) ? `${cell.code} ${cell.message}` : cell;
};

describe('ORIGIN with the catalogues', () => {
  test('a JIS the JSA lists, with no recorded correspondence, says so instead of "unknown"', () => {
    expect(first(engine, 'JIS X 0001:1994')).toBe(
      '#N/A JIS X 0001:1994 is a JIS (Glossary of terms used in information processing -- Fundamental terms, valid); no correspondence to an ISO/IEC standard is recorded',
    );
    expect(first(engine, 'JIS A 1125')).toMatch(/^#N\/A JIS A 1125:2015 is a JIS \(Methods of test .*, valid\); no correspondence/);
  });

  test('a recorded JIS adoption still answers, and an unlisted one is not recorded', () => {
    expect(first(engine, 'JIS Q 9001:2015')).toBe('ISO 9001:2015');
    expect(first(engine, 'JIS X 9999:2020')).toBe("#N/A No recorded national designation 'JIS X 9999:2020'");
  });

  test('an international publication explains what it is', () => {
    expect(first(engine, 'CISPR 32:2015/AMD1:2019')).toBe(
      "#VALUE! 'CISPR 32:2015/AMD1:2019' is amendment 1 (2019) to CISPR 32:2015, an international publication; ORIGIN takes a national designation",
    );
    expect(first(engine, 'ISO 9001')).toBe("#VALUE! 'ISO 9001' is an international standard; ORIGIN takes a national designation");
  });

  test('without the catalogues, only what they might answer waits for them', () => {
    expect(first(withoutCatalogues, 'GB/T 19001-2016')).toBe('ISO 9001:2015');
    expect(first(withoutCatalogues, 'ISO 9001')).toBe(first(engine, 'ISO 9001'));
    expect(first(withoutCatalogues, 'XYZ 1')).toBe(first(engine, 'XYZ 1'));
    expect(first(withoutCatalogues, 'JIS X 0001:1994')).toMatch(/the IEC and JIS catalogues are needed and not loaded$/);
  });
});
