import { auditedMatcher, auditedRecords, drawSample, placesOption, seededRandom } from '../../../scripts/data/audit';

describe('data:audit sampling', () => {
  it('draws the same sample for the same seed and distinct items without replacement', () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    const first = drawSample(items, 50, seededRandom(20261205));
    expect(drawSample(items, 50, seededRandom(20261205))).toEqual(first);
    expect(new Set(first).size).toBe(50);
    expect(drawSample(items, 50, seededRandom(7))).not.toEqual(first);
  });

  it('never draws more than the population', () => {
    expect(drawSample(['a', 'b'], 5, seededRandom(1)).sort()).toEqual(['a', 'b']);
  });
});

describe('--places', () => {
  it('is every place when absent', () => {
    expect(placesOption(['--sample', '50'])).toBeNull();
  });

  it('reads comma-separated codes, trimmed and upper-cased', () => {
    expect([...placesOption(['--places', 'de, gb,FR'])!]).toEqual(['DE', 'GB', 'FR']);
  });

  it.each([[['--places']], [['--places', '']], [['--places', 'Germany']], [['--places', 'DE;GB']]])('rejects %j with a usage message', (argv) => {
    expect(() => placesOption(argv)).toThrow('--places takes two-letter codes');
  });
});

describe('--skip-audited', () => {
  it("reads the records AUDIT.md's verdict table has, by place and designation, and nothing else", () => {
    const markdown = [
      '| n | place | derived designation | status at sampling | verdict | evidence | tier | what the page says |',
      '| ---: | --- | --- | --- | --- | --- | --- | --- |',
      '| 1 | GB | BS EN ISO 13849-1:2023 | current | unverifiable |  |  | two searches |',
      '| 305 | CZ | ČSN EN ISO/IEC 17011 | withdrawn | wrong | https://nahledy.normy.biz/n.php?i=504700 | primary | replaced |',
      '- (sample 6) a lead that names | GB | BS EN 61227:2016 | in passing',
    ].join('\n');
    expect([...auditedRecords(markdown)]).toEqual(['GB|BS EN ISO 13849-1:2023', 'CZ|ČSN EN ISO/IEC 17011']);
  });

  it('knows a record again when its designation lost the year an earlier version derived, but only for an EN of that year', () => {
    const wasAudited = auditedMatcher(
      [
        '| 247 | EE | EVS-EN IEC 60079-0:2018 | unknown | unverifiable |  |  | two searches |',
        '| 305 | CZ | ČSN EN ISO/IEC 17011 | withdrawn | wrong | https://nahledy.normy.biz/n.php?i=504700 | primary | replaced |',
      ].join('\n'),
    );
    expect(wasAudited({ jurisdiction: 'EE', designation: 'EVS-EN IEC 60079-0', en: 'EN IEC 60079-0:2018' })).toBe(true);
    expect(wasAudited({ jurisdiction: 'EE', designation: 'EVS-EN IEC 60079-0', en: 'EN IEC 60079-0:2023' })).toBe(false);
    expect(wasAudited({ jurisdiction: 'LV', designation: 'EVS-EN IEC 60079-0', en: 'EN IEC 60079-0:2018' })).toBe(false);
    expect(wasAudited({ jurisdiction: 'CZ', designation: 'ČSN EN ISO/IEC 17011', en: 'EN ISO/IEC 17011:2017' })).toBe(true);
    expect(wasAudited({ jurisdiction: 'CZ', designation: 'ČSN EN ISO/IEC 17021-1', en: 'EN ISO/IEC 17021-1:2015' })).toBe(false);
  });
});
