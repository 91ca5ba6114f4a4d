import { Catalog } from '../../../src/core/dataset/catalog';
import { enYear } from '../../../src/core/dataset/derivation';
import { bundledDataset } from '../../support/bundledData';

const catalog = new Catalog(bundledDataset);
const dataYear = Number(bundledDataset.date.slice(0, 4));
const derived = catalog.adoptions.filter((a) => a.provenance === 'derived');
const enStatus = (en: string) => catalog.adoptions.find((a) => a.jurisdiction === 'EU' && a.designation === en)?.status;

describe('derived records of a current EN', () => {
  test("an EN of the data's own year does not make its national adoptions current: they may not be published yet", () => {
    // The bundled data need not hold a current EN of its own year, so one is made current here.
    const dataset = structuredClone(bundledDataset);
    const en = dataset.adoptions.find((a) => a.jurisdiction === 'EU' && enYear(a.designation) === dataYear)!;
    en.status = 'current';
    const withCurrent = new Catalog(dataset);
    const recent = withCurrent.adoptions.filter((a) => a.provenance === 'derived' && a.en === en.designation);
    expect(recent.length).toBeGreaterThan(0);
    for (const a of recent) {
      expect(a.status).toBeNull();
      expect(a.note).toContain('Status left unknown');
    }
  });

  test('an older current EN still passes its status on', () => {
    const older = derived.filter((a) => enYear(a.en!)! < dataYear && enStatus(a.en!) === 'current');
    expect(older.length).toBeGreaterThan(0);
    expect(older.filter((a) => a.status === 'current').length).toBeGreaterThan(0);
    for (const a of older) expect(a.note ?? '').not.toContain('Status left unknown');
  });
});
