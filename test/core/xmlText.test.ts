import { escapeXml, unescapeXml } from '../../src/core/xmlText';
import { HOSTILE } from '../support/hostileText';

describe('XML text', () => {
  test.each([
    ['a < b & c > d', 'a &lt; b &amp; c &gt; d'],
    [`"quoted" and 'single'`, '&quot;quoted&quot; and &apos;single&apos;'],
    ['&lt; already escaped', '&amp;lt; already escaped'],
    ['', ''],
  ])('escapes %j', (text, xml) => {
    expect(escapeXml(text)).toBe(xml);
    expect(unescapeXml(xml)).toBe(text);
  });

  test.each([
    ['&#65;&#x42;', 'AB'],
    ['&#x1F600;', '😀'],
    ['&amp;amp;', '&amp;'],
    ['&unknown; stays', '&unknown; stays'],
  ])('restores %j in one pass', (xml, text) => {
    expect(unescapeXml(xml)).toBe(text);
  });

  test.each(HOSTILE)('round-trips hostile text %j', (text) => {
    expect(unescapeXml(escapeXml(text))).toBe(text);
    expect(escapeXml(text)).not.toMatch(/[<>"']/);
  });
});
