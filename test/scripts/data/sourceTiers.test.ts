import { tierOf } from '../../../scripts/data/sourceTiers';

describe('source tiers', () => {
  test.each([
    ['https://www.din.de/de/mitwirken/normenausschuesse/x', 'primary'],
    ['https://knowledge.bsigroup.com/products/x', 'primary'],
    ['https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32000D0518', 'primary'],
    ['https://www.accessdata.fda.gov/scripts/cdrh/cfdocs/cfStandards/detail.cfm?standard__identification_no=1', 'primary'],
    ['https://standards.iteh.ai/catalog/standards/sist/abc', 'secondary'],
    ['https://www.akkreditert.no/x', 'secondary'],
    ['https://es.scribd.com/document/1/x', 'tertiary'],
    ['http://docplayer.cz/1-x.html', 'tertiary'],
    ['https://github.com/a/b/blob/c/d.md', 'tertiary'],
    ['http://183.214.217.157/x', 'tertiary'],
    ['https://consultant.example/x', 'unranked'],
  ])('%s is %s', (url, tier) => expect(tierOf(url)).toBe(tier));

  test('a site is matched by its name, not by a look-alike suffix', () => {
    expect(tierOf('https://notdin.de/x')).toBe('unranked');
    expect(tierOf('https://shop.din.de/x')).toBe('primary');
  });

  test("the most specific entry decides: a body's own site is primary, its reseller shop or accreditation arm secondary", () => {
    expect(tierOf('https://www.ansi.org/news/x')).toBe('primary');
    expect(tierOf('https://webstore.ansi.org/standards/aami/x')).toBe('secondary');
    expect(tierOf('https://anab.ansi.org/x')).toBe('secondary');
  });
});
