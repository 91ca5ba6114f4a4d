import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileDataset } from '../../../scripts/data/compile';
import { Catalog } from '../../../src/core/dataset/catalog';
import { testWithSharedData } from '../../support/sharedData';
import { tempDataDir } from '../../support/tempDataDir';
import { COVERAGE_FILE, coverageFor } from '../../../scripts/data/coverageFile';
import { CHANGES_FILE, changesMarkdown } from '../../../scripts/data/changesFile';

const header = {
  adoptions: 'standard,jurisdiction,designation,correspondence,year,status,source,read,note',
  adoptionsWithEn: 'standard,jurisdiction,designation,correspondence,year,status,adopts,en,source,read,note',
  standards: 'id,title,committee,status,replaced_by,source,read,note',
};

/** A throwaway data folder: a few countries, and whatever rows a test wants to prove the check catches. */
function dataDir(files: Record<string, string>): string {
  return tempDataDir({
    'dataset.json': '{"version":"t","date":"2026-11-26"}',
    'licences.json': '[]',
    'shared/country-codes/country-codes.csv': 'ISO3166-1-Alpha-2,ISO3166-1-Alpha-3,CLDR display name\nCN,CHN,China\nGB,GBR,UK\nDE,DEU,Germany\n',
    'shared/country-intl-orgs/CountrycodesOrgs.csv': 'ISO_3166_2,org_id,org_member\nDE,EU,member\n',
    'jurisdictions/blocs.csv': 'code,name,members,records_under,source,read,note\nEU,European Union,@vendor:EU,,https://example.org/eu,2026-11-26,\n',
    ...files,
  });
}

const errorsOf = (files: Record<string, string>) => compileInto(dataDir(files)).problems.errors.map((p) => p.message);
/** The fixture keeps its shared tables in its own `shared` folder. */
const compileInto = (dir: string) => compileDataset(dir, join(dir, 'shared'));
const row = (...cells: string[]) => cells.join(',');
const SRC = 'https://example.org/x,2026-11-26';
/** A record with its `adopts` and `en` columns, for the tests of CEN's degree rule. */
const enRecord = (standard: string, place: string, designation: string, degree: string, adopts = '', en = '') =>
  row(standard, place, designation, degree, '', '', adopts, en, SRC, '');
/** The same, with no `adopts`: the record adopts what its EN adopts. */
const withEn = (standard: string, place: string, designation: string, degree: string, en = '') => enRecord(standard, place, designation, degree, '', en);
/** An EN and two members' adoptions stating its degree: what CEN's rule needs to be shown at work. */
const cenRuleShown = [
  withEn('ISO 9001:2015', 'EU', 'EN ISO 9001:2015', 'IDT'),
  withEn('ISO 9001:2015', 'GB', 'BS EN ISO 9001:2015', 'IDT', 'EN ISO 9001:2015'),
  withEn('ISO 9001:2015', 'DE', 'DIN EN ISO 9001', 'IDT', 'EN ISO 9001:2015'),
];
/** Compiles records under CEN's rule (a member's adoption of an EN has the EN's degree), with no errors, and finds each record by its designation. */
function underCenRule(records: string[]): (designation: string) => CompiledAdoptionOf {
  const { dataset, problems } = compileInto(
    dataDir({
      'rules/correspondence.csv': `jurisdiction,prefix,correspondence,examples,source,read,note\n${row('CEN', '', 'IDT', '', SRC, '')}\n`,
      'adoptions/x.csv': `${header.adoptionsWithEn}\n${records.join('\n')}\n`,
    }),
  );
  expect(problems.errors).toEqual([]);
  return (designation) => dataset.adoptions.find((a) => a.designation === designation)!;
}
type CompiledAdoptionOf = ReturnType<typeof compileInto>['dataset']['adoptions'][number];

describe('data check', () => {
  testWithSharedData('the bundled data compiles with no errors, and compiled.json, COVERAGE.md and CHANGES.md are what it compiles to', () => {
    const compilation = compileDataset();
    const { dataset, problems } = compilation;
    expect(problems.errors).toEqual([]);
    const committed = JSON.parse(readFileSync(join(__dirname, '../../../src/core/dataset/compiled.json'), 'utf8')) as { checksum: string };
    expect(committed.checksum).toBe(dataset.checksum);
    expect(readFileSync(COVERAGE_FILE, 'utf8')).toBe(coverageFor(compilation));
    expect(readFileSync(CHANGES_FILE, 'utf8')).toBe(changesMarkdown(dataset));
    for (const a of dataset.adoptions) {
      expect(dataset.sources[a.src]).toMatch(/^https?:\/\//);
      expect(a.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  test('a missing source fails', () => {
    expect(errorsOf({ 'adoptions/x.csv': `${header.adoptions}\n${row('ISO 9001:2015', 'CN', 'GB/T 19001-2016', 'IDT', '2016', '', '', '2026-11-26', '')}\n` })).toContain('Missing or malformed source address');
  });

  test('a source address carrying an injected probe fails, rather than being printed and linked', () => {
    const probe = 'http://mirror.example/index.php/param1/$%7B@phpinfo()%7D?u=%2Fproduct%2F';
    const errors = errorsOf({ 'adoptions/x.csv': `${header.adoptions}\n${row('ISO 9001:2015', 'CN', 'GB/T 19001-2016', 'IDT', '2016', '', probe, '2026-12-06', '')}\n` });
    expect(errors).toEqual([expect.stringContaining(`Source address '${probe}' carries script or template text`)]);
  });

  test("a standards body's IEC source is held to the same address check, and needs its read date", () => {
    const bodies = 'jurisdiction,body,acronym,iso_membership,iec_membership,source,read,iec_source,iec_read,note';
    const body = (iecSource: string, iecRead: string) => `DE,Deutsches Institut für Normung,DIN,member,member,https://example.org/din,2026-11-26,${iecSource},${iecRead},`;
    expect(errorsOf({ 'jurisdictions/bodies.csv': `${bodies}\n${body('https://example.org/iec-members', '2026-12-06')}\n` })).toEqual([]);
    expect(errorsOf({ 'jurisdictions/bodies.csv': `${bodies}\n${body('https://example.org/?q=%3Cscript%3E', '2026-12-06')}\n` })).toEqual([
      expect.stringMatching(/^iec_source: Source address .* carries script or template text/),
    ]);
    expect(errorsOf({ 'jurisdictions/bodies.csv': `${bodies}\n${body('https://example.org/iec-members', '')}\n` })).toEqual([
      'iec_read needs a date (YYYY-MM-DD) beside iec_source',
    ]);
  });

  test('a duplicate adoption fails', () => {
    const line = row('ISO 9001:2015', 'CN', 'GB/T 19001-2016', 'IDT', '2016', '', SRC, '');
    expect(errorsOf({ 'adoptions/x.csv': `${header.adoptions}\n${line}\n${line}\n` })).toContain('Duplicate adoption GB/T 19001-2016 of ISO 9001:2015 in CN');
  });

  test('a dangling jurisdiction or replaced_by fails', () => {
    expect(errorsOf({ 'adoptions/x.csv': `${header.adoptions}\n${row('ISO 9001:2015', 'XX', 'X 1', '', '', '', SRC, '')}\n` })).toContain("Unknown jurisdiction 'XX'");
    expect(errorsOf({ 'standards/s.csv': `${header.standards}\n${row('ISO 9001:2008', 'Q', '', 'withdrawn', 'ISO 9001:2099', SRC, '')}\n` })).toEqual(
      expect.arrayContaining(["replaced_by 'ISO 9001:2099' is not a recorded edition"]),
    );
  });

  test("a designation that does not match its jurisdiction's pattern fails", () => {
    const errors = errorsOf({ 'adoptions/x.csv': `${header.adoptions}\n${row('ISO 9001:2015', 'CN', 'ISO 9001:2015', '', '', '', SRC, '')}\n` });
    expect(errors.join('\n')).toMatch(/Designation 'ISO 9001:2015' does not match CN's pattern/);
  });

  test('an edition that cannot exist or is not canonical fails', () => {
    expect(errorsOf({ 'adoptions/x.csv': `${header.adoptions}\n${row('ISO 9001:2031', 'CN', 'GB/T 19001-2016', '', '', '', SRC, '')}\n` }).join('\n')).toMatch(/impossible edition year/);
    expect(errorsOf({ 'adoptions/x.csv': `${header.adoptions}\n${row('iso9001-2015', 'CN', 'GB/T 19001-2016', '', '', '', SRC, '')}\n` }).join('\n')).toMatch(/not a canonical edition id/);
  });

  test("an edition's publication date must be a date of its own year", () => {
    const withPublished = (published: string) =>
      errorsOf({ 'standards/iso.csv': `id,title,committee,status,replaced_by,published,source,read,note\n${row('ISO 9001:2015', 'QMS', '', '', '', published, SRC, '')}\n` });
    expect(withPublished('2015-09-22')).toEqual([]);
    expect(withPublished('2015-09')).toEqual([]);
    expect(withPublished('22/09/2015').join('\n')).toMatch(/published '22\/09\/2015' must be YYYY-MM-DD or YYYY-MM/);
    expect(withPublished('2016-01-10').join('\n')).toMatch(/published '2016-01-10' is not in the year of edition ISO 9001:2015/);
  });

  test('an inferred edition is marked in edition_basis and reasoned in its note, both or neither', () => {
    const head = 'standard,jurisdiction,designation,edition_basis,source,read,note';
    const compiled = (basis: string, note: string) => compileInto(dataDir({ 'adoptions/x.csv': `${head}\n${row('ISO 9001:2008', 'CN', 'GB/T 19001-2008', basis, SRC, note)}\n` }));
    const inferred = compiled('inferred', 'edition inferred: the only edition before 2008');
    expect(inferred.problems.errors).toEqual([]);
    expect(inferred.dataset.adoptions[0].editionInferred).toBe(true);
    expect(compiled('', 'the cover names ISO 9001:2008').dataset.adoptions[0].editionInferred).toBeUndefined();
    expect(compiled('inferred', 'the cover').problems.errors.map((p) => p.message).join('\n')).toMatch(/needs the reasoning in the note/);
    expect(compiled('', 'Edition inferred from the year').problems.errors.map((p) => p.message).join('\n')).toMatch(/set edition_basis to inferred/);
    expect(compiled('guessed', 'edition inferred').problems.errors.map((p) => p.message).join('\n')).toMatch(/edition_basis 'guessed' must be inferred or empty/);
  });

  test('a consolidation naming an ISO/IEC amendment must say what it adopts; a European amendment need not', () => {
    const amendmentErrors = (designation: string, adopts: string, en = '') =>
      errorsOf({ 'adoptions/x.csv': `${header.adoptionsWithEn}\n${row('IEC 61000-3-3:2013', 'GB', designation, '', '', '', adopts, en, SRC, '')}\n` })
        .filter((e) => /includes an ISO\/IEC amendment/.test(e));
    expect(amendmentErrors('BS EN 61000-3-3:2013+A1:2019', '')).toEqual([
      'BS EN 61000-3-3:2013+A1:2019 includes an ISO/IEC amendment: set adopts, e.g. IEC 61000-3-3:2013+AMD1:2012',
    ]);
    expect(amendmentErrors('BS EN 61000-3-3', '', 'EN 61000-3-3:2013/A1:2019')).toHaveLength(1);
    expect(amendmentErrors('BS EN 61000-3-3:2013+A1:2019', 'IEC 61000-3-3:2013+AMD1:2017')).toEqual([]);
    expect(amendmentErrors('BS EN 61000-3-3:2013+A11:2019', '')).toEqual([]);
  });

  test("a member's print naming its EN amended with IEC text needs the EU's record of that amended EN, with the same text", () => {
    const print = row('IEC 61010-1:2010', 'GB', 'BS EN 61010-1:2010+A1:2019', '', '', '', 'IEC 61010-1:2010+AMD1:2016', 'EN 61010-1:2010+A1:2019', SRC, '');
    const problemsWith = (euAdopts: string | null) => {
      const eu = euAdopts === null ? [] : [row('IEC 61010-1:2010', 'EU', 'EN 61010-1:2010+A1:2019', '', '', '', euAdopts, '', SRC, '')];
      const { problems } = compileInto(dataDir({ 'adoptions/x.csv': `${header.adoptionsWithEn}\n${[print, ...eu].join('\n')}\n` }));
      const mentions = (list: { message: string }[]) => list.map((p) => p.message).filter((m) => m.includes('EN 61010-1:2010+A1:2019'));
      return { warnings: mentions(problems.warnings), errors: mentions(problems.errors) };
    };
    expect(problemsWith(null)).toEqual({
      warnings: ["prints EN 61010-1:2010+A1:2019, but no EU record of EN 61010-1:2010 adopts IEC 61010-1:2010+AMD1:2016: record the amended EN from a page that prints it"],
      errors: [],
    });
    expect(problemsWith('IEC 61010-1:2010+AMD1:2016')).toEqual({ warnings: [], errors: [] });
    expect(problemsWith('IEC 61010-1:2010+AMD1:2016+AMD2:2020').errors).toEqual([
      'adopts IEC 61010-1:2010+AMD1:2016, but the EU record of EN 61010-1:2010+A1:2019 adopts IEC 61010-1:2010+AMD1:2016+AMD2:2020',
    ]);
  });

  test("in_force dates an upcoming document only, and only while it is still to take effect on the dataset's date", () => {
    const head = 'standard,jurisdiction,designation,status,in_force,source,read,note';
    const compiled = (status: string, inForce: string) =>
      compileInto(dataDir({ 'adoptions/x.csv': `${head}\n${row('ISO 9001:2015', 'CN', 'GB/T 19001-2016', status, inForce, SRC, '')}\n` }));
    const upcoming = compiled('upcoming', '2029-01-01');
    expect(upcoming.problems.errors).toEqual([]);
    expect(upcoming.dataset.adoptions[0]).toMatchObject({ status: 'upcoming', inForce: '2029-01-01' });
    expect(compiled('upcoming', '').problems.errors).toEqual([]);
    const errors = (status: string, inForce: string) => compiled(status, inForce).problems.errors.map((p) => p.message).join('\n');
    expect(errors('current', '2029-01-01')).toMatch(/in_force is only for an upcoming document/);
    expect(errors('upcoming', '2026-11-26')).toMatch(/in_force 2026-11-26 is not after the dataset's date 2026-11-26: re-read/);
    expect(errors('upcoming', '1 Jan 2029')).toMatch(/in_force '1 Jan 2029' must be a date/);
  });

  test('a note giving a date of taking effect after the dataset warns on a record of unknown standing only', () => {
    const head = 'standard,jurisdiction,designation,status,source,read,note';
    const warnings = (status: string) =>
      compileInto(dataDir({ 'adoptions/x.csv': `${head}
${row('ISO 9001:2015', 'CN', 'GB/T 19001-2016', status, SRC, "'2016-12-30发布 2029-01-01实施'")}
` }))
        .problems.warnings.map((p) => p.message)
        .filter((m) => /taking effect/.test(m));
    expect(warnings('')).toEqual(["the note gives 2029-01-01 for taking effect, after the dataset's date: if so, record it upcoming with in_force"]);
    // A source that calls the document current speaks of the one in force; a later date in its note is its successor's.
    expect(warnings('current')).toEqual([]);
  });

  test('a bad correspondence value fails', () => {
    expect(errorsOf({ 'adoptions/x.csv': `${header.adoptions}\n${row('ISO 9001:2015', 'CN', 'GB/T 19001-2016', 'SAME', '', '', SRC, '')}\n` }).join('\n')).toMatch(/correspondence 'SAME'/);
  });

  describe('naming rules', () => {
    const RULES = 'jurisdiction,kind,body,template,date_style,practice,examples,source,read,note';
    const MEMBERS = 'jurisdiction,organisation,member_since,source,read,note';
    const en = (standard: string, designation: string) => row(standard, 'EU', designation, 'IDT', '', '', '', '', SRC, '');
    const gb = (standard: string, designation: string, year: string, enDesignation: string) =>
      row(standard, 'GB', designation, '', year, '', '', enDesignation, SRC, '');
    const files = (rule: string, national: string[], membership = row('GB', 'CEN', '1961', SRC, '')) => ({
      'rules/en-adoption.csv': `${RULES}\n${rule}\n`,
      'jurisdictions/cen-cenelec-membership.csv': `${MEMBERS}\n${membership}\n`,
      'adoptions/x.csv': `${header.adoptionsWithEn}\n${[en('ISO 9001:2015', 'EN ISO 9001:2015'), en('ISO 14971:2019', 'EN ISO 14971:2019'), ...national].join('\n')}\n`,
    });
    const proven = [
      gb('ISO 9001:2015', 'BS EN ISO 9001:2015', '2015', 'EN ISO 9001:2015'),
      gb('ISO 14971:2019', 'BS EN ISO 14971:2019', '2020', 'EN ISO 14971:2019'),
    ];
    const bsi = (template = 'BS {en}', style = 'en-year', examples = 'BS EN ISO 9001:2015; BS EN ISO 14971:2019') =>
      row('GB', 'cen', 'BSI', template, style, '', `"${examples}"`, SRC, '');

    test('a rule proven by two cited national records, with its membership date, compiles', () => {
      const { dataset, problems } = compileInto(dataDir(files(bsi(), proven)));
      expect(problems.errors).toEqual([]);
      expect(dataset.rules).toEqual([expect.objectContaining({ name: 'en-adoption:GB:cen', memberSince: 1961, examples: ['BS EN ISO 9001:2015', 'BS EN ISO 14971:2019'] })]);
    });

    test('a rule with fewer than two cited records that it reproduces fails', () => {
      expect(errorsOf(files(bsi('BS {en}', 'en-year', 'BS EN ISO 14971:2019'), proven)).join('\n')).toMatch(/needs 2 cited records/);
      expect(errorsOf(files(bsi('BSI {en}'), proven)).join('\n')).toMatch(/does not turn EN ISO 9001:2015 into 'BS EN ISO 9001:2015'/);
      expect(errorsOf(files(bsi('BS {en}', 'en-year', 'BS EN ISO 9001:2015; BS EN 1'), proven)).join('\n')).toMatch(/'BS EN 1' is not a cited GB record/);
    });

    test('keeping the EN year must be proven by a national edition of a later year that still prints it', () => {
      const sameYears = [proven[0], gb('ISO 14971:2019', 'BS EN ISO 14971:2019', '2019', 'EN ISO 14971:2019')];
      expect(errorsOf(files(bsi(), sameYears)).join('\n')).toMatch(/year practice is unproven/);
    });

    test('a rule that does not keep the EN year must derive undated designations, and its date style must be known', () => {
      expect(errorsOf(files(bsi('BS {en}', 'national-year'), proven)).join('\n')).toMatch(/template must drop it/);
      expect(errorsOf(files(bsi('BS {en}', 'yearly'), proven)).join('\n')).toMatch(/date_style 'yearly' must be one of/);
      expect(errorsOf(files(bsi('BS {en_undated}', 'national-year'), proven))).toEqual([]);
    });

    test('a rule without the body\'s membership date fails', () => {
      expect(errorsOf(files(bsi(), proven, row('GB', 'CENELEC', '1973', SRC, ''))).join('\n')).toMatch(/No CEN\/CENELEC membership date recorded for GB/);
    });

    test('en_since: a body that changed its form is held to its rule, and derived, only for ENs from that year', () => {
      const RULES_SINCE = 'jurisdiction,kind,body,template,date_style,practice,en_since,examples,source,read,note';
      const rule = (since: string) => row('GB', 'cen', 'BSI', 'BS {en}', 'en-year', '', since, '"BS EN ISO 9001:2015; BS EN ISO 14971:2019"', SRC, '');
      const olderForm = gb('ISO 9001:2008', 'BS ISO 9001:2008', '2008', 'EN ISO 9001:2008');
      const ens = [en('ISO 9001:2008', 'EN ISO 9001:2008'), en('ISO 13485:2003', 'EN ISO 13485:2012'), en('ISO 13485:2016', 'EN ISO 13485:2016')];
      const withRule = (since: string) => {
        const f = files(rule(since), [...proven, olderForm, ...ens]);
        return { ...f, 'rules/en-adoption.csv': `${RULES_SINCE}\n${rule(since)}\n` };
      };
      expect(errorsOf(withRule('')).join('\n')).toMatch(/would not derive the cited BS ISO 9001:2008 from EN ISO 9001:2008/);
      const { dataset, problems } = compileInto(dataDir(withRule('2015')));
      expect(problems.errors).toEqual([]);
      expect(dataset.rules[0]).toMatchObject({ enSince: 2015 });
      const derivedInGb = new Catalog(dataset).adoptions.filter((a) => a.provenance === 'derived').map((a) => a.designation);
      expect(derivedInGb).toEqual(['BS EN ISO 13485:2016']);
      expect(errorsOf(withRule('2020')).join('\n')).toMatch(/'BS EN ISO 9001:2015' adopts EN ISO 9001:2015, older than en_since 2020/);
      expect(errorsOf(withRule('20x5')).join('\n')).toMatch(/en_since '20x5' must be a year/);
    });

    test("committees: a rule bound to some committees' ENs is proven, and checked, only on ENs of those committees", () => {
      const RULES_C = 'jurisdiction,kind,body,template,date_style,practice,committees,examples,source,read,note';
      const HEADER_C = 'standard,jurisdiction,designation,correspondence,year,status,adopts,en,committee,source,read,note';
      const enOf = (standard: string, designation: string, committee: string) =>
        row(standard, 'EU', designation, 'IDT', '', '', '', '', committee, SRC, committee ? `committee ${committee} read on a page` : '');
      const de = (standard: string, designation: string, enDesignation: string) => row(standard, 'DE', designation, '', '', '', '', enDesignation, '', SRC, '');
      const withCommittees = (committees: string, ens: string[], extra: string[] = []) => ({
        'rules/en-adoption.csv': `${RULES_C}\n${row('DE', 'cen', 'UNI-like body', 'DIN {en_undated}', 'national-year', '', committees, '"DIN EN ISO 9001:2015; DIN EN ISO 14971:2019"', SRC, '')}\n`,
        'jurisdictions/cen-cenelec-membership.csv': `${MEMBERS}\n${row('DE', 'CEN', '1961', SRC, '')}\n`,
        'adoptions/x.csv': `${HEADER_C}\n${[...ens, de('ISO 9001:2015', 'DIN EN ISO 9001:2015', 'EN ISO 9001:2015'), de('ISO 14971:2019', 'DIN EN ISO 14971:2019', 'EN ISO 14971:2019'), ...extra].join('\n')}\n`,
      });
      const tc = [enOf('ISO 9001:2015', 'EN ISO 9001:2015', 'CEN/TC 1'), enOf('ISO 14971:2019', 'EN ISO 14971:2019', 'CEN/TC 2')];
      const { dataset, problems } = compileInto(dataDir(withCommittees('CEN/TC', tc)));
      expect(problems.errors).toEqual([]);
      expect(dataset.rules[0]).toMatchObject({ committees: ['CEN/TC'] });
      expect(dataset.adoptions.find((a) => a.designation === 'EN ISO 9001:2015')).toMatchObject({ committee: 'CEN/TC 1' });
      // An example whose EN was written by a joint committee, or whose committee is unknown, proves nothing.
      const joint = [enOf('ISO 9001:2015', 'EN ISO 9001:2015', 'CEN/TC 1'), enOf('ISO 14971:2019', 'EN ISO 14971:2019', 'CEN/CLC/JTC 3')];
      expect(errorsOf(withCommittees('CEN/TC', joint)).join('\n')).toMatch(/'DIN EN ISO 14971:2019' adopts EN ISO 14971:2019, whose committee \(CEN\/CLC\/JTC 3\) the rule does not cover/);
      const unknown = [enOf('ISO 9001:2015', 'EN ISO 9001:2015', 'CEN/TC 1'), enOf('ISO 14971:2019', 'EN ISO 14971:2019', '')];
      expect(errorsOf(withCommittees('CEN/TC', unknown)).join('\n')).toMatch(/whose committee \(not recorded\) the rule does not cover/);
      // A cited record of a joint committee's EN printed another way does not contradict the rule; one of a covered EN does.
      const jointEn = [...tc, enOf('ISO 13485:2016', 'EN ISO 13485:2016', 'CEN/CLC/JTC 3')];
      expect(errorsOf(withCommittees('CEN/TC', jointEn, [de('ISO 13485:2016', 'DIN CEI EN ISO 13485:2016', 'EN ISO 13485:2016')]))).toEqual([]);
      const coveredEn = [...tc, enOf('ISO 13485:2016', 'EN ISO 13485:2016', 'CEN/TC 3')];
      expect(errorsOf(withCommittees('CEN/TC', coveredEn, [de('ISO 13485:2016', 'DIN CEI EN ISO 13485:2016', 'EN ISO 13485:2016')])).join('\n')).toMatch(
        /would not derive the cited DIN CEI EN ISO 13485:2016 from EN ISO 13485:2016/,
      );
      expect(errorsOf(withCommittees('CEN TC', tc)).join('\n')).toMatch(/committees 'CEN TC' must be committee prefixes/);
    });

    test('two rules of one kind need committees apart, and each cited record is held to the rule of its own committee', () => {
      const RULES_C = 'jurisdiction,kind,body,template,date_style,practice,committees,examples,source,read,note';
      const HEADER_C = 'standard,jurisdiction,designation,correspondence,year,status,adopts,en,committee,source,read,note';
      const enOf = (standard: string, designation: string, committee: string) =>
        row(standard, 'EU', designation, 'IDT', '', '', '', '', committee, SRC, `committee ${committee} read on a page`);
      const de = (standard: string, designation: string, enDesignation: string) => row(standard, 'DE', designation, '', '', '', '', enDesignation, '', SRC, '');
      const rule = (template: string, committees: string, examples: string) =>
        row('DE', 'cen', 'a body', template, 'national-year', '', committees, `"${examples}"`, SRC, '');
      const ens = [
        enOf('ISO 9001:2015', 'EN ISO 9001:2015', 'CEN/TC 1'),
        enOf('ISO 14001:2015', 'EN ISO 14001:2015', 'CEN/TC 2'),
        enOf('ISO 13485:2016', 'EN ISO 13485:2016', 'CEN/CLC/JTC 3'),
        enOf('ISO 14971:2019', 'EN ISO 14971:2019', 'CEN/CLC/JTC 3'),
        enOf('ISO 20417:2021', 'EN ISO 20417:2021', 'CEN/CLC/JTC 3'),
      ];
      const cited = [
        de('ISO 9001:2015', 'DIN EN ISO 9001:2015', 'EN ISO 9001:2015'),
        de('ISO 14001:2015', 'DIN EN ISO 14001:2015', 'EN ISO 14001:2015'),
        de('ISO 13485:2016', 'DIN CEI EN ISO 13485:2016', 'EN ISO 13485:2016'),
        de('ISO 14971:2019', 'DIN CEI EN ISO 14971:2019', 'EN ISO 14971:2019'),
      ];
      const files = (second: string) => ({
        'rules/en-adoption.csv': `${RULES_C}\n${rule('DIN {en_undated}', 'CEN/TC', 'DIN EN ISO 9001:2015; DIN EN ISO 14001:2015')}\n${second}\n`,
        'jurisdictions/cen-cenelec-membership.csv': `${MEMBERS}\n${row('DE', 'CEN', '1961', SRC, '')}\n`,
        'adoptions/x.csv': `${HEADER_C}\n${[...ens, ...cited].join('\n')}\n`,
      });
      const joint = rule('DIN CEI {en_undated}', 'CEN/CLC/JTC', 'DIN CEI EN ISO 13485:2016; DIN CEI EN ISO 14971:2019');
      const { dataset, problems } = compileInto(dataDir(files(joint)));
      expect(problems.errors).toEqual([]);
      expect(dataset.rules.map((r) => r.name)).toEqual(['en-adoption:DE:cen:CEN/TC', 'en-adoption:DE:cen:CEN/CLC/JTC']);
      const derived = new Catalog(dataset).adoptions.filter((a) => a.provenance === 'derived');
      expect(derived.map((a) => [a.designation, a.rule])).toEqual([['DIN CEI EN ISO 20417', 'en-adoption:DE:cen:CEN/CLC/JTC']]);
      // Rules that could both claim an EN are refused: one without committees, or committees one inside the other.
      expect(errorsOf(files(rule('DIN CEI {en_undated}', '', 'DIN CEI EN ISO 13485:2016; DIN CEI EN ISO 14971:2019'))).join('\n')).toMatch(
        /Second rule for DE cen ENs: two rules of a kind need committees that do not overlap/,
      );
      expect(errorsOf(files(rule('DIN CEI {en_undated}', 'CEN/TC 1', 'DIN EN ISO 9001:2015; DIN EN ISO 14001:2015'))).join('\n')).toMatch(/Second rule for DE cen/);
      // A joint committee's EN printed in the CEN/TC form contradicts the joint rule, which covers it.
      const wrongCited = files(joint)['adoptions/x.csv'].replace('\n', `\n${de('ISO 20417:2021', 'DIN EN ISO 20417:2021', 'EN ISO 20417:2021')}\n`);
      expect(errorsOf({ ...files(joint), 'adoptions/x.csv': wrongCited }).join('\n')).toMatch(
        /would not derive the cited DIN EN ISO 20417:2021 from EN ISO 20417:2021 \(template 'DIN CEI \{en_undated\}'/,
      );
    });

    test('an EN record names its committee only in the EU, in CEN\'s form, with the page that prints it in the note', () => {
      const HEADER_C = 'standard,jurisdiction,designation,correspondence,year,status,adopts,en,committee,source,read,note';
      const one = (place: string, designation: string, committee: string, note: string) =>
        errorsOf({ 'adoptions/x.csv': `${HEADER_C}\n${row('ISO 9001:2015', place, designation, '', '', '', '', '', committee, SRC, note)}\n` }).join('\n');
      expect(one('EU', 'EN ISO 9001:2015', 'CEN/TC 206', 'CEN/TC 206 on the CEN page')).toBe('');
      expect(one('CN', 'GB/T 19001-2016', 'CEN/TC 206', 'CEN/TC 206')).toMatch(/committee is recorded only for ENs \(jurisdiction EU\), not CN/);
      expect(one('EU', 'EN ISO 9001:2015', 'TC 206', 'TC 206')).toMatch(/committee 'TC 206' must be a CEN or CENELEC committee/);
      expect(one('EU', 'EN ISO 9001:2015', 'CEN/TC 206', 'read on a page')).toMatch(/committee CEN\/TC 206 needs the page that prints it in the note/);
    });

    test('a cited national record that the rule would name differently fails the build', () => {
      const contradicting = [...proven, gb('ISO 9001:2015', 'BS EN ISO 9001:2016', '2016', 'EN ISO 9001:2015')];
      expect(errorsOf(files(bsi(), contradicting)).join('\n')).toMatch(/would not derive the cited BS EN ISO 9001:2016 from EN ISO 9001:2015/);
    });
  });

  test('a column the schema does not know, or a row wider than its header, fails instead of vanishing', () => {
    const misspelt = `${header.adoptions.replace('correspondence', 'corespondence')}\n${row('ISO 9001:2015', 'CN', 'GB/T 19001-2016', 'IDT', '2016', '', SRC, '')}\n`;
    expect(errorsOf({ 'adoptions/x.csv': misspelt }).join('\n')).toMatch(/Unknown column 'corespondence'/);
    const wide = `${header.adoptions}\n${row('ISO 9001:2015', 'CN', 'GB/T 19001-2016', 'IDT', '2016', '', SRC, '', 'extra')}\n`;
    expect(errorsOf({ 'adoptions/x.csv': wide }).join('\n')).toMatch(/Row has 10 cells for 9 columns/);
  });

  test('two records that cannot both be true fail', () => {
    const lines = [
      row('ISO 9001:2015', 'CN', 'GB/T 19001-2016', 'IDT', '2016', '', SRC, ''),
      row('ISO 9001:2008', 'CN', 'GB/T 19001-2016', 'IDT', '2016', '', SRC, ''),
    ];
    expect(errorsOf({ 'adoptions/x.csv': `${header.adoptions}\n${lines.join('\n')}\n` }).join('\n')).toMatch(/adopting both ISO 9001:2015 and ISO 9001:2008/);
  });

  test('a correspondence rule needs two cited records whose own sources state its degree', () => {
    const RULE = 'jurisdiction,prefix,correspondence,examples,source,read,note';
    const records = (degree: string) =>
      [row('ISO 13485:2016', 'CN', 'GB/T 42061-2022', degree, '', '', SRC, ''), row('ISO 14971:2019', 'CN', 'GB/T 42062-2022', 'IDT', '', '', SRC, ''), row('ISO 9001:2015', 'CN', 'GB/T 19001-2016', '', '', '', SRC, '')].join('\n');
    const files = (degree: string) => ({
      'rules/correspondence.csv': `${RULE}\n${row('CN', 'GB/T', 'IDT', '"GB/T 42061-2022; GB/T 42062-2022"', SRC, '')}\n`,
      'adoptions/x.csv': `${header.adoptions}\n${records(degree)}\n`,
    });
    const { dataset, problems } = compileInto(dataDir(files('IDT')));
    expect(problems.errors).toEqual([]);
    expect(dataset.adoptions.find((a) => a.designation === 'GB/T 19001-2016')).toMatchObject({ correspondence: 'IDT', degreeRule: 'degree:CN:GB/T' });
    expect(errorsOf(files('')).join('\n')).toMatch(/needs 2 cited records/);
  });

  test('a correspondence rule covers records from its since year only, and fails where a record\'s own source contradicts it', () => {
    const RULE = 'jurisdiction,prefix,correspondence,examples,since,source,read,note';
    const rule = row('CN', 'GB/T', 'IDT', '"GB/T 42061-2022; GB/T 42062-2022"', '2010', SRC, '');
    const records = (third: string) =>
      [row('ISO 13485:2016', 'CN', 'GB/T 42061-2022', 'IDT', '2022', '', SRC, ''), row('ISO 14971:2019', 'CN', 'GB/T 42062-2022', 'IDT', '2022', '', SRC, ''), third].join('\n');
    const compiled = (third: string) =>
      compileInto(dataDir({ 'rules/correspondence.csv': `${RULE}\n${rule}\n`, 'adoptions/x.csv': `${header.adoptions}\n${records(third)}\n` }));
    const newer = compiled(row('ISO 9001:2015', 'CN', 'GB/T 19001-2016', '', '2016', '', SRC, ''));
    expect(newer.problems.errors).toEqual([]);
    expect(newer.dataset.adoptions.find((a) => a.designation === 'GB/T 19001-2016')).toMatchObject({ correspondence: 'IDT', degreeRule: 'degree:CN:GB/T' });
    expect(newer.dataset.correspondenceRules[0].since).toBe(2010);
    // Before the rule's year, or with no year at all, the record keeps the degree its own source gives: none.
    for (const year of ['2008', '']) {
      const older = compiled(row('ISO 9001:2008', 'CN', 'GB/T 19001-2008', '', year, '', SRC, ''));
      expect(older.dataset.adoptions.find((a) => a.designation === 'GB/T 19001-2008')!.correspondence).toBeUndefined();
    }
    const contradicted = compiled(row('ISO 9001:2015', 'CN', 'GB/T 19001-2016', 'MOD', '2016', '', SRC, ''));
    expect(contradicted.problems.errors.map((e) => e.message).join('\n')).toMatch(/says IDT, but GB\/T 19001-2016's source says MOD/);
  });

  test("CEN's rule gives a member's adoption its EN's degree, whether the EN is in the en column or only in the designation", () => {
    const records = [
      withEn('ISO 9001:2015', 'EU', 'EN ISO 9001:2015', 'IDT'),
      withEn('ISO 14001:2015', 'EU', 'EN ISO 14001:2015', 'IDT'),
      withEn('IEC 60529:1989', 'EU', 'EN 60529:1991', 'IDT'),
      withEn('IEC 61010-1:2010', 'EU', 'EN 61010-1:2010', 'MOD'),
      withEn('ISO 9001:2015', 'GB', 'BS EN ISO 9001:2015', 'IDT', 'EN ISO 9001:2015'),
      withEn('ISO 14001:2015', 'DE', 'DIN EN ISO 14001', 'IDT', 'EN ISO 14001:2015'),
      withEn('ISO 9001:2015', 'DE', 'DIN EN ISO 9001', '', 'EN ISO 9001:2015'),
      withEn('IEC 60529:1989', 'GB', 'BS EN 60529:1992', ''),
      withEn('IEC 61010-1:2010', 'DE', 'DIN EN 61010-1', ''),
      withEn('IEC 60529:2013', 'DE', 'DIN EN 60529', ''),
    ];
    const degreeOf = underCenRule(records);
    expect(degreeOf('DIN EN ISO 9001')).toMatchObject({ correspondence: 'IDT', degreeRule: 'degree:CEN:national-implementation' });
    expect(degreeOf('BS EN 60529:1992')).toMatchObject({ correspondence: 'IDT', degreeRule: 'degree:CEN:national-implementation' });
    // The EN's own degree passes on, modified included; an edition no EN of that number adopts gives nothing.
    expect(degreeOf('DIN EN 61010-1').correspondence).toBe('MOD');
    expect(degreeOf('DIN EN 60529').correspondence).toBeUndefined();
  });

  test("a national consolidation that adds an IEC amendment does not take its base EN's degree; one of an EN ISO does", () => {
    const records = [
      enRecord('IEC 61010-1:2010', 'EU', 'EN 61010-1:2010', 'IDT'),
      enRecord('ISO 15223-1:2021', 'EU', 'EN ISO 15223-1:2021', 'IDT'),
      ...cenRuleShown,
      enRecord('IEC 61010-1:2010', 'DE', 'DIN EN 61010-1', 'IDT', '', 'EN 61010-1:2010'),
      enRecord('IEC 61010-1:2010', 'GB', 'BS EN 61010-1:2010', '', '', 'EN 61010-1:2010'),
      enRecord('IEC 61010-1:2010', 'GB', 'BS EN 61010-1:2010+A1:2019', '', 'IEC 61010-1:2010+AMD1:2016', 'EN 61010-1:2010'),
      enRecord('ISO 15223-1:2021', 'GB', 'BS EN ISO 15223-1:2021+A1:2025', '', 'ISO 15223-1:2021+AMD1:2025', 'EN ISO 15223-1:2021'),
      // A consolidation whose own source says MOD does not contradict its base EN's IDT: the texts differ.
      enRecord('IEC 61010-1:2010', 'DE', 'DIN EN 61010-1:2020-03', 'MOD', 'IEC 61010-1:2010+AMD1:2016', 'EN 61010-1:2010'),
    ];
    const recordOf = underCenRule(records);
    const degreeOf = (designation: string) => recordOf(designation).correspondence;
    expect(degreeOf('BS EN 61010-1:2010')).toBe('IDT');
    // The amendment's own EN may carry common modifications (EN 61010-1:2010+A1:2019 does): unknown, not IDT.
    expect(degreeOf('BS EN 61010-1:2010+A1:2019')).toBeUndefined();
    expect(degreeOf('BS EN ISO 15223-1:2021+A1:2025')).toBe('IDT');
  });

  test("an EN ISO's European amendment keeps its EN's degree; a CENELEC one may be a common modification and is not looked through", () => {
    const records = [
      ...cenRuleShown,
      withEn('ISO 14971:2019', 'EU', 'EN ISO 14971:2019', 'IDT'),
      withEn('IEC 62115:2017', 'EU', 'EN IEC 62115:2020', 'IDT'),
      withEn('ISO 14971:2019', 'DE', 'DIN EN ISO 14971:2022-04', '', 'EN ISO 14971:2019+A11:2021'),
      withEn('IEC 62115:2017', 'DE', 'DIN EN IEC 62115:2021-07', '', 'EN IEC 62115:2020+A11:2020'),
      // BSI's print with A11 is a common modification: its MOD does not contradict the base EN's IDT.
      withEn('IEC 62115:2017', 'GB', 'BS EN IEC 62115:2020+A11:2020', 'MOD', 'EN IEC 62115:2020+A11:2020'),
    ];
    const recordOf = underCenRule(records);
    const degreeOf = (designation: string) => recordOf(designation).correspondence;
    expect(degreeOf('DIN EN ISO 14971:2022-04')).toBe('IDT');
    expect(degreeOf('DIN EN IEC 62115:2021-07')).toBeUndefined();
    expect(degreeOf('BS EN IEC 62115:2020+A11:2020')).toBe('MOD');
  });

  testWithSharedData('every bundled rule cites its source, its membership date and two cited records', () => {
    const { dataset } = compileDataset();
    expect(dataset.rules.length).toBeGreaterThan(20);
    for (const r of dataset.rules) {
      expect(r.name).toMatch(/^en-adoption:[A-Z]{2}:(cen|cenelec|joint)(:[A-Z/]+(\+[A-Z/]+)*)?$/);
      expect(r.examples.length).toBeGreaterThanOrEqual(2);
      expect(r.memberSince).toBeGreaterThan(1960);
      expect(dataset.sources[r.src]).toMatch(/^https?:\/\//);
    }
  });
});

describe('recorded searches that found no adoption', () => {
  const absences = (...lines: string[]) => ({ 'absences/cn.csv': `standard,jurisdiction,note,source,read\n${lines.join('\n')}\n` });
  const cited = { 'adoptions/cn.csv': `${header.adoptions}\n${row('ISO 9001:2015', 'CN', 'GB/T 19001-2016', 'IDT', '2016', '', SRC, '')}\n` };

  test('a search is compiled with its note and source', () => {
    const { dataset, problems } = compileInto(dataDir(absences(row('ISO 37001', 'CN', 'no GB with 37001 in the SAMR catalogue', SRC))));
    expect(problems.errors).toEqual([]);
    const [absence] = dataset.absences!;
    expect(absence).toMatchObject({ standard: 'ISO 37001', jurisdiction: 'CN', note: 'no GB with 37001 in the SAMR catalogue', read: '2026-11-26' });
    expect(dataset.sources[absence.src]).toBe('https://example.org/x');
  });

  test('a search contradicted by a recorded adoption fails, since the search missed it', () => {
    const errors = errorsOf({ ...cited, ...absences(row('ISO 9001', 'CN', 'searched by number', SRC)) });
    expect(errors).toContain('GB/T 19001-2016 is recorded there; the search missed it');
  });

  test('an edition, an unknown place, a missing note and a repeated search each fail', () => {
    const errors = errorsOf(
      absences(row('ISO 37001:2016', 'CN', 'x', SRC), row('ISO 37001', 'XX', 'x', SRC), row('ISO 37301', 'CN', '', SRC), row('ISO 37001', 'CN', 'a', SRC), row('ISO 37001', 'CN', 'b', SRC)),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        "standard 'ISO 37001:2016' must be a standard without its year, such as 'ISO 37001'",
        "Unknown jurisdiction 'XX'",
        'An absence must say what was searched and how (note)',
        'Duplicate absence of ISO 37001 in CN',
      ]),
    );
  });
});

describe('editions the IEC webstore lists for a standard the dataset knows', () => {
  const webstore = {
    'shared/iec-publications/SOURCE.txt': 'Extracted from the relaton/relaton-data-iec repository, commit e61a22f35c6a1c0296d3b410ae4a25622dc32fcf (2026-03-15), ...\n',
    'shared/iec-publications/iec-publications.csv': [
      'id,edition,published,status,title,url',
      'IEC 60601-1:2005,3,2005-12-15,REVISED,Medical electrical equipment - Part 1,https://webstore.iec.ch/publication/2606',
      'IEC 60601-1:2005+AMD1:2012 CSV,3.1,2012-08-20,REVISED,Medical electrical equipment - Part 1,https://webstore.iec.ch/publication/2612',
      'IEC 60601-1:2030,4,2030-01-01,PUBLISHED,Medical electrical equipment - Part 1 (new),https://webstore.iec.ch/publication/99998',
      'IEC 60068-2-6:2007,7,2007-12-13,PUBLISHED,Environmental testing - Part 2-6,https://webstore.iec.ch/publication/544',
    ].join('\n'),
  };
  const recorded = { 'standards/iec.csv': `${header.standards}\n${row('IEC 60601-1:2005', 'Medical electrical equipment', 'IEC TC 62', 'current', '', SRC, '')}\n` };

  test('are added with their webstore page, and the edition they replace is marked withdrawn, with a warning where it said current', () => {
    const { dataset, problems } = compileInto(dataDir({ ...recorded, ...webstore, 'dataset.json': '{"version":"t","date":"2031-01-01"}' }));
    const byId = new Map(dataset.standards.map((s) => [s.id, s]));
    expect(byId.get('IEC 60601-1:2030')).toMatchObject({ title: 'Medical electrical equipment - Part 1 (new)', status: 'current', read: '2026-03-15' });
    expect(dataset.sources[byId.get('IEC 60601-1:2030')!.src]).toBe('https://webstore.iec.ch/publication/99998');
    expect(byId.get('IEC 60601-1:2005')).toMatchObject({ status: 'withdrawn', replacedBy: 'IEC 60601-1:2030' });
    expect(problems.warnings.map((p) => p.message)).toContain('Recorded as current, but IEC 60601-1:2030 is recorded: marked withdrawn');
    // A standard the dataset does not know stays in the catalogue; a consolidated version is not an edition.
    expect(byId.has('IEC 60068-2-6:2007')).toBe(false);
    expect([...byId.keys()].some((id) => id.includes('CSV'))).toBe(false);
  });
});
