import { Catalog } from '../../../src/core/dataset/catalog';
import { isHarmonizeError } from '../../../src/core/errors';
import { resolveJurisdiction } from '../../../src/core/resolve/resolveJurisdiction';
import { bundledDataset } from '../../support/bundledData';

const catalog = new Catalog(bundledDataset);
const code = (input: string) => {
  const r = resolveJurisdiction(catalog, input);
  return isHarmonizeError(r) ? r.message : r.code;
};

describe('resolveJurisdiction over the bundled ISO 3166 table', () => {
  test.each([
    ['US', 'US'],
    ['us', 'US'],
    ['USA', 'US'],
    ['United States', 'US'],
    ['the United States of America', 'US'],
    ['DEU', 'DE'],
    ['Deutschland', 'DE'],
    ['Germany', 'DE'],
    ['UK', 'GB'],
    ['Great Britain', 'GB'],
    ['Türkiye', 'TR'],
    ['Turkiye', 'TR'],
    ['Allemagne', 'DE'],
    ['中国', 'CN'],
    ['EU', 'EU'],
    ['European Union', 'EU'],
    ['CEN', 'CEN'],
    ['USMCA', 'USMCA'],
  ])('%s -> %s', (input, expected) => expect(code(input)).toBe(expected));

  test('a code typed in any case answers as the alias index does, whether or not the index was built first', () => {
    // Codes skip the alias index (built only for the first name); both paths must give the same place.
    const namesFirst = new Catalog(bundledDataset);
    const codesOnly = new Catalog(bundledDataset);
    expect(isHarmonizeError(resolveJurisdiction(namesFirst, 'Germany'))).toBe(false);
    const codes = [...bundledDataset.jurisdictions.map((j) => j.code), 'UK', 'USA', 'DEU', 'XX'];
    for (const typed of codes.flatMap((c) => [c, c.toLowerCase(), ` ${c} `])) {
      const viaIndex = resolveJurisdiction(namesFirst, typed);
      const direct = resolveJurisdiction(codesOnly, typed);
      expect(isHarmonizeError(direct) ? direct.message : direct.code).toBe(isHarmonizeError(viaIndex) ? viaIndex.message : viaIndex.code);
    }
  });

  // Names as country lists sort them; before, each was "Unknown jurisdiction".
  test.each([
    ['Korea, Republic of', 'KR'],
    ['Korea (the Republic of)', 'KR'],
    ["Korea, Democratic People's Republic of", 'KP'],
    ['Iran, Islamic Republic of', 'IR'],
    ['Netherlands (Kingdom of the)', 'NL'],
    ['United States of America (the)', 'US'],
    ['Bolivia (Plurinational State of)', 'BO'],
  ])('%s, a sorted name, -> %s', (input, expected) => expect(code(input)).toBe(expected));

  test('a sorted name is turned back whole, never cut to its main word', () => {
    expect(code('Korea, Nowhere of')).toMatch(/^Unknown jurisdiction/);
  });

  test('an unknown place suggests the nearest names', () => {
    expect(code('Germny')).toMatch(/^Unknown jurisdiction 'Germny' - did you mean DE \(Germany\)/);
  });

  test('hostile text is quoted back shortened and without control characters', () => {
    const message = code(`\u202eevil\u0000${'x'.repeat(200)}`);
    expect(message).not.toMatch(/[\u0000\u202e]/);
    expect(message.length).toBeLessThan(200);
  });

  test('blocs carry their members and countries their blocs', () => {
    const eu = resolveJurisdiction(catalog, 'EU');
    const de = resolveJurisdiction(catalog, 'DE');
    expect(!isHarmonizeError(eu) && eu.members).toContain('DE');
    expect(!isHarmonizeError(de) && de.blocs).toEqual(expect.arrayContaining(['EU', 'CEN']));
  });
});
