import {
  byPreference,
  effectiveYear,
  inheritEnWithdrawals,
  markReplacedByAnotherStandard,
  markSuperseded,
  nationalVariant,
} from '../../../src/core/dataset/adoptionOrder';
import { adoptionRecord } from '../../support/adoptionRecord';

/** Czechia's two adoptions of ISO/IEC 17011, as derived from the 2004 EN (withdrawn by CEN) and the 2017 EN. */
const czech = (overrides: Partial<Parameters<typeof adoptionRecord>[0]> = {}) => {
  const older = adoptionRecord({
    standard: 'ISO/IEC 17011:2004',
    jurisdiction: 'CZ',
    designation: 'ČSN EN ISO/IEC 17011',
    en: 'EN ISO/IEC 17011:2004',
    provenance: 'derived',
    status: 'withdrawn',
    ...overrides,
  });
  const newer = adoptionRecord({
    standard: 'ISO/IEC 17011:2017',
    jurisdiction: 'CZ',
    designation: 'ČSN EN ISO/IEC 17011 ed. 2',
    en: 'EN ISO/IEC 17011:2017',
    provenance: 'derived',
  });
  return { older, newer };
};

describe('markSuperseded', () => {
  test('a derived record that took "withdrawn" from its EN is superseded once a newer adoption is recorded in its place', () => {
    const { older, newer } = czech();
    markSuperseded([older, newer]);
    expect(older.status).toBe('superseded');
    expect(newer.status).toBeNull();
  });

  test('without a newer adoption in its place, it keeps its EN\'s "withdrawn"', () => {
    const { older } = czech();
    markSuperseded([older]);
    expect(older.status).toBe('withdrawn');
  });

  test('a cited record keeps the withdrawal its source states until the records are derived', () => {
    const { older, newer } = czech({ provenance: 'cited' });
    markSuperseded([older, newer]);
    expect(older.status).toBe('withdrawn');
  });

  test('then a cited withdrawal with a newer adoption in its place is superseded', () => {
    const { older, newer } = czech({ provenance: 'cited' });
    markSuperseded([older, newer], { citedWithdrawals: true });
    expect(older.status).toBe('superseded');
  });

  test('a cited withdrawal with no newer adoption in its place stays withdrawn, and a stated current stays current', () => {
    const { older } = czech({ provenance: 'cited' });
    markSuperseded([older], { citedWithdrawals: true });
    expect(older.status).toBe('withdrawn');
    const current = czech({ provenance: 'cited', status: 'current' });
    markSuperseded([current.older, current.newer], { citedWithdrawals: true });
    expect(current.older.status).toBe('current');
  });

  test('a newer document still to take effect supersedes nothing yet; one in force below it still does', () => {
    const { older, newer } = czech({ provenance: 'cited', status: null });
    newer.status = 'upcoming';
    markSuperseded([older, newer]);
    expect([older.status, newer.status]).toEqual([null, 'upcoming']);
    const oldest = adoptionRecord({ standard: 'ISO/IEC 17011:1996', jurisdiction: 'CZ', designation: 'ČSN EN 45010' });
    markSuperseded([oldest, older, newer]);
    expect([oldest.status, older.status, newer.status]).toEqual(['superseded', null, 'upcoming']);
  });

  test('a later revision that has itself been withdrawn still replaced the one before it', () => {
    const revision = (designation: string, year: number) =>
      adoptionRecord({ standard: 'IEC 60950-1:2005', jurisdiction: 'US', designation, year, provenance: 'cited' });
    const [earlier, later] = [revision('ANSI/UL 60950-1-2011', 2011), revision('ANSI/UL 60950-1-2014', 2014)];
    later.status = 'withdrawn';
    markSuperseded([earlier, later]);
    expect([earlier.status, later.status]).toEqual(['superseded', 'withdrawn']);
    // The earlier one alone is of unknown standing, and a source's "current" is never overridden.
    const alone = revision('ANSI/UL 60950-1-2011', 2011);
    markSuperseded([alone]);
    expect(alone.status).toBeNull();
    const stated = revision('ANSI/UL 60950-1-2011', 2011);
    stated.status = 'current';
    markSuperseded([stated, later]);
    expect(stated.status).toBe('current');
  });
});

describe('markSuperseded and national amendments', () => {
  const brazil = (designation: string, year: number, adopts: string | null = null) =>
    adoptionRecord({ standard: 'IEC 60601-1:2005', jurisdiction: 'BR', designation, year, adopts });

  test('a separate amendment leaves its base in force; a consolidation under its own designation replaces it', () => {
    const base = brazil('ABNT NBR IEC 60601-1:2010', 2010);
    const amendment = brazil('ABNT NBR IEC 60601-1:2010/Em2:2022', 2022, 'IEC 60601-1:2005+AMD1:2012+AMD2:2020');
    markSuperseded([base, amendment]);
    expect([base.status, amendment.status]).toEqual([null, null]);
    const bsi = brazil('BS EN 60601-1:2006', 2006);
    const consolidated = brazil('BS EN 60601-1:2006+A2:2021', 2021, 'IEC 60601-1:2005+AMD1:2012+AMD2:2020');
    markSuperseded([bsi, consolidated]);
    expect(bsi.status).toBe('superseded');
  });

  test("the EU's record of an EN with its amendments leaves the EN in force: CENELEC publishes amendments beside it", () => {
    const eu = (designation: string, adopts: string | null = null) =>
      adoptionRecord({ standard: 'IEC 60601-1:2005', jurisdiction: 'EU', designation, year: null, adopts });
    const base = eu('EN 60601-1:2006');
    const first = eu('EN 60601-1:2006+A1:2013', 'IEC 60601-1:2005+AMD1:2012');
    const second = eu('EN 60601-1:2006+A1:2013+A12:2014+A2:2021', 'IEC 60601-1:2005+AMD1:2012+AMD2:2020');
    markSuperseded([base, first, second]);
    expect([base.status, first.status, second.status]).toEqual([null, null, null]);
    // A member's consolidation under the same text is still its own document, which replaces the earlier print.
    const irish = adoptionRecord({ standard: 'IEC 60601-1:2005', jurisdiction: 'IE', designation: 'I.S. EN 60601-1:2006', year: 2006 });
    const irishConsolidated = adoptionRecord({
      standard: 'IEC 60601-1:2005',
      jurisdiction: 'IE',
      designation: 'I.S. EN 60601-1:2006+A2:2021',
      year: 2021,
      adopts: 'IEC 60601-1:2005+AMD1:2012+AMD2:2020',
    });
    markSuperseded([irish, irishConsolidated]);
    expect(irish.status).toBe('superseded');
  });
});

describe('markSuperseded and national variants', () => {
  const singapore = (designation: string, correspondence: 'IDT' | 'MOD', year: number) =>
    adoptionRecord({ standard: 'ISO 45001:2018', jurisdiction: 'SG', designation, correspondence, year });

  test('a modified document under a number of its own stands beside the identical adoption and answers after it', () => {
    const adoption = singapore('SS ISO 45001:2018', 'IDT', 2018);
    const variant = singapore('SS 651:2019', 'MOD', 2020);
    expect([nationalVariant(adoption), nationalVariant(variant)]).toEqual([false, true]);
    markSuperseded([adoption, variant]);
    expect([adoption.status, variant.status]).toEqual([null, null]);
    expect([variant, adoption].sort(byPreference)[0]).toBe(adoption);
    // Even where a source states the variant in force and says nothing of the adoption, it does not replace it.
    const unstated = singapore('SS ISO 45001:2018', 'IDT', 2018);
    markSuperseded([unstated, { ...singapore('SS 651:2019', 'MOD', 2020), status: 'current' }]);
    expect(unstated.status).toBeNull();
  });

  test('a modified re-issue under the same number, or one printing the international number, still replaces the earlier', () => {
    const india = (designation: string, correspondence: 'IDT' | 'MOD', year: number) =>
      adoptionRecord({ standard: 'IEC 60601-2-2:2017', jurisdiction: 'IN', designation, correspondence, year });
    // BIS's own page says the 2019 edition is withdrawn; the re-issue under its number is what replaced it.
    const first = { ...india('IS 13450 (Part 2/Sec 2) : 2019', 'IDT', 2019), status: 'withdrawn' as const };
    markSuperseded([first, india('IS 13450 (Part 2/Sec 2) : 2024', 'MOD', 2024)], { citedWithdrawals: true });
    const australia = (designation: string, year: number) =>
      adoptionRecord({ standard: 'IEC 60950-1:2005', jurisdiction: 'AU', designation, correspondence: 'MOD', year });
    const older = adoptionRecord({ standard: 'IEC 60950-1:2005', jurisdiction: 'AU', designation: 'AS/NZS 60950.1:2011', year: 2011 });
    markSuperseded([older, australia('AS/NZS 60950.1:2015', 2015)]);
    expect([first.status, older.status]).toEqual(['superseded', 'superseded']);
  });
});

describe('markSuperseded and national editions that may not be out yet', () => {
  test('a derivation from an EN of the data year answers but does not replace the earlier national adoption', () => {
    const serbia = () => adoptionRecord({ standard: 'ISO 14155:2020', jurisdiction: 'RS', designation: 'SRPS EN ISO 14155:2021', year: 2021 });
    const derived = adoptionRecord({
      standard: 'ISO 14155:2026',
      jurisdiction: 'RS',
      designation: 'SRPS EN ISO 14155:2026',
      en: 'EN ISO 14155:2026',
      provenance: 'derived',
    });
    const pending = serbia();
    markSuperseded([pending, derived], { mayNotBeOut: (a) => a === derived });
    const published = serbia();
    markSuperseded([published, derived]);
    expect([pending.status, published.status, derived.status]).toEqual([null, 'superseded', null]);
  });
});

describe('markSuperseded and two prints of one adoption', () => {
  const italy = (designation: string, fields: Partial<Parameters<typeof adoptionRecord>[0]> = {}) =>
    adoptionRecord({ standard: 'ISO/IEC 27002:2022', jurisdiction: 'IT', designation, ...fields });

  test("CEI's print of a joint document does not supersede UNI's derived form of it", () => {
    const uni = italy('UNI CEI EN ISO/IEC 27002', { provenance: 'derived', en: 'EN ISO/IEC 27002:2022' });
    const cei = italy('CEI UNI EN ISO/IEC 27002:2023-04', { year: 2023 });
    markSuperseded([uni, cei]);
    expect([uni.status, cei.status]).toEqual([null, null]);
  });

  test('a later cited document of the same text still does where it is another document or names its own EN', () => {
    const direct = () => italy('UNI CEI EN ISO/IEC 27002', { provenance: 'derived', en: 'EN ISO/IEC 27002:2022' });
    const isoFirst = direct();
    markSuperseded([isoFirst, italy('UNI CEI ISO/IEC 27002:2023', { year: 2023 })]);
    const namesEn = direct();
    markSuperseded([namesEn, italy('CEI UNI EN ISO/IEC 27002:2023-04', { year: 2023, en: 'EN ISO/IEC 27002:2022' })]);
    const consolidated = direct();
    markSuperseded([consolidated, italy('UNI CEI EN ISO/IEC 27002:2024', { year: 2024, adopts: 'ISO/IEC 27002:2022+AMD1:2024' })]);
    expect([isoFirst.status, namesEn.status, consolidated.status]).toEqual(['superseded', 'superseded', 'superseded']);
  });
});

describe('byPreference and amendments of the same year', () => {
  test('of two texts of one year, the one carrying more amendments answers', () => {
    const eu = (designation: string, adopts: string | null) =>
      adoptionRecord({ standard: 'IEC 61511-1:2016', jurisdiction: 'EU', designation, year: 2017, adopts });
    const base = eu('EN 61511-1:2017', null);
    const amended = eu('EN 61511-1:2017+A1:2017', 'IEC 61511-1:2016+AMD1:2017');
    expect([base, amended].sort(byPreference)[0]).toBe(amended);
    expect([amended, base].sort(byPreference)[0]).toBe(amended);
  });
});

describe('markSuperseded and undated designations', () => {
  test('an undated designation names each edition in turn: the older one is superseded', () => {
    const { older, newer } = czech({ status: null });
    newer.designation = older.designation;
    markSuperseded([older, newer]);
    expect(older.status).toBe('superseded');
  });

  test('a dated designation is one document, which never supersedes itself', () => {
    const one = adoptionRecord({ standard: 'ISO 14971:2007', jurisdiction: 'CN', designation: 'YY/T 0316-2008', year: 2008 });
    const same = adoptionRecord({ standard: 'ISO 14971:2007', jurisdiction: 'CN', designation: 'YY/T 0316-2008', year: 2008, provenance: 'derived' });
    const earlier = { ...same, year: 2007 };
    markSuperseded([one, earlier]);
    expect(earlier.status).toBeNull();
  });
});

describe('effectiveYear', () => {
  const base = adoptionRecord({ standard: 'IEC 60601-1:2005', jurisdiction: 'GB', designation: 'BS EN 60601-1:2006', en: 'EN 60601-1:2006' });

  test('a record without its own year appeared no earlier than its EN', () => {
    expect(effectiveYear(base)).toBe(2006);
  });

  test('nor earlier than the newest amendment of the consolidation it adopts', () => {
    expect(effectiveYear({ ...base, designation: 'BS EN 60601-1:2006+A2:2021', adopts: 'IEC 60601-1:2005+AMD1:2012+AMD2:2020' })).toBe(2020);
  });

  test("the record's own year, where a source states it, decides", () => {
    expect(effectiveYear({ ...base, year: 2007, adopts: 'IEC 60601-1:2005+AMD1:2012' })).toBe(2007);
  });
});

describe('markReplacedByAnotherStandard', () => {
  /** ISO 8601:2000 was replaced by ISO 8601:2004, which ISO 8601-1:2019 replaced. */
  const replacedBy = (id: string) => ({ 'ISO 8601:2000': 'ISO 8601:2004', 'ISO 8601:2004': 'ISO 8601-1:2019' })[id] ?? null;
  const old = () => adoptionRecord({ standard: 'ISO 8601:2000', jurisdiction: 'CN', designation: 'GB/T 7408-2005', year: 2005, status: 'withdrawn' });
  const successor = adoptionRecord({ standard: 'ISO 8601-1:2019', jurisdiction: 'CN', designation: 'GB/T 7408.1-2023', year: 2023 });

  test("a cited withdrawal is superseded once its place adopts the standard that replaced its edition's line", () => {
    const record = old();
    markReplacedByAnotherStandard([record, successor], replacedBy);
    expect(record.status).toBe('superseded');
  });

  test('not where the place has no adoption of the replacing standard, nor for a derived record', () => {
    const alone = old();
    markReplacedByAnotherStandard([alone, { ...successor, jurisdiction: 'JP' }], replacedBy);
    expect(alone.status).toBe('withdrawn');
    const derived = { ...old(), provenance: 'derived' as const };
    markReplacedByAnotherStandard([derived, successor], replacedBy);
    expect(derived.status).toBe('withdrawn');
  });

  test('a replacedBy cycle ends the walk', () => {
    const record = old();
    markReplacedByAnotherStandard([record], (id) => (id === 'ISO 8601:2000' ? 'ISO 8601:2004' : 'ISO 8601:2000'));
    expect(record.status).toBe('withdrawn');
  });
});

describe('inheritEnWithdrawals', () => {
  // CENELEC withdrew EN 60065:2014 when EN 62368-1 replaced it; members had to withdraw their adoptions of it.
  const en = (status: 'withdrawn' | null) => adoptionRecord({ standard: 'IEC 60065:2014', jurisdiction: 'EU', designation: 'EN 60065:2014', status });
  const national = (fields: Partial<Parameters<typeof adoptionRecord>[0]> = {}) =>
    adoptionRecord({ standard: 'IEC 60065:2014', jurisdiction: 'DE', designation: 'DIN EN 60065 VDE 0860:2015-11', ...fields });

  test("a member's adoption of a withdrawn EN is withdrawn, whether it names the EN or prints its number", () => {
    const named = national({ en: 'EN 60065:2014' });
    const printed = national();
    inheritEnWithdrawals([en('withdrawn'), named, printed]);
    expect([named.status, printed.status]).toEqual(['withdrawn', 'withdrawn']);
  });

  test('but not where its source states a standing, the EN stands, or the printed number belongs to another text', () => {
    const stated = national({ en: 'EN 60065:2014', status: 'current' });
    const standing = national({ en: 'EN 60065:2014' });
    inheritEnWithdrawals([en(null), standing]);
    inheritEnWithdrawals([en('withdrawn'), stated]);
    expect([stated.status, standing.status]).toEqual(['current', null]);
    const otherEdition = national({ standard: 'IEC 60065:2001' });
    inheritEnWithdrawals([en('withdrawn'), otherEdition]);
    expect(otherEdition.status).toBeNull();
  });
});
