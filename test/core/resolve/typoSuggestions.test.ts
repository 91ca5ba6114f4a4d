import { readCatalogueFile } from '../../../src/cli/catalogueFile';
import { isHarmonizeError } from '../../../src/core';
import { bundledEngine } from '../../support/bundledData';
import { typosOfKnownIds } from '../../support/typos';
import { CatalogueIndex } from '../../../src/core/catalogue/catalogueIndex';

const firstCell = (answer: unknown): unknown => (isHarmonizeError(answer) ? answer : (answer as unknown[][])[0][0]);

describe('did you mean', () => {
  test('for 200 typos of known ids, the right id is first in at least 95 %', () => {
    // With the IEC catalogue, as an analyst's workbook has it once a formula needed it.
    const catalogue = new CatalogueIndex(readCatalogueFile());
    const engine = bundledEngine().withCatalogue(catalogue);
    const typos = typosOfKnownIds(200, 20261204, [...catalogue.iec.byKey.keys()]);
    const right = typos.filter(({ typo, id }) => {
      const cell = firstCell(engine.standard(typo, 'id'));
      return cell === id || (isHarmonizeError(cell) && cell.message.includes(`did you mean ${id}?`));
    });
    expect(right.length / typos.length).toBeGreaterThanOrEqual(0.95);
  }, 60_000);

  test('a part padded with a zero points at the part without it, where only that exists', () => {
    // Before, "ISO 10993-01" suggested ISO 10993-10, one digit away; IEC's own zero-padded parts stay as written.
    const message = (typed: string) => {
      const cell = firstCell(bundledEngine().withCatalogue(new CatalogueIndex(readCatalogueFile())).standard(typed, 'id'));
      return isHarmonizeError(cell) ? cell.message : String(cell);
    };
    expect(message('ISO 10993-01')).toMatch(/^Unknown standard 'ISO 10993-01' - did you mean ISO 10993-1\?/);
    expect(message('ISO 10993-1')).toBe('ISO 10993-1');
  });

  test.each([
    ['Narnia', /use an ISO 3166 code/],
    ['Germny', /did you mean DE \(Germany\)\?/],
  ])('a jurisdiction %s gets a suggestion only when it is one slip away', (typed, expected) => {
    const cell = firstCell(bundledEngine().jurisdiction(typed));
    expect(isHarmonizeError(cell) ? cell.message : '').toMatch(expected);
  });
});
