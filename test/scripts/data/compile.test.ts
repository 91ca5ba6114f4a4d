import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileDataset } from '../../../scripts/data/compile';
import { COVERAGE_FILE, coverageFor } from '../../../scripts/data/coverageFile';

const header = {
  adoptions: 'standard,jurisdiction,designation,correspondence,year,status,source,read,note',
  standards: 'id,title,committee,status,replaced_by,source,read,note',
  rules: 'jurisdiction,body,template,date_style,example_en,example_designation,source,read,note',
};

/** A throwaway data folder: a few countries, and whatever rows a test wants to prove the check catches. */
function dataDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'harmonize-data-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('dataset.json', '{"version":"t","date":"2026-11-26"}');
  write('licences.json', '[]');
  write('shared/country-codes/country-codes.csv', 'ISO3166-1-Alpha-2,ISO3166-1-Alpha-3,CLDR display name\nCN,CHN,China\nGB,GBR,UK\nDE,DEU,Germany\n');
  write('shared/country-intl-orgs/CountrycodesOrgs.csv', 'ISO_3166_2,org_id,org_member\nDE,EU,member\n');
  write('jurisdictions/blocs.csv', 'code,name,members,records_under,source,read,note\nEU,European Union,@vendor:EU,,https://example.org/eu,2026-11-26,\n');
  for (const [path, text] of Object.entries(files)) write(path, text);
  return dir;
}

const errorsOf = (files: Record<string, string>) => compileInto(dataDir(files)).problems.errors.map((p) => p.message);
/** The fixture keeps its shared tables in its own `shared` folder. */
const compileInto = (dir: string) => compileDataset(dir, join(dir, 'shared'));
const row = (...cells: string[]) => cells.join(',');
const SRC = 'https://example.org/x,2026-11-26';

describe('data check', () => {
  test('the bundled data compiles with no errors, and compiled.json and COVERAGE.md are what it compiles to', () => {
    const compilation = compileDataset();
    const { dataset, problems } = compilation;
    expect(problems.errors).toEqual([]);
    const committed = JSON.parse(readFileSync(join(__dirname, '../../../src/core/dataset/compiled.json'), 'utf8'));
    expect(committed.checksum).toBe(dataset.checksum);
    expect(readFileSync(COVERAGE_FILE, 'utf8')).toBe(coverageFor(compilation));
    for (const a of dataset.adoptions) {
      expect(dataset.sources[a.src]).toMatch(/^https?:\/\//);
      expect(a.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  test('a missing source fails', () => {
    expect(errorsOf({ 'adoptions/x.csv': `${header.adoptions}\n${row('ISO 9001:2015', 'CN', 'GB/T 19001-2016', 'IDT', '2016', '', '', '2026-11-26', '')}\n` })).toContain('Missing or malformed source address');
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

  test('a bad correspondence value fails', () => {
    expect(errorsOf({ 'adoptions/x.csv': `${header.adoptions}\n${row('ISO 9001:2015', 'CN', 'GB/T 19001-2016', 'SAME', '', '', SRC, '')}\n` }).join('\n')).toMatch(/correspondence 'SAME'/);
  });

  test('a derivation rule whose template does not reproduce its example fails', () => {
    const errors = errorsOf({ 'rules/cen-national-prefixes.csv': `${header.rules}\n${row('GB', 'BSI', 'BS {en_undated}', 'en-year', 'EN ISO 9001:2015', 'BS EN ISO 9001:2015', SRC, '')}\n` });
    expect(errors.join('\n')).toMatch(/Template 'BS \{en_undated\}' turns 'EN ISO 9001:2015' into 'BS EN ISO 9001'/);
  });

  test('a rule that does not keep the EN year must derive undated designations, and its date style must be known', () => {
    const rule = (template: string, style: string) => ({
      'rules/cen-national-prefixes.csv': `${header.rules}\n${row('GB', 'BSI', template, style, 'EN ISO 9001:2015', 'BS EN ISO 9001:2015', SRC, '')}\n`,
    });
    expect(errorsOf(rule('BS {en}', 'national-year')).join('\n')).toMatch(/template must use \{en_undated\}/);
    expect(errorsOf(rule('BS {en}', 'yearly')).join('\n')).toMatch(/date_style 'yearly' must be one of/);
    expect(errorsOf(rule('BS {en_undated}', 'national-year'))).toEqual([]);
  });

  test('a rule that keeps the EN year fails when a cited national record of an EN is dated otherwise', () => {
    const rule = row('GB', 'BSI', 'BS {en}', 'en-year', 'EN ISO 9001:2015', 'BS EN ISO 9001:2015', SRC, '');
    const en = row('ISO 9001:2015', 'EU', 'EN ISO 9001:2015', 'IDT', '', '', SRC, '');
    const files = (national: string) => ({
      'rules/cen-national-prefixes.csv': `${header.rules}\n${rule}\n`,
      'adoptions/x.csv': `${header.adoptions}\n${en}\n${row('ISO 9001:2015', 'GB', national, '', '', '', SRC, '')}\n`,
    });
    expect(errorsOf(files('BS EN ISO 9001:2016')).join('\n')).toMatch(/BS EN ISO 9001:2016 .* is dated 2016 where the rule derives BS EN ISO 9001:2015/);
    expect(errorsOf(files('BS EN ISO 9001:2015'))).toEqual([]);
    // A direct ISO adoption is a different document, not the body's edition of the EN.
    expect(errorsOf(files('BS ISO 9001:2016'))).toEqual([]);
  });

  test('derived records come only from rules, so every derived record names one', () => {
    const { dataset } = compileDataset();
    expect(dataset.rules.length).toBeGreaterThan(20);
    for (const r of dataset.rules) expect(r.name).toMatch(/^cen-national-prefix:[A-Z]{2}$/);
  });
});
