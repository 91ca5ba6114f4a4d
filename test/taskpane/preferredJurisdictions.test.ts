import { bundledEngine } from '../support/bundledData';
import { preferredJurisdictions, regionOfLocale } from '../../src/taskpane/preferredJurisdictions';

describe("the analyst's region from a locale", () => {
  test.each([
    ['en-GB', 'GB'],
    ['de-DE', 'DE'],
    ['pt_br', 'BR'],
    ['zh-Hans-CN', 'CN'],
    ['en', null],
    ['es-419', null],
    ['', null],
  ])('%s -> %s', (locale, region) => {
    expect(regionOfLocale(locale)).toBe(region);
  });
});

describe('the jurisdictions the card offers first', () => {
  const engine = bundledEngine();

  test("the workbook's come first, as codes however it names them, then the locale's country and its blocs", () => {
    expect(preferredJurisdictions(engine, ['Japan', 'CN'], ['de-DE', 'en'])).toEqual(['JP', 'CN', 'DE', 'EU']);
  });

  test('names the dataset does not know add nothing', () => {
    expect(preferredJurisdictions(engine, ['Atlantis'], ['en-ZZ', 'fr'])).toEqual([]);
  });

  test('a locale alone gives its country', () => {
    expect(preferredJurisdictions(engine, [], ['en-GB'])[0]).toBe('GB');
  });
});
