import { JisCatalogue } from '../../../src/core/catalogue/jisCatalogue';
import { checkJapaneseAdoptions } from '../../../scripts/data/checkJapaneseAdoptions';
import { fixtureCatalogue } from '../../support/fixtureCatalogue';
import { problemsOfCheck } from '../../support/adoptionCheck';

/** Checks a jp.csv of the given records against the fixture JIS catalogue; gives each problem as "severity: message". */
function check(...records: [designation: string, status: string, standard?: string][]): string[] {
  const rows = records.map(([designation, status, standard = 'ISO 9001:2015']) => `${standard},JP,${designation},,,${status},https://example.org/jp,2026-12-01,`);
  return problemsOfCheck('jp.csv', rows, (dir, problems) => checkJapaneseAdoptions(dir, new JisCatalogue(fixtureCatalogue().jis), problems));
}

describe('Japanese adoption records against the JIS catalogue', () => {
  test('a listed, valid JIS without a newer edition raises nothing', () => {
    expect(check(['JIS Q 9001:2015', ''], ['JIS X 0001:1994', 'current'])).toEqual([]);
  });

  test('a designation the catalogue does not list is a warning naming the editions it does list', () => {
    expect(check(['JIS Q 9001:2008', 'superseded'])).toEqual(['warning: JIS Q 9001:2008 is not in the JSA catalogue (2025-04-16); it lists JIS Q 9001:2015 (valid)']);
    expect(check(['JIS Z 9999:2020', ''])).toEqual(['warning: JIS Z 9999:2020 is not in the JSA catalogue (2025-04-16) nor any edition of JIS Z 9999']);
  });

  test('a record without a status where the JIS is withdrawn or has a newer edition is a warning: a status to add', () => {
    expect(check(['JIS A 1125:1957', ''])).toEqual([
      'warning: JIS A 1125:1957 has no status, but the JSA catalogue (2025-04-16) lists it as withdrawn: record it as withdrawn',
    ]);
  });

  test('a status the catalogue contradicts is an error', () => {
    expect(check(['JIS A 1125:1957', 'current'])).toEqual(['error: JIS A 1125:1957 is recorded as current, but the JSA catalogue (2025-04-16) lists it as withdrawn']);
    expect(check(['JIS X 0001:1994', 'withdrawn'])).toEqual([
      'error: JIS X 0001:1994 is recorded as withdrawn, but the JSA catalogue (2025-04-16) lists it as valid and no newer edition',
    ]);
  });

  test('a JIS the catalogue lists as valid may be superseded by a newer edition the data records, issued after the snapshot', () => {
    expect(check(['JIS Q 9001:2015', 'superseded'], ['JIS Q 9001:2026', ''])).toEqual([
      'warning: JIS Q 9001:2026 is not in the JSA catalogue (2025-04-16); it lists JIS Q 9001:2015 (valid)',
    ]);
    // A newer JIS of the same international standard under another number is one too (JIS C 60529:2026 succeeded JIS C 0920).
    expect(check(['JIS X 0001:1994', 'superseded', 'ISO 2382:2015'], ['JIS X 2382:2026', '', 'ISO 2382:2015'])).toEqual([
      'warning: JIS X 2382:2026 is not in the JSA catalogue (2025-04-16) nor any edition of JIS X 2382',
    ]);
    // An older recorded edition is no reason.
    expect(check(['JIS Q 9001:2015', 'superseded'], ['JIS Q 9001:2008', ''])).toContain(
      'error: JIS Q 9001:2015 is recorded as superseded, but the JSA catalogue (2025-04-16) lists it as valid and no newer edition',
    );
  });
});
