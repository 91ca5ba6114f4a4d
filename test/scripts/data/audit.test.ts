import { addedSince, releaseOption, auditedMatcher, changedSince, auditedRecords, citedRow, derivedRow, drawSample, placesOption, samplesOption, seededRandom, tiersOption } from '../../../scripts/data/audit';
import { adoptionRecord } from '../../support/adoptionRecord';
import { type RecordLike, snapshotFromRecords } from '../../../scripts/data/releaseSnapshot';

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

describe('--tiers', () => {
  it('is every tier when absent', () => {
    expect(tiersOption(['--core'])).toBeNull();
  });

  it('reads comma-separated tiers, trimmed and lower-cased', () => {
    expect([...tiersOption(['--tiers', 'Tertiary, unranked'])!]).toEqual(['tertiary', 'unranked']);
  });

  it.each([[['--tiers']], [['--tiers', '']], [['--tiers', 'weak']], [['--tiers', 'primary;secondary']]])('rejects %j with a usage message', (argv) => {
    expect(() => tiersOption(argv)).toThrow('--tiers takes tiers separated by commas');
  });
});

describe('--skip-samples', () => {
  const table = [
    '| AY3 | DE | DIN EN ISO 14155 | correct | a page |',
    '| BA12 | GB | BS EN ISO 45001:2023 | stale | a page |',
    '| A7 | FR | NF EN ISO 9001 | correct | a page |',
    '| AAY1 | IT | UNI EN ISO 9001:2015 | correct | a page |',
    '| 14 | CZ | ČSN EN ISO 9001 | correct | a page |',
  ].join('\n');

  it("keeps only the named samples' rows, matching their letters exactly", () => {
    expect([...auditedRecords(table, new Set(['AY', 'A']))]).toEqual(['DE|DIN EN ISO 14155', 'FR|NF EN ISO 9001']);
    expect([...auditedRecords(table, new Set(['BA']))]).toEqual(['GB|BS EN ISO 45001:2023']);
  });

  it('matches draws by place and designation within those samples only', () => {
    const inAY = auditedMatcher(table, new Set(['AY']));
    expect(inAY({ jurisdiction: 'DE', designation: 'DIN EN ISO 14155', en: 'EN ISO 14155:2026' })).toBe(true);
    expect(inAY({ jurisdiction: 'GB', designation: 'BS EN ISO 45001:2023', en: 'EN ISO 45001:2023' })).toBe(false);
  });

  it('reads comma-separated sample letters, upper-cased', () => {
    expect(samplesOption(['--core'])).toBeNull();
    expect([...samplesOption(['--skip-samples', 'ay, BA'])!]).toEqual(['AY', 'BA']);
  });

  it.each([[['--skip-samples']], [['--skip-samples', '']], [['--skip-samples', 'AY1']], [['--skip-samples', 'ABC']]])('rejects %j with a usage message', (argv) => {
    expect(() => samplesOption(argv)).toThrow('--skip-samples takes sample letters separated by commas');
  });
});

describe('--skip-audited', () => {
  it("reads the records AUDIT.md's verdict table has, by place and designation, and nothing else", () => {
    const markdown = [
      '| n | place | derived designation | status at sampling | verdict | evidence | tier | what the page says |',
      '| ---: | --- | --- | --- | --- | --- | --- | --- |',
      '| 1 | GB | BS EN ISO 13849-1:2023 | current | unverifiable |  |  | two searches |',
      '| 305 | CZ | ČSN EN ISO/IEC 17011 | withdrawn | wrong | https://nahledy.normy.biz/n.php?i=504700 | primary | replaced |',
      '| C15 | IN | IS 12572 (Part 13) : 1995/ISO 10993-3 : 1992 | withdrawn | WRONG | https://standardsbis.bsbedge.com | secondary | superseded |',
      '| AA3 | IT | UNI ISO 20121:2024 | correct (weak) | the cited page only |',
      '| CS61 | GCC | GSO IEC 60884-1:2024 | correct (weakly) | the cited page re-read |',
      '- (sample 6) a lead that names | GB | BS EN 61227:2016 | in passing',
      '| CN | place | designation | facts at sampling | verdict | evidence | tier | what the page says |',
    ].join('\n');
    expect([...auditedRecords(markdown)]).toEqual([
      'GB|BS EN ISO 13849-1:2023',
      'CZ|ČSN EN ISO/IEC 17011',
      'IN|IS 12572 (Part 13) : 1995/ISO 10993-3 : 1992',
      'IT|UNI ISO 20121:2024',
      'GCC|GSO IEC 60884-1:2024',
    ]);
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

describe('--cited', () => {
  const record = adoptionRecord({
    standard: 'ISO 13485:2016',
    jurisdiction: 'JP',
    designation: 'JIS Q 13485:2018',
    correspondence: 'IDT',
    year: 2018,
    status: 'current',
    source: 'https://kikakurui.com/q/Q13485-2018-01.html',
    read: '2026-12-05',
  });

  it('prints every fact a cited record answers with, its source with its tier, and its note', () => {
    const lines = citedRow(record, 7, 'foreword: IDT').split('\n');
    expect(lines[0]).toBe('7. JP JIS Q 13485:2018  (ISO 13485:2016; IDT; 2018; current)');
    expect(lines[1]).toBe('   source [secondary] https://kikakurui.com/q/Q13485-2018-01.html (read 2026-12-05)');
    expect(lines[2]).toBe('   note foreword: IDT');
  });

  it('says where a degree comes from a rule, what a consolidation adopts, the EN, and what is unknown', () => {
    const row = citedRow(
      { ...record, jurisdiction: 'GB', designation: 'BS EN 60601-1:2006+A12:2014', correspondence: 'IDT', degreeRule: 'correspondence:CEN', year: null, status: null, adopts: 'IEC 60601-1:2005+AMD1:2012', en: 'EN 60601-1:2006', source: 'https://scribd.com/x' },
      1,
      null,
    );
    expect(row).toContain('(adopts IEC 60601-1:2005+AMD1:2012; IDT by rule correspondence:CEN; no year; status unknown; EN EN 60601-1:2006)');
    expect(row).toContain('source [tertiary]');
    expect(row).toContain('note -');
    expect(citedRow({ ...record, correspondence: null }, 2, null)).toContain('; degree unknown;');
    expect(citedRow({ ...record, editionInferred: true }, 3, null)).toContain('(ISO 13485:2016 (edition inferred); IDT;');
  });

  it("prints a derived record with the international text its EN adopts, amendments included (audit DD took an amended EN for the base)", () => {
    const rule = { name: 'en-adoption:TR:joint', template: 'TS {en_undated}', dateStyle: 'unknown', memberSince: 2012, src: 0, examples: ['TS EN ISO/IEC 17043:2023'] };
    const dataset = { rules: [rule], sources: ['https://example.org/rule'] } as unknown as Parameters<typeof derivedRow>[0];
    const derived = { ...record, jurisdiction: 'TR', designation: 'TS EN ISO/IEC 29100', provenance: 'derived' as const, rule: rule.name, status: null };
    const amended = { ...derived, standard: 'ISO/IEC 29100:2011', adopts: 'ISO/IEC 29100:2011+AMD1:2018', en: 'EN ISO/IEC 29100:2020' };
    expect(derivedRow(dataset, amended, 984).split('\n')[0]).toBe('984. TR TS EN ISO/IEC 29100  (adopts EN ISO/IEC 29100:2020 -> ISO/IEC 29100:2011+AMD1:2018; unknown)');
    expect(derivedRow(dataset, { ...amended, adopts: null }, 1).split('\n')[0]).toContain('-> ISO/IEC 29100:2011; unknown)');
  });
});

describe('--added-since', () => {
  const release = {
    adoptions: [
      ['ISO 9001:2015', 'CN', 'GB/T 19001-2016', 'IDT', '', 2016, '', 'cited', '', 0],
      ['ISO 13485:2016', 'AU', 'AS ISO 13485:2017', '', '', 2017, '', 'cited', '', 1],
    ] as [string, string, string, string, string, number | null, string, string, string, number][],
  };
  const isNew = addedSince(release);

  it('keeps only records whose edition, place and designation the release did not have', () => {
    expect(isNew({ standard: 'ISO 9001:2015', jurisdiction: 'CN', designation: 'GB/T 19001-2016' })).toBe(false);
    expect(isNew({ standard: 'ISO 9001:2015', jurisdiction: 'RU', designation: 'GOST R ISO 9001-2015' })).toBe(true);
    // A corrected designation is a new record to check; the same designation for another edition too.
    expect(isNew({ standard: 'ISO 13485:2016', jurisdiction: 'AU', designation: 'AS ISO 13485-2017' })).toBe(true);
    expect(isNew({ standard: 'ISO 9001:2008', jurisdiction: 'CN', designation: 'GB/T 19001-2016' })).toBe(true);
  });

  it('takes a release version and refuses anything else', () => {
    expect(releaseOption(['--cited', '--added-since', '1.8.0'])).toBe('1.8.0');
    expect(releaseOption(['--cited'])).toBeNull();
    expect(() => releaseOption(['--added-since', '../../etc/passwd'])).toThrow(/kept release version/);
    expect(() => releaseOption(['--added-since'])).toThrow(/kept release version/);
  });
});

describe('--changed-since', () => {
  type Record = Omit<RecordLike, 'provenance' | 'rule'>;
  const cn: Record = { standard: 'ISO 9001:2015', jurisdiction: 'CN', designation: 'GB/T 19001-2016', correspondence: 'IDT', status: null, year: 2016, source: 'https://example.org/gb-t-19001' };
  const au: Record = { standard: 'ISO 13485:2016', jurisdiction: 'AU', designation: 'AS ISO 13485:2017', correspondence: null, status: 'current', year: 2017, source: 'https://example.org/as-iso-13485' };
  const snapshot = (version: string, records: Record[]) =>
    snapshotFromRecords({ version, date: '2026-12-05', checksum: '' }, records.map((r) => ({ ...r, provenance: 'cited', rule: null })), []);
  const release = snapshot('1.11.0', [cn, au]);
  /** Whether a record is drawn when the current data holds it in place of the release's record of the same kind. */
  const changed = (record: Record) => {
    const others = [cn, au].filter((r) => r.jurisdiction !== record.jurisdiction);
    return changedSince(release, snapshot('1.12.0', [...others, record]))(record);
  };

  it('leaves out a record that answers as the release did', () => {
    expect(changed(au)).toBe(false);
    expect(changed(cn)).toBe(false);
  });

  it('draws a record given a degree, a status, a year or a new source, and a record the release did not have', () => {
    expect(changed({ ...au, correspondence: 'IDT' })).toBe(true);
    expect(changed({ ...au, status: 'superseded' })).toBe(true);
    expect(changed({ ...au, year: 2018 })).toBe(true);
    expect(changed({ ...au, source: 'https://store.standards.org.au/product/as-iso-13485-2017' })).toBe(true);
    expect(changed({ ...au, designation: 'AS ISO 13485-2017' })).toBe(true);
  });

  it('takes a release version under its own name', () => {
    expect(releaseOption(['--changed-since', '1.11.0'], 'changed-since')).toBe('1.11.0');
    expect(releaseOption(['--changed-since', '1.11.0'])).toBeNull();
    expect(() => releaseOption(['--changed-since', 'latest'], 'changed-since')).toThrow(/--changed-since takes a kept release version/);
  });
});
