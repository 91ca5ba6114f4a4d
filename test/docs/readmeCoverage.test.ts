import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureCoverage } from '../../scripts/data/coverageReport';
import { Catalog } from '../../src/core/dataset/catalog';
import { bundledDataset } from '../support/bundledData';

const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
/** The generated coverage report, which data:check holds to the data: the README quotes its figures. */
const coverage = readFileSync(join(__dirname, '..', '..', 'data', 'COVERAGE.md'), 'utf8');
const number = (text: string) => Number(text.replace(/,/g, ''));

/** The README's headline data figures are what the bundled dataset holds, so the documentation cannot drift. */
describe('README data coverage', () => {
  const dataset = bundledDataset;
  const c = measureCoverage(dataset, new Catalog(dataset));

  test('names the bundled dataset version', () => {
    expect(readme).toContain(`## Data coverage (dataset ${dataset.version},`);
  });

  test('gives the bundled counts of editions, adoptions, jurisdictions and rules', () => {
    const editions = /\*\*([\d,]+) editions of ([\d,]+) standards\*\* \(([\d,]+) from catalogue sources.*?; ([\d,]+)\s+known only/s.exec(readme)!;
    expect(editions.slice(1).map(number)).toEqual([c.editions, c.standards, c.editions - c.editionsByAdoptionOnly, c.editionsByAdoptionOnly]);
    const adoptions = /\*\*([\d,]+) adoptions in (\d+) jurisdictions\*\*: ([\d,]+) cited, ([\d,]+) derived \(([\d.]+)%\) by (\d+)/.exec(readme)!;
    const total = c.cited + c.derived;
    expect(adoptions.slice(1, 5).map(number)).toEqual([total, c.byPlace.size, c.cited, c.derived]);
    expect(adoptions[5]).toBe(((100 * c.derived) / total).toFixed(1));
    expect(number(adoptions[6])).toBe(dataset.rules.length);
  });

  test('gives the bundled counts of Official Journal citations, linked to an edition and not', () => {
    const citations = /\*\*regimes\*\*: (\d+) EU harmonised citations linked to an international edition[\s\S]*?and (\d+) more of\s+ENs no record links/.exec(
      readme,
    )!;
    expect(citations.slice(1).map(number)).toEqual([dataset.harmonised.length, dataset.harmonisedUnlinked?.length ?? 0]);
  });

  test("quotes the core matrix's withheld cells as data/COVERAGE.md counts them, in both places it names them", () => {
    const counted =
      /(\d+) more cells have only a superseded or withdrawn adoption recorded, (\d+) only an adoption[\s\S]*?and (\d+) only a national document published but not yet in force/.exec(
        coverage,
      )!;
    const matrix =
      /because its newest record is superseded or withdrawn \((\d+) cells\) or presumed replaced \((\d+) cells[\s\S]*?its only record is not yet in\s+force \((\d+) cells?/.exec(
        readme,
      )!;
    const gaps = /(\d+) core cells whose newest recorded adoption was\s+replaced[\s\S]*?and (\d+) whose newest record adopts a long-replaced edition/.exec(
      readme,
    )!;
    expect(matrix.slice(1)).toEqual(counted.slice(1));
    expect(gaps.slice(1)).toEqual(counted.slice(1, 3));
  });

  test("quotes the core matrix's answered cells and their sources' tiers as data/COVERAGE.md counts them", () => {
    const tiers = /Of the ([\d,]+) cells answered by an adoption, ([\d,]+) \((\d+)%\) rest on a primary or secondary source and ([\d,]+) on a/;
    expect(tiers.exec(readme)!.slice(1).map(number)).toEqual(tiers.exec(coverage)!.slice(1).map(number));
    const answered = /([\d,]+) of ([\d,]+) cells answered \((\d+)%/;
    expect(answered.exec(readme)!.slice(1).map(number)).toEqual(answered.exec(coverage)!.slice(1).map(number));
  });

  test("quotes the cited records' primary and secondary share as data/COVERAGE.md rounds it", () => {
    const share = /Primary or secondary: ([\d.]+)%/.exec(coverage)!;
    expect(/of the ([\d,]+) cited records, [\d.]+% rest on a primary source[\s\S]*?([\d.]+)% together/.exec(readme)!.slice(1)).toEqual([
      c.cited.toLocaleString('en-US'),
      share[1],
    ]);
  });

  test('gives the number of cited records whose degree a rule gives, and the G20 records without one', () => {
    const byRule = /(\d+) cited records in all; ([\d,]+) of the ([\d,]+) cited G20 records/.exec(readme)!;
    expect(number(byRule[1])).toBe(dataset.adoptions.filter((a) => a.degreeRule).length);
    const g20 = /(\d+) of (\d+) cited records in the G20 \(\d+%\) state no degree/.exec(coverage)!;
    expect([number(byRule[2]), number(byRule[3])]).toEqual([number(g20[1]), number(g20[2])]);
  });

  test('gives the number of cited records whose edition was inferred from dates', () => {
    const inferred = /([\d,]+) cited records are inferred this way/.exec(readme)!;
    expect(number(inferred[1])).toBe(c.editionInferred);
    expect(c.editionInferred).toBeGreaterThan(0);
  });
});
