import { Catalog } from '../../../src/core/dataset/catalog';
import { mayNotBeOutYet } from '../../../src/core/dataset/deriveAdoptions';
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

  test("whatever the EN's status, a record derived from an EN of the data's own year says its national edition may be still to come", () => {
    const recent = derived.filter((a) => enYear(a.en!) === dataYear && enStatus(a.en!) !== 'current');
    expect(recent.length).toBeGreaterThan(0);
    for (const a of recent) expect(a.note).toContain('may not be out yet');
    const older = derived.filter((a) => enYear(a.en!)! < dataYear);
    expect(older.length).toBeGreaterThan(0);
    for (const a of older) expect(a.note ?? '').not.toContain('may not be out yet');
  });

  test("a cited national adoption is not called superseded by a derivation from an EN of the data's own year", () => {
    // Serbia's SRPS EN ISO 14155:2021, which ISS lists as published, beside the derivation from EN ISO 14155:2026.
    const record = catalog.adoptions.find((a) => a.jurisdiction === 'RS' && a.designation === 'SRPS EN ISO 14155:2021')!;
    const pending = derived.find((a) => a.jurisdiction === 'RS' && a.en === 'EN ISO 14155:2026')!;
    expect(pending.note).toContain('may not be out yet');
    expect(record.status).toBeNull();
    expect(mayNotBeOutYet(pending, bundledDataset.date)).toBe(true);
    expect(mayNotBeOutYet(record, bundledDataset.date)).toBe(false);
  });

  const datedByEn = (a: (typeof derived)[number]) => catalog.derivationRules(a.jurisdiction).find((r) => r.name === a.rule)?.dateStyle === 'en-year';

  test('an older current EN passes its status on to the undated national designations derived from it', () => {
    const older = derived.filter((a) => enYear(a.en!)! < dataYear && enStatus(a.en!) === 'current' && !datedByEn(a));
    expect(older.length).toBeGreaterThan(0);
    for (const a of older) {
      expect(a.status).toBe('current');
      expect(a.note ?? '').not.toContain('Status left unknown');
    }
  });

  test('but not to a designation dated by the EN, which the body may have replaced by a consolidation', () => {
    const dated = derived.filter((a) => enYear(a.en!)! < dataYear && enStatus(a.en!) === 'current' && datedByEn(a));
    // BSI's BS EN ISO 15223-1:2021 is among them: BSI now sells BS EN ISO 15223-1:2021+A1:2025 in its place.
    expect(dated.map((a) => a.designation)).toContain('BS EN ISO 15223-1:2021');
    for (const a of dated) {
      // Unknown, or superseded where the place's newer adoption is recorded; never current on the EN's word alone.
      expect(a.status).not.toBe('current');
      expect(a.note).toContain('may have re-issued it with an amendment');
    }
  });
});

describe('derived records of an EN that a member shows amended', () => {
  test("an undated print derived from the base EN names a member's print of the amended EN, and claims nothing of its own", () => {
    // DIN EN 62304 is derived from EN 62304:2006; BS EN 62304:2006+A1:2015 shows CENELEC amended that EN.
    const din = derived.find((a) => a.jurisdiction === 'DE' && a.en === 'EN 62304:2006')!;
    expect(din.note).toContain('The EN has been amended since (BS EN 62304:2006+A1:2015 prints EN 62304:2006+A1:2015)');
    expect(din.adopts ?? din.standard).toBe('IEC 62304:2006');
  });

  test("where no member's print shows it, the EU's record of the amended EN does", () => {
    const cei = derived.find((a) => a.jurisdiction === 'IT' && a.en === 'EN 60601-1-2:2015')!;
    expect(cei.note).toContain("The EN has been amended since (the EU's record: EN 60601-1-2:2015+A1:2021)");
  });

  test('an EN no member shows amended gets no such sentence', () => {
    const sfs = derived.find((a) => a.jurisdiction === 'FI' && a.en === 'EN ISO 9001:2015')!;
    expect(sfs.note).not.toContain('amended since');
  });
});

describe('an EN recorded with its amendments', () => {
  test('derives no national record: members print the amended text under designations no rule proves', () => {
    const amendedEns = catalog.adoptions.filter((a) => a.jurisdiction === 'EU' && a.provenance === 'cited' && /\+A\d/.test(a.designation));
    expect(amendedEns.map((a) => a.designation)).toContain('EN 61010-1:2010+A1:2019');
    const fromAmended = new Set(amendedEns.map((a) => a.designation));
    expect(derived.filter((a) => fromAmended.has(a.en!))).toEqual([]);
    // The base EN still derives, and its national records keep the EN's standing.
    const fromBase = derived.filter((a) => a.en === 'EN 61010-1:2010');
    expect(fromBase.map((a) => a.jurisdiction)).toEqual(expect.arrayContaining(['FR', 'IT']));
    expect(fromBase.filter((a) => a.status === 'superseded')).toEqual([]);
  });
});
