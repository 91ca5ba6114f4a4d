import { clickableSource, sourceSite } from '../../src/taskpane/sourceLink';

describe('which sources become links', () => {
  test.each([
    ['https://www.iso.org/standard/59752.html', 'https://www.iso.org/standard/59752.html'],
    // Hosts known to answer over HTTPS are upgraded; a trailing dot in the host is still the same site.
    ['http://www.iso.org/standard/59752.html', 'https://www.iso.org/standard/59752.html'],
    [
      'http://www.accessdata.fda.gov/scripts/cdrh/cfdocs/cfStandards/detail.cfm?id=1',
      'https://www.accessdata.fda.gov/scripts/cdrh/cfdocs/cfStandards/detail.cfm?id=1',
    ],
    ['http://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32017R0745', 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32017R0745'],
    ['http://de.wikipedia.org./wiki/DIN', 'https://de.wikipedia.org./wiki/DIN'],
    // Any other host keeps http: a guessed https link to a site without a certificate is a broken link.
    ['http://kikakurui.com/q9/Q9001-2015-01.html', 'http://kikakurui.com/q9/Q9001-2015-01.html'],
    ['http://evil-iso.org/page', 'http://evil-iso.org/page'],
    ['http://iso.org.evil.com/page', 'http://iso.org.evil.com/page'],
    // A port of its own means another server: not upgraded.
    ['http://www.iso.org:8080/x', 'http://www.iso.org:8080/x'],
  ])('%s links to %s', (source, href) => {
    expect(clickableSource(source)).toBe(href);
  });

  test.each([
    ['a bare IPv4 address', 'http://183.214.217.157:8888/portal/article/tsindex.html?id=27319'],
    ['an IPv4 address in decimal', 'http://2130706433/'],
    ['an IPv4 address in hex', 'http://0x7f.1/'],
    ['an IPv6 address', 'http://[::1]/x'],
    ['a script', 'javascript:alert(1)'],
    ['a script with a tab in its scheme', 'java\tscript:alert(1)'],
    ['a data address', 'data:text/html,<script>alert(1)</script>'],
    ['a file', 'file:///etc/passwd'],
    ['another scheme', 'ftp://ftp.iso.org/x'],
    ['an address with credentials', 'http://www.iso.org@evil.com/'],
    ['plain text', 'BSI catalogue, read in the library'],
  ])('%s is shown as text', (_, source) => {
    expect(clickableSource(source)).toBeNull();
  });

  test('the site names a source for its label', () => {
    expect(sourceSite('https://www.iso.org/standard/59752.html')).toBe('iso.org');
    expect(sourceSite('http://de.wikipedia.org./wiki/DIN')).toBe('de.wikipedia.org');
    expect(sourceSite('read in the library')).toBe('read in the library');
  });
});
