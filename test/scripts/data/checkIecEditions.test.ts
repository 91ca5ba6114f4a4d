import { IecCatalogue } from '../../../src/core/catalogue/iecCatalogue';
import { checkIecEditions } from '../../../scripts/data/checkIecEditions';
import { fixtureCatalogue } from '../../support/fixtureCatalogue';
import { problemsOfCheck } from '../../support/adoptionCheck';

/** Checks adoption records of the given editions against the fixture IEC catalogue; "severity: message" each. */
function check(...editions: string[]): string[] {
  const rows = editions.map((edition, i) => `${edition},CN,GB ${i}-2020,,,,https://example.org/cn,2026-12-05,`);
  return problemsOfCheck('cn.csv', rows, (dir, problems) => checkIecEditions(dir, new IecCatalogue(fixtureCatalogue().iec), problems));
}

describe('adoption records against the IEC webstore catalogue', () => {
  test('an edition the webstore lists raises nothing, and ISO editions are not the webstore’s to judge', () => {
    expect(check('IEC 60601-1:2005', 'CISPR 32:2015', 'ISO 9001:2015')).toEqual([]);
  });

  test('an IEC-side edition the webstore does not list is a warning naming the editions it does list', () => {
    expect(check('IEC 60601-1:2000')).toEqual(['warning: IEC 60601-1:2000 is not an edition the IEC webstore lists; it lists IEC 60601-1:2005, :1988']);
    expect(check('ISO/IEC 99999:2020')).toEqual(['warning: ISO/IEC 99999:2020 is not an edition the IEC webstore lists nor any edition of ISO/IEC 99999']);
  });
});
