import { Harmonize } from '../../../src/core/harmonize';
import type { CellValue } from '../../../src/core';
import { bundledEngine } from '../../support/bundledData';
import type { CompiledDataset } from '../../../src/core/dataset/types';
import { fixtureDataset } from '../../support/fixtureDataset';
import { grid, show } from '../../support/shownAnswer';

/** The fixture with a family, a Japanese record at another degree and an Indian one of an older edition. */
function dataset(): CompiledDataset {
  const d = structuredClone(fixtureDataset());
  d.families = [{ name: 'medical devices', standards: ['ISO 13485', 'ISO 10993-1', 'IEC 60601-1'] }];
  d.adoptions.find((a) => a.designation === 'JIS Q 9001:2015')!.correspondence = 'MOD';
  d.jurisdictions.push({ code: 'IN', name: 'India', alpha3: 'IND', aliases: [], kind: 'country', blocs: [] });
  d.adoptions.push({ standard: 'ISO 9001:2008', jurisdiction: 'IN', designation: 'IS/ISO 9001:2008', correspondence: 'IDT', src: 1, read: '2026-11-26' });
  return d;
}
const engine = Harmonize.fromDataset(dataset());
const HEADER = (a: string, b: string) => ['standard', `${a} designation`, `${a} degree`, `${b} designation`, `${b} degree`, 'gap'];

describe('GAPS', () => {
  test('a family: harmonised in the EU first, then one side only, each side with its designation and degree', () => {
    expect(grid(engine.gaps('DE', 'US', 'Medical devices'))).toEqual([
      HEADER('DE', 'US'),
      ['ISO 13485', 'DIN EN ISO 13485', 'IDT', null, null, 'harmonised in the EU (EN ISO 13485:2016): no adoption recorded in US'],
      ['IEC 60601-1', null, null, 'ANSI/AAMI ES60601-1:2005/(R)2012 & A1:2012', 'MOD', 'US only: no adoption recorded in DE'],
      ['ISO 10993-1', 'DIN EN ISO 10993-1', 'IDT', null, null, 'DE only: no adoption recorded in US'],
    ]);
  });

  test('a side whose catalogue was searched without finding an adoption says so, with the day of the search', () => {
    const d = dataset();
    d.absences = [{ standard: 'ISO 10993-1', jurisdiction: 'US', note: 'searched by number', src: 0, read: '2026-12-05' }];
    const rows = grid(Harmonize.fromDataset(d).gaps('DE', 'US', 'Medical devices')) as CellValue[][];
    expect(rows.find((r) => r[0] === 'ISO 10993-1')![5]).toBe('DE only: no adoption found in US (checked 2026-12-05)');
    expect(rows.find((r) => r[0] === 'IEC 60601-1')![5]).toBe('US only: no adoption recorded in DE');
  });

  test('a side whose only adoption has ended has no current one, and the gap names the ended record', () => {
    const d = dataset();
    d.adoptions.find((a) => a.designation === 'ANSI/AAMI ES60601-1:2005/(R)2012 & A1:2012')!.status = 'superseded';
    const rows = grid(Harmonize.fromDataset(d).gaps('DE', 'US', 'Medical devices')) as CellValue[][];
    expect(rows.find((r) => r[0] === 'IEC 60601-1')).toBeUndefined();
    d.adoptions.push({ standard: 'IEC 60601-1:2005', jurisdiction: 'DE', designation: 'DIN EN 60601-1', src: 1, read: '2026-12-05' });
    const withDe = grid(Harmonize.fromDataset(d).gaps('DE', 'US', 'Medical devices')) as CellValue[][];
    expect(withDe.find((r) => r[0] === 'IEC 60601-1')![5]).toBe(
      'DE only: no current adoption recorded in US (ANSI/AAMI ES60601-1:2005/(R)2012 & A1:2012 is superseded)',
    );
  });

  test('a side whose only adoption is not yet in force has none in force, and the gap says when it takes effect', () => {
    const d = dataset();
    Object.assign(
      d.adoptions.find((a) => a.designation === 'ANSI/AAMI ES60601-1:2005/(R)2012 & A1:2012')!,
      { status: 'upcoming', inForce: '2029-01-01' },
    );
    d.adoptions.push({ standard: 'IEC 60601-1:2005', jurisdiction: 'DE', designation: 'DIN EN 60601-1', src: 1, read: '2026-12-05' });
    const rows = grid(Harmonize.fromDataset(d).gaps('DE', 'US', 'Medical devices')) as CellValue[][];
    expect(rows.find((r) => r[0] === 'IEC 60601-1')![5]).toBe(
      'DE only: no adoption in force in US yet (ANSI/AAMI ES60601-1:2005/(R)2012 & A1:2012 takes effect on 2029-01-01)',
    );
  });

  test('without a scope, every standard either side adopts; degrees and editions are gaps, an unknown degree is not', () => {
    expect(grid(engine.gaps('CN', 'JP'))).toEqual([HEADER('CN', 'JP'), ['ISO 9001', 'GB/T 19001-2016', 'IDT', 'JIS Q 9001:2015', 'MOD', 'IDT vs MOD']]);
    // India's only record adopts ISO 9001:2008: a different edition while ISO 9001:2015 is recent, presumably
    // replaced once it has been out five years (see EQUIVALENT).
    const in2019 = dataset();
    in2019.date = '2019-06-01';
    expect(grid(Harmonize.fromDataset(in2019).gaps('JP', 'IN'))).toEqual([
      HEADER('JP', 'IN'),
      ['ISO 9001', 'JIS Q 9001:2015', 'MOD', 'IS/ISO 9001:2008', 'IDT', 'different editions: ISO 9001:2015 vs ISO 9001:2008'],
    ]);
    expect(grid(engine.gaps('JP', 'IN'))).toEqual([
      HEADER('JP', 'IN'),
      [
        'ISO 9001',
        'JIS Q 9001:2015',
        'MOD',
        null,
        null,
        'JP only: no current adoption recorded in IN (IS/ISO 9001:2008 may be out of date: ISO 9001:2015 replaced the ' +
          'edition it adopts, and no source read says it is still in force in IN)',
      ],
    ]);
    // A consolidation with an amendment is another publication than the edition alone.
    expect(grid(engine.gaps('EU', 'US', 'IEC 60601-1'))).toEqual([
      HEADER('EU', 'US'),
      [
        'IEC 60601-1',
        'EN 60601-1:2006',
        'unknown',
        'ANSI/AAMI ES60601-1:2005/(R)2012 & A1:2012',
        'MOD',
        'different editions: IEC 60601-1:2005 vs IEC 60601-1:2005+AMD1:2012',
      ],
    ]);
  });

  test('most material first: harmonised, one side only, degree, edition, then standards in number order', () => {
    const rows = grid(engine.gaps('EU', 'JP')) as CellValue[][];
    expect(rows.slice(1).map((r) => [r[0], String(r[5]).split(/[:(]/)[0].trim()])).toEqual([
      ['ISO 13485', 'harmonised in the EU'],
      ['IEC 60601-1', 'EU only'],
      ['ISO 10993-1', 'EU only'],
      ['ISO 45001', 'EU only'],
      ['ISO 9001', 'IDT vs MOD'],
    ]);
  });

  test('kind keeps some kinds; a-only and b-only include that side’s harmonised rows', () => {
    const kinds = (kind: string) => (grid(engine.gaps('EU', 'JP', null, kind)) as CellValue[][]).slice(1).map((r) => r[0]);
    expect(kinds('degree')).toEqual(['ISO 9001']);
    expect(kinds('harmonised')).toEqual(['ISO 13485']);
    expect(kinds('A only')).toEqual(['ISO 13485', 'IEC 60601-1', 'ISO 10993-1', 'ISO 45001']);
    expect(kinds('degree, edition')).toEqual(['ISO 9001']);
    expect(grid(engine.gaps('EU', 'JP', null, 'b-only'))).toBe(
      '#N/A None of the 5 gaps between EU and JP in the standards either adopts is of the kind asked for',
    );
    expect(grid(engine.gaps('EU', 'JP', null, 'colour'))).toBe("#VALUE! Unknown kind 'colour' - use one of: harmonised, a-only, b-only, degree, edition");
  });

  test('a range of standards: blanks skipped, an edition named compares that edition only, an unknown one fails the call', () => {
    expect(grid(engine.gaps('CN', 'JP', [['ISO 9001'], [''], ['iso 13485']]))).toEqual([
      HEADER('CN', 'JP'),
      ['ISO 9001', 'GB/T 19001-2016', 'IDT', 'JIS Q 9001:2015', 'MOD', 'IDT vs MOD'],
    ]);
    expect(grid(engine.gaps('CN', 'JP', [['ISO 9001:2008']]))).toEqual([
      HEADER('CN', 'JP'),
      ['ISO 9001:2008', 'GB/T 19001-2008', 'IDT', null, null, 'CN only: no adoption recorded in JP'],
    ]);
    expect(grid(engine.gaps('CN', 'JP', [['ISO 9001'], ['ISO 9999']]))).toMatch(/^#N\/A .*ISO 9999/);
    expect(grid(engine.gaps('CN', 'JP', 'medicl devices'))).toBe(
      '#VALUE! Unknown family \'medicl devices\' - did you mean "medical devices"? Families: medical devices; or give a range of standards',
    );
  });

  test('a family named by words of its name alone, as analysts shorten it', () => {
    const twoFamilies = dataset();
    twoFamilies.families!.push({ name: 'electrical safety and EMC', standards: ['IEC 60601-1'] }, { name: 'functional safety', standards: ['IEC 60601-1'] });
    const shortened = Harmonize.fromDataset(twoFamilies);
    // Before, each of these was "Unknown family".
    expect(grid(shortened.gaps('CN', 'JP', 'medical'))).toEqual(grid(shortened.gaps('CN', 'JP', 'medical devices')));
    expect(grid(shortened.gaps('CN', 'JP', 'EMC'))).toEqual(grid(shortened.gaps('CN', 'JP', 'electrical safety and EMC')));
    expect(grid(shortened.gaps('CN', 'JP', 'safety'))).toBe(
      "#VALUE! 'safety' names 2 families: electrical safety and EMC, functional safety; give one, or a range of standards",
    );
    expect(grid(shortened.gaps('CN', 'JP', 'medical safety'))).toMatch(/^#VALUE! Unknown family 'medical safety'/);
  });

  test('an empty answer says why', () => {
    expect(grid(engine.gaps('CN', 'JP', 'ISO 14971'))).toMatch(/^#N\/A (Unknown standard|'ISO 14971')/);
    expect(grid(engine.gaps('US', 'LU', 'ISO 9001'))).toBe('#N/A Neither US nor LU has a recorded adoption of ISO 9001');
    expect(grid(engine.gaps('DE', 'GB', 'ISO 13485'))).toBe(
      '#N/A No gaps between DE and GB in ISO 13485: what either adopts, both adopt in the same publication, with no recorded difference of degree',
    );
  });

  test('blocs work as EQUIVALENT treats them: EU and CEN answer with ENs, a bloc without records of its own answers #N/A', () => {
    expect(grid(engine.gaps('CEN', 'US', 'ISO 13485'))).toEqual([
      HEADER('CEN', 'US'),
      ['ISO 13485', 'EN ISO 13485:2016', 'IDT', null, null, 'harmonised in the EU (EN ISO 13485:2016): no adoption recorded in US'],
    ]);
    expect(grid(engine.gaps('USMCA', 'DE'))).toBe(
      '#N/A USMCA (United States-Mexico-Canada Agreement) is a group of jurisdictions without recorded regional standards; compare two of its members (US), or EU for European Standards',
    );
    expect(grid(engine.gaps('EU', 'CEN'))).toBe(
      '#VALUE! jurisdiction_a and jurisdiction_b are EU and CEN, which both answer with EU records; give two jurisdictions',
    );
    expect(grid(engine.gaps('de', 'Deutschland'))).toBe('#VALUE! jurisdiction_a and jurisdiction_b are both DE; give two jurisdictions');
  });

  test('blank in, blank out; wrong shapes and unknown places are errors with reasons', () => {
    expect(grid(engine.gaps('', 'US'))).toEqual([[null]]);
    expect(grid(engine.gaps('DE', null))).toEqual([[null]]);
    expect(grid(engine.gaps([['DE', 'FR']], 'US'))).toBe('#VALUE! jurisdiction_a and jurisdiction_b must be single cells');
    expect(grid(engine.gaps('DE', 'US', null, [['degree', 'edition']]))).toBe('#VALUE! kind must be a single value, not a range');
    expect(grid(engine.gaps('DE', 'Narnia'))).toMatch(/^#N\/A Unknown jurisdiction 'Narnia'/);
    expect(grid(engine.gaps(true, 'US'))).toBe('#VALUE! jurisdiction_a must be text, not TRUE');
  });

  test('limits as MATRIX: a range too large for the answer is refused at once', () => {
    const huge = Array.from({ length: 40_000 }, () => ['ISO 9001']);
    expect(grid(engine.gaps('DE', 'US', huge))).toBe('#VALUE! The result would have 240006 cells; the limit is 200000. Split the range.');
  });
});

/**
 * Known gaps in the bundled data, each checked against the records EQUIVALENT reads, so that a change in the data
 * that moves one is seen for what it is.
 */
describe('GAPS on the bundled data', () => {
  const live = bundledEngine();
  const row = (a: string, b: string, scope: string, standard: string) => (grid(live.gaps(a, b, scope)) as CellValue[][]).find((r) => r[0] === standard);
  const equivalent = (s: string, j: string, field = 'designation') => show(live.equivalentCell(s, j, field));

  test.each([
    ['CA', 'CN', 'ISO 45001', ['ISO 45001', 'CSA Z45001:19', 'MOD', 'GB/T 45001-2020', 'IDT', 'MOD vs IDT']],
    [
      'CA',
      'CN',
      'ISO/IEC 27000',
      ['ISO/IEC 27000', 'CAN/CSA-ISO/CEI 27000:14', 'IDT', 'GB/T 29246-2023', 'IDT', 'different editions: ISO/IEC 27000:2012 vs ISO/IEC 27000:2018'],
    ],
    [
      'DE',
      'US',
      'medical devices',
      ['ISO 10993-23', 'DIN EN ISO 10993-23', 'IDT', null, null, 'harmonised in the EU (EN ISO 10993-23:2021): no adoption recorded in US'],
    ],
    ['US', 'MX', 'electrical safety and EMC', ['IEC 60601-1', 'ANSI/AAMI ES60601-1:2005/A2:2021', 'MOD', null, null, 'US only: no adoption recorded in MX']],
    // A record derived from the base EN cannot say whether the national print carries the EN's amendment, which a
    // British print shows exists: the gap says so instead of claiming Germany publishes the 2006 text alone.
    [
      'DE',
      'US',
      'medical devices',
      [
        'IEC 62304',
        'DIN EN 62304',
        'IDT',
        'ANSI/AAMI/IEC 62304:2006 & A1:2016',
        'IDT',
        'different editions: IEC 62304:2006 vs IEC 62304:2006+AMD1:2015; DE’s record is derived from EN 62304:2006, which does not say ' +
          'whether its national print includes the amendments (BS EN 62304:2006+A1:2015 in GB shows the EN carries them)',
      ],
    ],
    // Where no member's print shows the amendment, the EU's record of the EN amended so far or further does.
    [
      'FR',
      'JP',
      'IEC 60601-1-3',
      [
        'IEC 60601-1-3',
        'NF EN 60601-1-3',
        'IDT',
        'JIS T 0601-1-3:2015',
        'IDT',
        'different editions: IEC 60601-1-3:2008 vs IEC 60601-1-3:2008+AMD1:2013; FR’s record is derived from EN 60601-1-3:2008, which does ' +
          'not say whether its national print includes the amendments (EN 60601-1-3:2008+A1:2013+A2:2021 in EU shows the EN carries them)',
      ],
    ],
  ])('%s against %s in %s', (a, b, scope, expected) => {
    const found = row(a, b, scope, expected[0] as string)!;
    expect(found).toEqual(expected);
    const [standard, , degreeA, , degreeB] = expected as string[];
    expect([equivalent(standard, a), equivalent(standard, a, 'correspondence')]).toEqual([
      found[1] ?? expect.stringMatching(/^#N\/A No recorded adoption/),
      degreeA ?? expect.anything(),
    ]);
    expect(equivalent(standard, b)).toEqual(found[3] ?? expect.stringMatching(/^#N\/A No recorded adoption/));
    if (degreeB) expect(equivalent(standard, b, 'correspondence')).toBe(degreeB);
  });

  test('a harmonised row names a citation EQUIVALENT gives for the EU', () => {
    expect(equivalent('ISO 10993-18', 'EU', 'harmonised')).toMatch(/^EN ISO 10993-18:2020: Regulation \(EU\) 2017\/745/);
  });

  test('every row of a wide comparison agrees with EQUIVALENT on each side', () => {
    for (const [a, b] of [
      ['EU', 'US'],
      ['CN', 'JP'],
      ['GB', 'FR'],
      ['DE', 'IN'],
    ]) {
      const rows = grid(live.gaps(a, b)) as CellValue[][];
      expect(rows[0]).toEqual(HEADER(a, b));
      for (const [standard, da, , db] of rows.slice(1)) {
        expect([standard, equivalent(String(standard), a)]).toEqual([standard, da ?? expect.stringMatching(/^#N\/A/)]);
        expect([standard, equivalent(String(standard), b)]).toEqual([standard, db ?? expect.stringMatching(/^#N\/A/)]);
      }
    }
  });
});
