import { Catalog } from '../../../src/core/dataset/catalog';
import { supersededBy } from '../../../src/core/query/equivalent';
import { Harmonize } from '../../../src/core/harmonize';
import { type CellValue, isHarmonizeError } from '../../../src/core';
import { fixtureCatalogue } from '../../support/fixtureCatalogue';
import { fixtureDataset } from '../../support/fixtureDataset';

const engine = Harmonize.fromDataset(fixtureDataset(), fixtureCatalogue());
const show = (v: CellValue) => (isHarmonizeError(v) ? `${v.code} ${v.message}` : v);
/** The first cell of EQUIVALENT from an engine, shown as its value or as "#CODE message". */
const oneFrom = (from: Harmonize) => (standard: string, place: string, field?: string) => {
  const answer = from.equivalent(standard, place, field ?? null);
  return isHarmonizeError(answer) ? show(answer) : show(answer[0][0]);
};
const one = oneFrom(engine);

describe('EQUIVALENT', () => {
  test.each([
    ['ISO 9001', 'CN', 'designation', 'GB/T 19001-2016'],
    ['ISO 9001', 'CN', 'edition', 'ISO 9001:2015'],
    ['ISO 9001:2008', 'CN', 'designation', 'GB/T 19001-2008'],
    ['ISO 9001:2008', 'CN', 'edition', 'ISO 9001:2008'],
    ['ISO 9001:2008', 'CN', 'newer', 'ISO 9001:2015'],
    ['ISO 9001', 'CN', 'newer edition', ''],
    ['iso9001', 'China', 'correspondence', 'IDT'],
    ['ISO 9001', 'EU', 'designation', 'EN ISO 9001:2015'],
    ['ISO 9001', 'CEN', 'designation', 'EN ISO 9001:2015'],
    ['ISO 9001', 'CN', 'year', 2016],
    ['ISO 9001', 'CN', 'source', 'https://example.org/cn'],
    ['ISO 9001', 'CN', 'provenance', 'cited'],
    ['ISO 9001', 'CN', 'title', 'Quality management systems - Requirements'],
    ['IEC 60601-1', 'EU', 'correspondence', 'unknown'],
    ['EN ISO 13485:2016', 'EU', 'designation', 'EN ISO 13485:2016'],
    ['EN ISO 10993-1:2020', 'EU', 'edition', 'ISO 10993-1:2018'],
    ['BS EN ISO 9001', 'GB', 'designation', 'BS EN ISO 9001:2015'],
    ['ISO 13485', 'EU', 'harmonised', 'EN ISO 13485:2016: Regulation (EU) 2017/745 (Decision (EU) 2021/1182)'],
  ])('%s in %s, %s -> %s', (s, j, f, expected) => expect(one(s, j, f)).toBe(expected));

  test("basis says whether the source names the edition or it was inferred from dates; a derived record keeps its EN's", () => {
    expect(one('ISO 9001', 'CN', 'basis')).toBe('stated');
    expect(one('ISO 9001', 'CN', 'edition basis')).toBe('stated');
    const dataset = fixtureDataset();
    const en = dataset.adoptions.find((a) => a.designation === 'EN ISO 13485:2016');
    if (!en) throw new Error('fixture lacks EN ISO 13485:2016');
    en.editionInferred = true;
    const inferred = oneFrom(Harmonize.fromDataset(dataset, fixtureCatalogue()));
    expect(inferred('ISO 13485', 'EU', 'basis')).toBe('inferred');
    expect(inferred('ISO 13485', 'GB')).toBe('BS EN ISO 13485:2016');
    expect(inferred('ISO 13485', 'GB', 'basis')).toBe('inferred');
    expect(inferred('ISO 9001', 'GB', 'basis')).toBe('stated');
  });

  test('an undated id answers #N/A when the newest recorded adoption has ended; naming its publication still answers it', () => {
    const withStatus = (status: 'superseded' | 'withdrawn') => {
      const dataset = fixtureDataset();
      const newest = dataset.adoptions.find((a) => a.designation === 'GB/T 19001-2016');
      if (!newest) throw new Error('fixture lacks GB/T 19001-2016');
      newest.status = status;
      return oneFrom(Harmonize.fromDataset(dataset, fixtureCatalogue()));
    };
    const superseded = withStatus('superseded');
    // The analyst asked for what is in force: an older record would be worse, and so would the ended one.
    expect(superseded('ISO 9001', 'CN')).toBe(
      '#N/A No current adoption of ISO 9001 recorded in CN: the newest recorded, GB/T 19001-2016 (adopts ISO 9001:2015), ' +
        'is superseded and what replaced it is not recorded; ask for ISO 9001:2015 to get that record',
    );
    expect(superseded('ISO 9001', 'CN', 'status')).toMatch(/^#N\/A No current adoption of ISO 9001 recorded in CN/);
    expect(superseded('ISO 9001:2015', 'CN')).toBe('GB/T 19001-2016');
    expect(superseded('ISO 9001:2015', 'CN', 'status')).toBe('superseded');
    expect(withStatus('withdrawn')('ISO 9001', 'CN')).toMatch(/GB\/T 19001-2016 \(adopts ISO 9001:2015\), is withdrawn and no adoption in force is recorded/);
    // A status the source does not give is not an end: the record answers as before.
    expect(one('ISO 9001', 'CN', 'status')).toBe('unknown');
    expect(one('ISO 9001', 'CN')).toBe('GB/T 19001-2016');
  });

  test('an undated id answers #N/A when the newest record adopts an edition replaced five or more years before the data', () => {
    // China's only record is then GB/T 19001-2008, of ISO 9001:2008, which ISO 9001:2015 replaced.
    const withOnly2008 = (date: string, edit: (record: { status?: string; year?: number }) => void = () => {}) => {
      const dataset = fixtureDataset();
      dataset.date = date;
      dataset.adoptions = dataset.adoptions.filter((a) => a.designation !== 'GB/T 19001-2016');
      edit(dataset.adoptions.find((a) => a.designation === 'GB/T 19001-2008')!);
      return oneFrom(Harmonize.fromDataset(dataset, fixtureCatalogue()));
    };
    const stale = withOnly2008('2026-11-26');
    expect(stale('ISO 9001', 'CN')).toBe(
      '#N/A No current adoption of ISO 9001 recorded in CN: the newest recorded, GB/T 19001-2008 (adopts ISO 9001:2008), ' +
        'may be out of date: ISO 9001:2015 replaced the edition it adopts, and no source read says it is still in force ' +
        'in CN; ask for ISO 9001:2008 to get that record',
    );
    expect(stale('ISO 9001:2008', 'CN')).toBe('GB/T 19001-2008');
    // A newer edition out for less than five years may not be adopted yet: the older adoption still answers.
    expect(withOnly2008('2019-06-01')('ISO 9001', 'CN')).toBe('GB/T 19001-2008');
    expect(withOnly2008('2020-06-01')('ISO 9001', 'CN')).toMatch(/^#N\/A .*may be out of date/);
    // A source that says it is current, or a national publication later than the newer edition, keeps the answer.
    expect(withOnly2008('2026-11-26', (r) => (r.status = 'current'))('ISO 9001', 'CN')).toBe('GB/T 19001-2008');
    expect(withOnly2008('2026-11-26', (r) => (r.year = 2016))('ISO 9001', 'CN')).toBe('GB/T 19001-2008');
  });

  test("a CEN member's direct ISO adoption gives way to the member's print of a later EN, which CEN members must implement", () => {
    // Switzerland's SN ISO/IEC 27001:2013 answered for ISO/IEC 27001, though SNV had to implement EN ISO/IEC 27001:2017
    // and withdraw conflicting national standards. The fixture's DE has no rule for joint ENs, so nothing is derived.
    const withDirect = (edit: (r: { year?: number; status?: 'current' }) => void = () => {}) => {
      const dataset = fixtureDataset();
      const direct: Parameters<typeof edit>[0] & Record<string, unknown> = {
        standard: 'ISO/IEC 27001:2013',
        jurisdiction: 'DE',
        designation: 'DIN ISO/IEC 27001:2015-03',
        year: 2015,
        src: 4,
        read: '2026-11-26',
      };
      edit(direct);
      dataset.standards.push({ id: 'ISO/IEC 27001:2013', title: 'Information security management systems', src: 0, read: '2026-11-26' });
      dataset.adoptions.push(direct as never, {
        standard: 'ISO/IEC 27001:2013',
        jurisdiction: 'EU',
        designation: 'EN ISO/IEC 27001:2017',
        src: 2,
        read: '2026-11-26',
      });
      return oneFrom(Harmonize.fromDataset(dataset, fixtureCatalogue()));
    };
    expect(withDirect()('ISO/IEC 27001', 'DE')).toBe(
      '#N/A No current adoption of ISO/IEC 27001 recorded in DE: the newest recorded, DIN ISO/IEC 27001:2015-03 (adopts ' +
        'ISO/IEC 27001:2013), may be out of date: DE implements each EN in place of conflicting national standards, and ' +
        'EN ISO/IEC 27001:2017 (adopts ISO/IEC 27001:2013) came after it; ask for ISO/IEC 27001:2013 to get that record',
    );
    // Named by its edition, the record itself still answers, as does a record its source says is current, or one
    // published after the EN.
    expect(withDirect()('ISO/IEC 27001:2013', 'DE')).toBe('DIN ISO/IEC 27001:2015-03');
    expect(withDirect((r) => (r.status = 'current'))('ISO/IEC 27001', 'DE')).toBe('DIN ISO/IEC 27001:2015-03');
    expect(withDirect((r) => (r.year = 2018))('ISO/IEC 27001', 'DE')).toBe('DIN ISO/IEC 27001:2015-03');
  });

  test('supersededBy names what replaced a superseded record, for the card', () => {
    const catalog = new Catalog(fixtureDataset());
    const record = (designation: string) => catalog.adoptionsByDesignation(designation)[0];
    expect(record('GB/T 19001-2008').status).toBe('superseded');
    expect(supersededBy(catalog, record('GB/T 19001-2008'))).toBe('GB/T 19001-2016');
    expect(supersededBy(catalog, record('GB/T 19001-2016'))).toBeNull();
  });

  test("a record superseded by the place's adoption of another standard names that standard", () => {
    // IEC 60445:2010 merged IEC 60446: the EU's EN 60446:2007 gave way to EN 60445:2010.
    const dataset = fixtureDataset();
    dataset.standards.push(
      { id: 'IEC 60446:2007', title: 'Identification of conductors', src: 0, read: '2026-11-26', status: 'withdrawn', replacedBy: 'IEC 60445:2010' },
      { id: 'IEC 60445:2010', title: 'Identification of equipment terminals and conductor terminations', src: 0, read: '2026-11-26' },
    );
    const withdrawn = { jurisdiction: 'EU', src: 2, read: '2026-11-26', status: 'withdrawn' as const };
    dataset.adoptions.push({ ...withdrawn, standard: 'IEC 60446:2007', designation: 'EN 60446:2007' });
    const ask = oneFrom(Harmonize.fromDataset(dataset, fixtureCatalogue()));
    expect(ask('IEC 60446', 'EU')).toMatch(/EN 60446:2007 \(adopts IEC 60446:2007\), is withdrawn and no adoption in force is recorded;/);
    dataset.adoptions.push({ jurisdiction: 'EU', src: 2, read: '2026-11-26', standard: 'IEC 60445:2010', designation: 'EN 60445:2010' });
    const catalog = new Catalog(dataset);
    expect(supersededBy(catalog, catalog.adoptionsByDesignation('EN 60446:2007')[0])).toBe('an adoption of IEC 60445');
    expect(oneFrom(Harmonize.fromDataset(dataset, fixtureCatalogue()))('IEC 60446', 'EU')).toBe(
      '#N/A No current adoption of IEC 60446 recorded in EU: the newest recorded, EN 60446:2007 (adopts IEC 60446:2007), ' +
        'is superseded by an adoption of IEC 60445 (ask for IEC 60445); ask for IEC 60446:2007 to get that record',
    );
  });

  test('an edition that another standard replaced five or more years before the data outdates its adoptions too', () => {
    // IEC 60445:2010 merged IEC 60446; an EN 60446:2007 of unknown standing is then as stale as an older edition's.
    const withOnly60446 = (date: string) => {
      const dataset = fixtureDataset();
      dataset.date = date;
      dataset.standards.push(
        { id: 'IEC 60446:2007', title: 'Identification of conductors', src: 0, read: '2026-11-26', status: 'withdrawn', replacedBy: 'IEC 60445:2010' },
        { id: 'IEC 60445:2010', title: 'Identification of equipment terminals and conductor terminations', src: 0, read: '2026-11-26' },
      );
      dataset.adoptions.push({ jurisdiction: 'EU', src: 2, read: '2026-11-26', standard: 'IEC 60446:2007', designation: 'EN 60446:2007' });
      return oneFrom(Harmonize.fromDataset(dataset, fixtureCatalogue()));
    };
    expect(withOnly60446('2026-11-26')('IEC 60446', 'EU')).toBe(
      '#N/A No current adoption of IEC 60446 recorded in EU: the newest recorded, EN 60446:2007 (adopts IEC 60446:2007), ' +
        'may be out of date: IEC 60445:2010 replaced the edition it adopts, and no source read says it is still in force ' +
        'in EU; ask for IEC 60446:2007 to get that record',
    );
    expect(withOnly60446('2026-11-26')('IEC 60446:2007', 'EU')).toBe('EN 60446:2007');
    // Less than five years after the replacement, the adoption still answers.
    expect(withOnly60446('2013-06-01')('IEC 60446', 'EU')).toBe('EN 60446:2007');
  });

  test('a document published but not yet in force answers only when named: an undated id gets the one in force', () => {
    // China publishes a GB years before it takes effect (GB 18280.1-2025 takes effect on 2029-01-01).
    const withUpcoming = (keepOlder: boolean, inForce?: string) => {
      const dataset = fixtureDataset();
      // A date at which ISO 9001:2015 is too new for GB/T 19001-2008 to be presumed replaced.
      dataset.date = '2019-06-01';
      const newer = dataset.adoptions.find((a) => a.designation === 'GB/T 19001-2016')!;
      Object.assign(newer, { status: 'upcoming', inForce });
      if (!keepOlder) dataset.adoptions = dataset.adoptions.filter((a) => a.designation !== 'GB/T 19001-2008');
      return oneFrom(Harmonize.fromDataset(dataset, fixtureCatalogue()));
    };
    const both = withUpcoming(true, '2029-01-01');
    expect(both('ISO 9001', 'CN')).toBe('GB/T 19001-2008');
    // The older document is not superseded by one that has not taken effect.
    expect(both('ISO 9001', 'CN', 'status')).toBe('unknown');
    expect(both('ISO 9001:2015', 'CN')).toBe('GB/T 19001-2016');
    expect(both('ISO 9001:2015', 'CN', 'status')).toBe('upcoming');
    expect(withUpcoming(false, '2029-01-01')('ISO 9001', 'CN')).toBe(
      '#N/A No adoption of ISO 9001 in force in CN yet: GB/T 19001-2016 (adopts ISO 9001:2015) is published and takes ' +
        'effect on 2029-01-01; ask for ISO 9001:2015 to get that record',
    );
    expect(withUpcoming(false)('ISO 9001', 'CN')).toMatch(/GB\/T 19001-2016 \(adopts ISO 9001:2015\) is published and is not yet in force;/);
  });

  test('a CEN member without a cited record gets the derived designation, marked as derived with its rule', () => {
    expect(one('ISO 9001', 'GB')).toBe('BS EN ISO 9001:2015');
    expect(one('ISO 9001', 'GB', 'provenance')).toBe('derived');
    expect(one('ISO 9001', 'GB', 'rule')).toBe('en-adoption:GB:cen');
    // That no newer EN is recorded does not prove an EN current: a national body may have replaced its edition with
    // a consolidation (the audit found NSAI's I.S. EN 60601-1-3:2008 superseded while the IEC edition is current).
    expect(one('ISO 9001', 'GB', 'status')).toBe('unknown');
    expect(one('ISO 13485', 'DE')).toBe('DIN EN ISO 13485');
    expect(one('ISO 9001', 'GB', 'year')).toMatch(/^#N\/A The publication year/);
  });

  test('FDA recognition answers for the US whether or not a US adoption is recorded', () => {
    expect(one('ISO 10993-1', 'US', 'fda')).toBe('FDA recognition TEST-1, complete, 2026-01-01');
    expect(one('ISO 10993-1:2018', 'USA', 'fda')).toBe('FDA recognition TEST-1, complete, 2026-01-01');
    expect(one('ISO 9001', 'US', 'fda')).toBe('#N/A ISO 9001 is not recorded as FDA-recognized');
    expect(one('ISO 13485', 'US', 'fda')).toBe('incorporated by reference in 21 CFR part 820, effective 2026-02-02');
    expect(one('ISO 10993-1', 'CN', 'fda')).toBe('#N/A No recorded adoption of ISO 10993-1 in CN');
  });

  test('a kind of EN without a proven rule derives nothing, and says why', () => {
    // DE has a rule for CEN ENs only; EN 60601-1 is a CENELEC EN.
    expect(one('IEC 60601-1', 'DE')).toBe(
      '#N/A No recorded adoption of IEC 60601-1 in DE. DE is a CEN/CENELEC member, and members adopt each EN (here ' +
        'EN 60601-1:2006), but no source read proves how DIN designates its adoption of CENELEC ENs; ask for EU to see the EN',
    );
  });

  test('nothing is derived for an EN published before the body joined', () => {
    const dataset = fixtureDataset();
    dataset.rules = dataset.rules.map((r) => (r.jurisdiction === 'GB' ? { ...r, memberSince: 2018 } : r));
    const late = oneFrom(Harmonize.fromDataset(dataset));
    expect(late('ISO 10993-1', 'GB')).toBe('BS EN ISO 10993-1:2020');
    expect(late('ISO 9001', 'GB')).toMatch(/the sources read show BSI as a CEN member only from 2018, after EN ISO 9001:2015 was published/);
  });

  test("a cited consolidation answers the undated id and leaves the base EN's derived adoption to the dated one", () => {
    const dataset = fixtureDataset();
    const en = dataset.adoptions.find((a) => a.designation === 'EN ISO 9001:2015')!;
    dataset.adoptions.push({
      ...en,
      jurisdiction: 'GB',
      designation: 'BS EN ISO 9001:2015+A1:2024',
      adopts: 'ISO 9001:2015+AMD1:2024',
      en: 'EN ISO 9001:2015',
      year: 2024,
    });
    const consolidated = oneFrom(Harmonize.fromDataset(dataset));
    expect(consolidated('ISO 9001', 'GB')).toBe('BS EN ISO 9001:2015+A1:2024');
    // Its edition is the text it carries, so an analyst's edition column tells the two UK documents apart.
    expect(consolidated('ISO 9001', 'GB', 'edition')).toBe('ISO 9001:2015+AMD1:2024');
    expect(consolidated('ISO 9001:2015', 'GB')).toBe('BS EN ISO 9001:2015');
    expect(consolidated('ISO 9001:2015', 'GB', 'edition')).toBe('ISO 9001:2015');
    expect(consolidated('ISO 9001:2015', 'GB', 'rule')).toBe('en-adoption:GB:cen');
  });

  test('a body that adopts ISO directly gets no derived record beside its own adoption, and the #N/A says so', () => {
    const dataset = fixtureDataset();
    dataset.rules = dataset.rules.map((r) => (r.jurisdiction === 'GB' ? { ...r, practice: 'iso-first' as const } : r));
    const en = dataset.adoptions.find((a) => a.designation === 'EN ISO 9001:2015')!;
    dataset.adoptions.push({ ...en, jurisdiction: 'GB', designation: 'BS ISO 9001:2015+A1:2024', adopts: 'ISO 9001:2015+AMD1:2024', year: 2024 });
    const direct = oneFrom(Harmonize.fromDataset(dataset));
    const answer = direct('ISO 9001:2015', 'GB');
    expect(answer).toMatch(/^#N\/A No recorded adoption of ISO 9001:2015 in GB \(recorded: BS ISO 9001:2015\+A1:2024 adopts ISO 9001:2015\+AMD1:2024\)/);
    expect(answer).toMatch(/but BSI adopts ISO standards directly, and its adoption of another publication of this standard is recorded/);
    expect(answer).not.toMatch(/member only from/);
  });

  test('an EN without its year derives nothing, and the #N/A does not claim it predates the membership', () => {
    const dataset = fixtureDataset();
    dataset.adoptions = dataset.adoptions.map((a) => (a.designation === 'EN ISO 9001:2015' ? { ...a, designation: 'EN ISO 9001' } : a));
    const undated = oneFrom(Harmonize.fromDataset(dataset));
    const answer = undated('ISO 9001', 'GB');
    expect(answer).toMatch(/here EN ISO 9001\), but the EN's year is not recorded, so whether BSI was a member when it was published cannot be checked/);
    expect(answer).not.toMatch(/member only from/);
  });

  test('nothing is derived for an EN older than the form its rule proves, and the #N/A says so', () => {
    const dataset = fixtureDataset();
    dataset.rules = dataset.rules.map((r) => (r.jurisdiction === 'GB' ? { ...r, enSince: 2018 } : r));
    const changed = oneFrom(Harmonize.fromDataset(dataset));
    expect(changed('ISO 10993-1', 'GB')).toBe('BS EN ISO 10993-1:2020');
    expect(changed('ISO 9001', 'GB')).toMatch(/the sources read prove BSI's form for CEN ENs only from 2018, and it printed older ones otherwise/);
  });

  test('a stale cited record never hides the newer national adoption of the EN', () => {
    expect(one('ISO 45001', 'DE')).toBe('DIN EN ISO 45001');
    expect(one('ISO 45001:2018', 'DE')).toBe('DIN EN ISO 45001');
    const catalog = new Catalog(fixtureDataset());
    expect(catalog.adoptionsByDesignation('DIN ISO 45001:2018-06')[0].status).toBe('superseded');
    expect(catalog.adoptionsOfEdition('ISO 45001:2018', 'DE').map((a) => a.designation)).toEqual(['DIN EN ISO 45001', 'DIN ISO 45001:2018-06']);
  });

  test('a record its source states current answers before a derived one of unknown standing, which is not called superseded', () => {
    const dataset = fixtureDataset();
    dataset.adoptions = dataset.adoptions.map((a) => (a.designation === 'DIN ISO 45001:2018-06' ? { ...a, status: 'current' as const } : a));
    const catalog = new Catalog(dataset);
    expect(catalog.adoption('ISO 45001:2018', 'DE')!.designation).toBe('DIN ISO 45001:2018-06');
    expect(catalog.adoptionsOfEdition('ISO 45001:2018', 'DE')[1]).toMatchObject({ designation: 'DIN EN ISO 45001', status: null });
  });

  test('an edition is answered only by a record of exactly that publication', () => {
    expect(one('IEC 60601-1:2005', 'US')).toBe(
      '#N/A No recorded adoption of IEC 60601-1:2005 in US (recorded: ANSI/AAMI ES60601-1:2005/(R)2012 & A1:2012 adopts IEC 60601-1:2005+AMD1:2012)',
    );
    expect(one('IEC 60601-1:2005+AMD1:2012', 'US')).toBe('ANSI/AAMI ES60601-1:2005/(R)2012 & A1:2012');
    expect(one('IEC 60601-1', 'US')).toBe('ANSI/AAMI ES60601-1:2005/(R)2012 & A1:2012');
  });

  test('an older national edition is superseded by the newer one', () => {
    expect(one('ISO 9001:2008', 'CN', 'status')).toBe('superseded');
  });

  test('a cited national record wins over the derived one', () => {
    expect(one('ISO 9001', 'DE')).toBe('DIN EN ISO 9001:2015-11');
    expect(one('ISO 9001', 'DE', 'provenance')).toBe('cited');
  });

  test('where a national catalogue was searched without finding an adoption, the #N/A says where and when', () => {
    const d = fixtureDataset();
    d.sources.push('https://webdesk.jsa.or.jp/');
    d.absences = [
      { standard: 'ISO 13485', jurisdiction: 'JP', note: 'no JIS with 13485 in its number or title', src: d.sources.length - 1, read: '2026-12-05' },
    ];
    const searched = oneFrom(Harmonize.fromDataset(d));
    expect(searched('ISO 13485', 'JP')).toBe(
      '#N/A No adoption of ISO 13485 found in JP: no JIS with 13485 in its number or title (checked 2026-12-05, https://webdesk.jsa.or.jp/)',
    );
    expect(searched('ISO 13485:2016', 'Japan')).toMatch(/^#N\/A No adoption of ISO 13485:2016 found in JP: /);
    // A search in one place says nothing of another.
    expect(searched('ISO 13485', 'CN')).toBe(one('ISO 13485', 'CN'));
  });

  test('errors say exactly what is wrong', () => {
    expect(one('ISO 9999', 'US')).toBe(
      "#N/A Unknown standard 'ISO 9999' (ISO standards are only partly catalogued: those with recorded adoptions and those the IEC webstore lists)",
    );
    expect(one('IEC 99999', 'US')).toBe("#N/A Unknown standard 'IEC 99999'");
    expect(one('ISO 9001', 'US')).toBe('#N/A No recorded adoption of ISO 9001 in US');
    expect(one('ISO 9001:2008', 'JP')).toBe('#N/A No recorded adoption of ISO 9001:2008 in JP (recorded: JIS Q 9001:2015 adopts ISO 9001:2015)');
    expect(one('ISO 9001', 'LU')).toBe(
      '#N/A No recorded adoption of ISO 9001 in LU. LU is a CEN/CENELEC member, and members adopt each EN ' +
        '(here EN ISO 9001:2015), but no source read proves how its standards body designates its adoption of CEN ENs; ask for EU to see the EN',
    );
    expect(one('ISO 9001:2012', 'CN')).toBe(
      '#N/A Unknown edition ISO 9001:2012 - recorded editions of ISO 9001: 2015, 2008 (ISO standards are only partly catalogued: those with recorded adoptions and those the IEC webstore lists)',
    );
    expect(one('IEC 60601-1:1999', 'CN')).toBe('#N/A Unknown edition IEC 60601-1:1999 - recorded editions of IEC 60601-1: 2005, 1988');
    expect(one('ISO 9001', 'Narnia')).toMatch(/^#N\/A Unknown jurisdiction 'Narnia'/);
    expect(one('ISO 9001', 'USMCA')).toMatch(/^#N\/A USMCA .* is a group of 1 jurisdictions/);
    expect(one('ISO 9001', 'CN', 'colour')).toMatch(/^#VALUE! Unknown field 'colour'/);
  });

  test('a rule bound to committees derives only the ENs of those committees, and the #N/A says whose EN it is', () => {
    // Luxembourg's body gets a rule like UNI's: its form is proven for the ENs of CEN's technical committees only.
    const withCommittees = (committee: string | undefined) => {
      const d = fixtureDataset();
      d.rules.push({
        ...d.rules.find((r) => r.jurisdiction === 'DE')!,
        name: 'en-adoption:LU:cen',
        jurisdiction: 'LU',
        body: 'ILNAS',
        template: 'ILNAS-{en_undated}',
        committees: ['CEN/TC'],
      });
      const en = d.adoptions.find((a) => a.designation === 'EN ISO 10993-1:2020')!;
      if (committee) en.committee = committee;
      return oneFrom(Harmonize.fromDataset(d));
    };
    expect(withCommittees('CEN/TC 206')('ISO 10993-1', 'LU')).toBe('ILNAS-EN ISO 10993-1');
    expect(withCommittees('CEN/TC 206')('ISO 10993-1', 'LU', 'note')).toMatch(/rule for CEN ENs of CEN\/TC committees \(this one: CEN\/TC 206\)/);
    expect(withCommittees('CEN/CLC/JTC 3')('ISO 10993-1', 'LU')).toBe(
      '#N/A No recorded adoption of ISO 10993-1 in LU. LU is a CEN/CENELEC member, and members adopt each EN (here EN ISO 10993-1:2020), ' +
        "but ILNAS's form is proven only for ENs of CEN/TC committees (it prints other committees' ENs in another form), and EN ISO 10993-1:2020 was written by CEN/CLC/JTC 3; ask for EU to see the EN",
    );
    expect(withCommittees(undefined)('ISO 10993-1', 'LU')).toMatch(/and EN ISO 10993-1:2020 has no committee recorded; ask for EU/);
    // "CEN/TC" is a prefix of whole committee names only: CEN/TCX is not one of CEN's technical committees.
    expect(withCommittees('CEN/TCX 1')('ISO 10993-1', 'LU')).toMatch(/was written by CEN\/TCX 1/);
    // Other ENs and other places are untouched.
    expect(withCommittees(undefined)('ISO 10993-1', 'DE')).toBe('DIN EN ISO 10993-1');
  });

  test("two rules of one kind, bound to different committees, each derive their committees' ENs", () => {
    // UNI prints CEN/TC ENs 'UNI EN ...' and joint committees' ENs 'UNI CEI EN ...'.
    const split = (committee: string | undefined) => {
      const d = fixtureDataset();
      const base = { ...d.rules.find((r) => r.jurisdiction === 'DE')!, jurisdiction: 'LU' };
      d.rules.push(
        { ...base, name: 'en-adoption:LU:cen:CEN/TC', body: 'ILNAS', template: 'ILNAS-{en_undated}', committees: ['CEN/TC'] },
        { ...base, name: 'en-adoption:LU:cen:CEN/CLC/JTC', body: 'ILNAS and OLN', template: 'ILNAS-CLC-{en_undated}', committees: ['CEN/CLC/JTC'] },
      );
      const en = d.adoptions.find((a) => a.designation === 'EN ISO 10993-1:2020')!;
      if (committee) en.committee = committee;
      return oneFrom(Harmonize.fromDataset(d));
    };
    expect(split('CEN/TC 206')('ISO 10993-1', 'LU')).toBe('ILNAS-EN ISO 10993-1');
    expect(split('CEN/CLC/JTC 3')('ISO 10993-1', 'LU')).toBe('ILNAS-CLC-EN ISO 10993-1');
    expect(split('CEN/CLC/JTC 3')('ISO 10993-1', 'LU', 'rule')).toBe('en-adoption:LU:cen:CEN/CLC/JTC');
    expect(split('CEN/SS F20')('ISO 10993-1', 'LU')).toMatch(
      /but the forms of ILNAS and ILNAS and OLN are proven only for ENs of CEN\/TC and CEN\/CLC\/JTC committees, and EN ISO 10993-1:2020 was written by CEN\/SS F20; ask/,
    );
    expect(split(undefined)('ISO 10993-1', 'LU')).toMatch(/CEN\/CLC\/JTC committees, and EN ISO 10993-1:2020 has no committee recorded/);
  });

  test('a standard only the IEC catalogue lists resolves, and has no recorded adoption', () => {
    expect(one('IEC 60068-2-6', 'US')).toBe('#N/A No recorded adoption of IEC 60068-2-6 in US');
    expect(one('IEC 60068-2-6:1995', 'US')).toBe('#N/A No recorded adoption of IEC 60068-2-6:1995 in US');
    expect(one('IEC 60601-1:1988', 'EU')).toBe('#N/A No recorded adoption of IEC 60601-1:1988 in EU (recorded: EN 60601-1:2006 adopts IEC 60601-1:2005)');
    expect(one('CISPR 32:2015/AMD1:2019', 'EU')).toBe('#N/A No recorded adoption of CISPR 32:2015+AMD1:2019 in EU');
    expect(one('JIS X 0001:1994', 'JP')).toBe(
      '#N/A JIS X 0001:1994 is a JIS (Glossary of terms used in information processing -- Fundamental terms, valid); no correspondence to an ISO/IEC standard is recorded',
    );
  });

  test('without the catalogues loaded, only a miss waits for them; the dataset answers the rest the same', () => {
    const core = oneFrom(Harmonize.fromDataset(fixtureDataset()));
    for (const [s, j] of [
      ['ISO 9001', 'CN'],
      ['EN ISO 13485:2016', 'EU'],
      ['ISO 9001', 'US'],
      ['ISO 9001', 'Narnia'],
      ['GB/T 99', 'CN'],
    ]) {
      expect(core(s, j)).toBe(one(s, j));
    }
    for (const s of ['IEC 60068-2-6', 'ISO 9999', 'ISO 9001:2012', 'JIS X 0001:1994', '60068-2-6']) {
      expect(core(s, 'US')).toBe(`#N/A '${s}' is not in the bundled dataset: the IEC and JIS catalogues are needed and not loaded`);
    }
    // One standard asked of each engine in turn, in places neither engine was asked about: each reads its own
    // catalog, never the standard the other just read.
    const full = oneFrom(Harmonize.fromDataset(fixtureDataset(), fixtureCatalogue()));
    for (const place of ['CN', 'JP']) {
      expect(core('IEC 60068-2-6', place)).toMatch(/catalogues are needed and not loaded$/);
      expect(full('IEC 60068-2-6', place)).toBe(`#N/A No recorded adoption of IEC 60068-2-6 in ${place}`);
    }
  });

  test('wrong types are #VALUE! with a message', () => {
    const answer = engine.equivalent(true, 'CN');
    expect(!isHarmonizeError(answer) && show(answer[0][0])).toBe('#VALUE! standard must be text, not TRUE');
    const long = engine.equivalent('x'.repeat(600), 'CN');
    expect(!isHarmonizeError(long) && show(long[0][0])).toMatch(/^#VALUE! standard is 600 characters long/);
  });

  test('a column of standards and a row of jurisdictions broadcast to a matrix, blanks stay blank, errors stay per cell', () => {
    const answer = engine.equivalent([['ISO 9001'], [''], ['ISO 9999'], ['ISO 13485']], [['CN', 'EU', null]]);
    expect(isHarmonizeError(answer)).toBe(false);
    const grid = (answer as CellValue[][]).map((row) => row.map((c) => (isHarmonizeError(c) ? c.code : c)));
    expect(grid).toEqual([
      ['GB/T 19001-2016', 'EN ISO 9001:2015', null],
      [null, null, null],
      ['#N/A', '#N/A', null],
      ['#N/A', 'EN ISO 13485:2016', null],
    ]);
  });

  test('ranges of incompatible sizes give #N/A in the cells that have no partner, like Excel', () => {
    const answer = engine.equivalent([['ISO 9001'], ['ISO 13485']], [['CN'], ['EU'], ['JP']]) as CellValue[][];
    expect(answer.map((r) => r.map((c) => (isHarmonizeError(c) ? c.code : c)))).toEqual([['GB/T 19001-2016'], ['EN ISO 13485:2016'], ['#N/A']]);
  });

  test('a result over the cell limit is refused with a clear error', () => {
    const column = Array.from({ length: 1000 }, () => ['ISO 9001']);
    const row = [Array.from({ length: 300 }, () => 'CN')];
    const answer = engine.equivalent(column, row);
    expect(isHarmonizeError(answer) && answer.message).toMatch(/300000 cells; the limit is 200000/);
  });
});

describe('EQUIVALENT and the Official Journal citations beyond the linked ENs', () => {
  const base = fixtureDataset();
  const citation = { act: 'Regulation (EU) 2017/745', ojReference: 'OJ L 138', src: 2, read: '2026-12-07' };
  const engineWith = Harmonize.fromDataset(
    {
      ...base,
      adoptions: [...base.adoptions, { standard: 'ISO 9001:2008', jurisdiction: 'EU', designation: 'EN ISO 9001:2008', src: 2, read: '2026-11-26' }],
      harmonised: [...base.harmonised, { standard: 'ISO 9001:2008', designation: 'EN ISO 9001:2008', ...citation }],
      harmonisedUnlinked: [
        { designation: 'EN 285:2015+A1:2021', ...citation },
        { designation: 'EN 60601-1-2:2015', ...citation },
      ],
    },
    fixtureCatalogue(),
  );
  const cited = oneFrom(engineWith);

  test('a newer EN not cited names the older EN the Journal still cites, and what it adopts', () => {
    expect(cited('ISO 9001', 'EU', 'harmonised')).toBe(
      '#N/A EN ISO 9001:2015 is not recorded as cited in the Official Journal; cited: EN ISO 9001:2008 under Regulation (EU) 2017/745 (OJ L 138), adopting ISO 9001:2008',
    );
    expect(cited('ISO 9001:2008', 'EU', 'harmonised')).toBe('EN ISO 9001:2008: Regulation (EU) 2017/745 (OJ L 138)');
    expect(one('ISO 9001', 'EU', 'harmonised')).toBe('#N/A EN ISO 9001:2015 is not recorded as cited in the Official Journal');
  });

  test('a European-only EN answers with its citation instead of "Unknown standard", in the EU and in a member', () => {
    for (const place of ['EU', 'DE']) {
      expect(cited('EN 285', place)).toBe(
        "#N/A 'EN 285' is a European Standard that no recorded source links to an ISO or IEC edition, and Harmonize maps ISO and IEC standards; " +
          'the Official Journal cites EN 285:2015+A1:2021 under Regulation (EU) 2017/745 (OJ L 138)',
      );
    }
    expect(one('EN 285', 'EU')).toBe("#N/A Unknown standard 'EN 285'");
  });

  test('an international standard whose number a cited but unlinked EN carries points at it without claiming an adoption', () => {
    expect(cited('IEC 60601-1-2', 'EU', 'harmonised')).toBe(
      '#N/A No recorded adoption of IEC 60601-1-2 in EU. The Official Journal cites EN 60601-1-2:2015 under Regulation (EU) 2017/745 (OJ L 138), ' +
        'but no recorded source says which edition of IEC 60601-1-2 it adopts, or with what changes',
    );
    expect(cited('IEC 60601-1-2', 'DE')).toMatch(/in DE\b.*The Official Journal cites EN 60601-1-2:2015 /);
    expect(cited('IEC 60601-1-2', 'CN')).not.toMatch(/Official Journal/);
  });
});
