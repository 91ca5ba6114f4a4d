/**
 * Which source addresses the pane makes clickable. A source is data (cited pages, and the workbook's own mappings,
 * which anyone who shares the workbook can type), so only web addresses become links, and only to named hosts:
 * a bare IP address is usually a mirror or a scraped copy the analyst cannot judge from the link, so it is shown
 * as text to be copied deliberately.
 */

/**
 * Sites that answer the same page over HTTPS, checked by hand: bodies, regulators and references the data cites.
 * Only these are upgraded from http; any other host keeps the scheme its record gives, because a guessed https://
 * link to a site without a certificate is a broken link.
 */
const HTTPS_HOSTS = [
  'iso.org',
  'iec.ch',
  'cenelec.eu',
  'cencenelec.eu',
  'din.de',
  'bsigroup.com',
  'jsa.or.jp',
  'standards.org.au',
  'fda.gov',
  'europa.eu',
  'wto.org',
  'ifrs.org',
  'wikipedia.org',
  'asq.org',
];

function isIpAddress(hostname: string): boolean {
  // The URL parser has already turned every IPv4 spelling (0x7f.1, 2130706433) into dotted decimal.
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) || hostname.startsWith('[');
}

function upgradesToHttps(hostname: string): boolean {
  const host = hostname.replace(/\.$/, '').toLowerCase();
  return HTTPS_HOSTS.some((site) => host === site || host.endsWith(`.${site}`));
}

/** The href to give a source, or null when it is to be shown as text. */
export function clickableSource(source: string): string | null {
  let url: URL;
  try {
    // WHATWG URL parsing drops tabs and line breaks as a browser does, so "java\tscript:" is read as javascript:.
    url = new URL(source.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!url.hostname || isIpAddress(url.hostname) || url.username || url.password) return null;
  if (url.protocol === 'http:' && upgradesToHttps(url.hostname) && (url.port === '' || url.port === '80')) {
    url.protocol = 'https:';
    url.port = '';
  }
  return url.href;
}

/** The site a source comes from, for labels: "iso.org", or the text itself when it is not an address. */
export function sourceSite(source: string): string {
  try {
    return new URL(source.trim()).hostname.replace(/^www\./, '').replace(/\.$/, '') || source;
  } catch {
    return source;
  }
}
