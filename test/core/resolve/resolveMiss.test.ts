import { readCatalogueFile } from '../../../src/cli/catalogueFile';
import { type CellValue, isHarmonizeError } from '../../../src/core';
import { isCatalogueNeeded } from '../../../src/core/catalogue/catalogueNeeded';
import { bundledDataset } from '../../support/bundledData';
import { Harmonize } from '../../../src/core/harmonize';
import { splitEditionId } from '../../../src/core/identifiers/parseStandardId';

const withoutCatalogues = Harmonize.fromDataset(bundledDataset);
const withCatalogues = withoutCatalogues.withCatalogue(Harmonize.fromDataset(bundledDataset, readCatalogueFile()).catalog.catalogue!);
const show = (answer: ReturnType<Harmonize['standard']>): CellValue | string => {
  const cell = isHarmonizeError(answer) ? answer : answer[0][0];
  return isHarmonizeError(cell) ? `${cell.code} ${cell.message}` : cell;
};

describe('the catalogues answer only what the bundled dataset does not know', () => {
  const editions = bundledDataset.standards.map((s) => s.id);
  const keys = [...new Set(editions.map((id) => splitEditionId(id)!.key))];

  test('every recorded edition and standard gives the same facts whether or not the catalogues are loaded', () => {
    let filled = 0;
    for (const query of [...editions, ...keys]) {
      for (const field of ['id', 'title', 'edition', 'editions', 'status', 'replacedBy', 'committee', 'source']) {
        const without = withoutCatalogues.standard(query, field);
        const cell = isHarmonizeError(without) ? without : without[0][0];
        if (isCatalogueNeeded(cell)) {
          // Only a title or status the dataset leaves empty waits; the webstore then gives it, or has none either.
          expect([query, field]).toEqual([query, expect.stringMatching(/^(title|status)$/)]);
          const answer = String(show(withCatalogues.standard(query, field)));
          expect(answer).toMatch(new RegExp(`^(?!#)|^#N/A No ${field} recorded for `));
          if (!answer.startsWith('#')) filled++;
        } else expect([query, field, show(withCatalogues.standard(query, field))]).toEqual([query, field, show(without)]);
      }
    }
    expect(filled).toBeGreaterThan(0);
  });

  test('and the same adoptions', () => {
    for (const key of keys) {
      for (const place of ['CN', 'EU', 'JP', 'US', 'DE', 'BR']) {
        expect([key, place, show(withCatalogues.equivalent(key, place))]).toEqual([key, place, show(withoutCatalogues.equivalent(key, place))]);
      }
    }
  });

  test('what the dataset does not know waits for the catalogues rather than being called unknown', () => {
    for (const query of ['IEC 60068-2-6', 'CISPR 32:2015/AMD1:2019', 'JIS X 0001:1994', 'ISO 9999', 'IEC 60068-2-6:1995']) {
      const [[cell]] = withoutCatalogues.standard(query) as CellValue[][];
      expect(isCatalogueNeeded(cell)).toBe(true);
    }
  });
});
