import { readFileSync } from 'node:fs';
import { CatalogueIndex } from '../../../src/core/catalogue/catalogueIndex';
import type { CompiledCatalogue } from '../../../src/core/catalogue/types';
import { CATALOGUE_FILE, compileCatalogueFile } from '../../../scripts/data/catalogueFile';
import { testWithSharedData } from '../../support/sharedData';

/** Compiled once for the whole file: reading 50,000 rows twice would only slow the suite. */
let compiled: ReturnType<typeof compileCatalogueFile> | null = null;
const compilation = () => (compiled ??= compileCatalogueFile());

describe('the catalogue compile step', () => {
  testWithSharedData('every row of both shared tables comes through, without errors, and catalogue.json is what it compiles to', () => {
    const { catalogue, problems } = compilation();
    expect(problems.errors).toEqual([]);
    expect(catalogue.iec.count).toBe(32_524);
    expect(catalogue.jis.count).toBe(21_327);
    expect(catalogue.iec.read).toBe('2026-03-15');
    expect(catalogue.jis.read).toBe('2025-04-16');
    expect(catalogue.iec.name).toMatch(/IEC webstore, extracted by the relaton project \(relaton\/relaton-data-iec at e61a22f\)/);
    const committed = JSON.parse(readFileSync(CATALOGUE_FILE, 'utf8')) as CompiledCatalogue;
    expect(committed.checksum).toBe(catalogue.checksum);
  });

  testWithSharedData('known publications: IEC 60068-2-6, CISPR 32:2015, a replaced edition and an amendment', () => {
    const { iec, jis } = new CatalogueIndex(compilation().catalogue);
    expect(iec.editionsOf('IEC 60068-2-6')[0]).toMatchObject({
      id: 'IEC 60068-2-6:2007',
      title: 'Environmental testing - Part 2-6: Tests - Test Fc: Vibration (sinusoidal)',
      status: 'current',
      source: 'https://webstore.iec.ch/publication/544',
    });
    expect(iec.editionPublication('CISPR 32', 2015)).toMatchObject({ date: '2015-03-31', status: 'current', editionNumber: '2' });
    const replaced = iec.editionsOf('IEC 60068-2-6').find((e) => e.year === 1995);
    expect(replaced).toMatchObject({ status: 'superseded', replacedBy: 'IEC 60068-2-6:2007' });
    const amendment = iec.publication('CISPR 10:1981/AMD1:1983')!;
    expect(amendment).toMatchObject({ key: 'CISPR 10', status: 'superseded', date: '1983-09-01' });
    expect(iec.describe(amendment)).toBe('amendment 1 (1983) to CISPR 10:1981');
    expect(iec.successorOf(amendment)).toBe('CISPR 10:1992');
    expect(iec.describe(iec.publication('IEC 60601-1:2005+AMD1:2012 CSV')!)).toBe('consolidated version 3.1 of IEC 60601-1:2005 with AMD1:2012');
    // Joint ISO/IEC publications belong to their standard like IEC's own; only white papers and the like do not.
    expect(iec.editionsOf('ISO/IEC 27001').map((e) => e.id)).toEqual(['ISO/IEC 27001:2022', 'ISO/IEC 27001:2013', 'ISO/IEC 27001:2005']);
    expect(iec.describe(iec.publication('ISO/IEC 27001:2022/AMD1:2024')!)).toBe('amendment 1 (2024) to ISO/IEC 27001:2022');
    expect(iec.publications.filter((p) => !p.key).length).toBeLessThan(100);
    expect(jis.find('JIS X 0001:1994')).toEqual({ designation: 'JIS X 0001:1994', status: 'valid', title: 'Glossary of terms used in information processing -- Fundamental terms' });
  });

  testWithSharedData('the Japanese adoption records agree with the JIS catalogue: no contradiction, only designations to check', () => {
    const { problems } = compilation();
    const japanese = problems.list.filter((p) => p.where.startsWith('data/adoptions/jp'));
    expect(japanese.filter((p) => p.severity === 'error')).toEqual([]);
    for (const p of japanese) expect(p.message).toMatch(/is not in the JSA catalogue|has no status, but/);
  });
});
