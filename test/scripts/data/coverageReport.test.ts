import { CatalogueIndex } from '../../../src/core/catalogue/catalogueIndex';
import { Catalog } from '../../../src/core/dataset/catalog';
import { coreAnswers, readCoreStandards } from '../../../scripts/data/coreCoverage';
import { coverageMarkdown, measureCoverage } from '../../../scripts/data/coverageReport';
import { fixtureCatalogue } from '../../support/fixtureCatalogue';
import { fixtureDataset } from '../../support/fixtureDataset';

const dataset = fixtureDataset();
const catalog = new Catalog(dataset);
const report = coverageMarkdown(dataset, catalog, 7);
const gridRow = (key: string) => report.split('\n').find((line) => line.startsWith(`| ${key} |`))!.split('|').map((c) => c.trim());
const column = (place: string) => report.split('\n').find((line) => line.startsWith('| standard |'))!.split('|').map((c) => c.trim()).indexOf(place);

describe('coverage report', () => {
  test('counts cited and derived records per jurisdiction, and lists the thin ones', () => {
    const c = measureCoverage(dataset, catalog);
    expect(c.cited).toBe(dataset.adoptions.length);
    // GB has a rule for every kind of EN (five EN records); DE one for CEN ENs only (four), whose cited ISO 9001
    // record names the same national document as its derived one would.
    expect(c.derived).toBe(8);
    expect(c.byPlace.get('GB')).toMatchObject({ cited: 0, derived: 5 });
    expect(c.byPlace.get('CN')!.standards).toEqual(new Set(['ISO 9001']));
    expect(c.thin).toEqual(['CN', 'DE', 'GB', 'JP', 'US']);
  });

  test('the headline grid marks cited (C), derived only (D) and missing (blank) per standard and place', () => {
    const row = gridRow('ISO 9001');
    expect(row[column('CN')]).toBe('C');
    expect(row[column('DE')]).toBe('C');
    expect(row[column('GB')]).toBe('D');
    expect(row[column('US')]).toBe('');
    expect(gridRow('ISO 13485')[column('DE')]).toBe('D');
  });

  test('sources are counted by site across adoptions, editions, regimes and rules', () => {
    // example.org holds every fixture source: 11 adoptions + 9 editions + 1 harmonised + 1 FDA + 4 rules + the EU and DE bodies.
    expect(report).toMatch(/\| example\.org \| 28 \|/);
  });

  test('standards with the fewest adoptions come first, with their number of places', () => {
    expect(report).toMatch(/3 catalogued standards have no adoption recorded/);
    expect(report).toMatch(/IEC 60601-1-2 \(0\), ISO 9000 \(0\), ISO\/IEC 27001 \(0\), IEC 60601-1 \(3\)/);
    expect(report).toMatch(/compile step raised 7 warnings/);
  });
});

describe('core standards across the G20', () => {
  const core = [
    { standard: 'ISO 9001', family: 'management systems', why: 'quality' },
    { standard: 'ISO 99999', family: 'identifiers', why: 'not catalogued' },
  ];
  const section = coverageMarkdown(dataset, catalog, 0, core);

  test('counts a cell as answered when any cited or derived record exists there, per place and per family', () => {
    // ISO 9001 is answered in EU, CN, DE, GB and JP of the 20 G20 members; ISO 99999 nowhere.
    expect(section).toMatch(/2 core standards .* x 20 G20 members: 5 of 40 cells answered \(13%\)/);
    expect(section).toMatch(/\| management systems \| 1 \| 25% \|/);
    expect(section).toMatch(/\| identifiers \| 1 \| 0% \|/);
  });

  test('a recorded search that found no adoption answers its cell, and is counted apart', () => {
    const d = structuredClone(dataset);
    d.absences = [{ standard: 'ISO 9001', jurisdiction: 'US', note: 'searched', src: 0, read: '2026-12-05' }];
    const withSearch = coverageMarkdown(d, new Catalog(d), 0, core);
    expect(withSearch).toMatch(/6 of 40 cells answered \(15%\), 1 of them by a recorded search of the national catalogue, or the body's own word, that found no adoption/);
    const row = withSearch.split('\n').find((l) => l.startsWith('| no adoption found |'))!.split('|').map((c) => c.trim());
    const places = withSearch.split('\n').find((l) => l.startsWith('| jurisdiction | EU'))!.split('|').map((c) => c.trim());
    expect(row[places.indexOf('US')]).toBe('1');
    expect(row[places.indexOf('CN')]).toBe('0');
  });

  test('a cell whose newest record is superseded or withdrawn is not answered, and the grid marks it E', () => {
    const d = structuredClone(dataset);
    d.adoptions.find((a) => a.designation === 'GB/T 19001-2016')!.status = 'superseded';
    const ended = coverageMarkdown(d, new Catalog(d), 0, core);
    expect(ended).toMatch(/4 of 40 cells answered \(10%\), 0 of them by a recorded search .* 1 more cells have only a superseded or withdrawn adoption/);
    const grid = coverageMarkdown(d, new Catalog(d), 0);
    const cn = grid.split('\n').find((line) => line.startsWith('| standard |'))!.split('|').map((c) => c.trim()).indexOf('CN');
    expect(grid.split('\n').find((line) => line.startsWith('| ISO 9001 |'))!.split('|').map((c) => c.trim())[cn]).toBe('E');
  });

  test('counts the answered cells whose answering record rests on a tertiary or unranked source, per place', () => {
    // Every fixture source is on example.org, which no tier list ranks.
    expect(section).toMatch(/Of the 5 cells answered by an adoption, 0 \(0%\) rest on a primary or secondary source and 5 on a tertiary/);
    const d = structuredClone(dataset);
    d.sources = d.sources.map((url) => (url.endsWith('/cn') ? 'https://www.chinesestandard.net/PDF/English.aspx/GBT19001-2016' : url.endsWith('/eu') ? 'https://www.scribd.com/document/1' : url));
    const ranked = coverageMarkdown(d, new Catalog(d), 0, core);
    expect(ranked).toMatch(/Of the 5 cells answered by an adoption, 1 \(20%\) rest on a primary or secondary source and 4 on a tertiary/);
    const row = ranked.split('\n').find((l) => l.startsWith('| answered from a tertiary or unranked source |'))!.split('|').map((c) => c.trim());
    const places = ranked.split('\n').find((l) => l.startsWith('| jurisdiction | EU'))!.split('|').map((c) => c.trim());
    expect(row[places.indexOf('CN')]).toBe('0');
    // A derived record counts its EN record's source: GB's derived ISO 9001 rests on the EU record's scribd copy.
    expect(row[places.indexOf('GB')]).toBe('1');
  });

  test('counts the answered cells known to be current, per place', () => {
    const row = (md: string, place: string) => {
      const places = md.split('\n').find((l) => l.startsWith('| jurisdiction | EU'))!.split('|').map((c) => c.trim());
      return md.split('\n').find((l) => l.startsWith('| answered with a status of current |'))!.split('|').map((c) => c.trim())[places.indexOf(place)];
    };
    const before = (section.match(/(\d+) \(\d+%\) are known to be current/) ?? [])[1];
    const d = structuredClone(dataset);
    const en = d.adoptions.find((a) => a.jurisdiction === 'EU' && a.designation.startsWith('EN ISO 9001'))!;
    en.status = 'current';
    const known = coverageMarkdown(d, new Catalog(d), 0, core);
    expect(Number((known.match(/(\d+) \(\d+%\) are known to be current/) ?? [])[1])).toBeGreaterThan(Number(before));
    expect(row(section, 'EU')).toBe('0');
    expect(row(known, 'EU')).toBe('1');
    // GB's answer is derived from that EN by the fixture's BSI rule, which dates it by the EN: BSI may have re-issued
    // it with an amendment, so it does not take the EN's status.
    expect(row(known, 'GB')).toBe('0');
  });

  test('the core answers are the records an undated id answers with in each answered cell, withheld ones left out', () => {
    const answers = (d: typeof dataset) => coreAnswers(new Catalog(d), core).map((a) => `${a.jurisdiction} ${a.designation} (${a.provenance})`);
    // In the G20's order; GB's answer is derived from the EN by the fixture's BSI rule.
    expect(answers(dataset)).toEqual([
      'EU EN ISO 9001:2015 (cited)',
      'CN GB/T 19001-2016 (cited)',
      'DE DIN EN ISO 9001:2015-11 (cited)',
      'GB BS EN ISO 9001:2015 (derived)',
      'JP JIS Q 9001:2015 (cited)',
    ]);
    const d = structuredClone(dataset);
    d.adoptions.find((a) => a.designation === 'GB/T 19001-2016')!.status = 'superseded';
    expect(answers(d)).toEqual(expect.not.arrayContaining([expect.stringMatching(/^CN /)]));
    expect(answers(d)).toHaveLength(4);
  });

  test('counts the cited G20 records without a stated degree, per jurisdiction, most first', () => {
    // The fixture's G20 records: EU 5 (1 without a degree), DE 2 (1), CN 2, JP 1 and US 1 (none).
    expect(section).toMatch(/2 of 11 cited records in the G20 \(18%\) state no degree of correspondence/);
    const degrees = section.split('## Degrees of correspondence in the G20')[1].split('\n## ')[0];
    const rows = degrees.split('\n').filter((l) => /^\| [A-Z]{2} \|/.test(l));
    expect(rows).toEqual(['| DE | 2 | 1 (50%) |', '| EU | 5 | 1 (20%) |']);
  });

  test('names the core standards that no catalogue row knows yet, counting the IEC webstore catalogue once loaded', () => {
    expect(section).toMatch(/no edition catalogued yet \(1\): ISO 99999\./);
    const withIec = [...core, { standard: 'IEC 60068-2-6', family: 'electrical safety and EMC', why: 'vibration' }];
    expect(coverageMarkdown(dataset, catalog, 0, withIec)).toMatch(/no edition catalogued yet \(2\): ISO 99999, IEC 60068-2-6\./);
    const withCatalogue = new Catalog(dataset, [], new CatalogueIndex(fixtureCatalogue()));
    expect(coverageMarkdown(dataset, withCatalogue, 0, withIec)).toMatch(/no edition catalogued yet \(1\): ISO 99999\./);
  });

  test('every bundled core standard names its family and why it is core', () => {
    for (const s of readCoreStandards()) {
      expect(s.family).toMatch(/^(management systems|conformity assessment|medical devices|electrical safety and EMC|functional safety|information security and privacy|AI management|identifiers)$/);
      expect(s.why.length).toBeGreaterThan(5);
    }
  });
});
