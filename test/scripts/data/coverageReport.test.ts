import { Catalog } from '../../../src/core/dataset/catalog';
import { coverageMarkdown, measureCoverage } from '../../../scripts/data/coverageReport';
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
    // Two rules (GB, DE) over four EN records; DE's cited ISO 9001 record replaces its derived one.
    expect(c.derived).toBe(7);
    expect(c.byPlace.get('GB')).toMatchObject({ cited: 0, derived: 4 });
    expect(c.byPlace.get('CN')!.standards).toEqual(new Set(['ISO 9001']));
    expect(c.thin).toEqual(['CN', 'DE', 'GB', 'JP']);
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
    // example.org holds every fixture source: 8 adoptions + 8 editions + 1 harmonised + 1 FDA + 2 rules + the EU and DE bodies.
    expect(report).toMatch(/\| example\.org \| 22 \|/);
  });

  test('standards with the fewest adoptions come first, with their number of places', () => {
    expect(report).toMatch(/3 catalogued standards have no adoption recorded/);
    expect(report).toMatch(/IEC 60601-1-2 \(0\), ISO 9000 \(0\), ISO\/IEC 27001 \(0\), IEC 60601-1 \(3\)/);
    expect(report).toMatch(/compile step raised 7 warnings/);
  });
});
