import { markSuperseded } from '../../../src/core/dataset/adoptionOrder';
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

  test('a cited record keeps the status its source states', () => {
    const { older, newer } = czech({ provenance: 'cited' });
    markSuperseded([older, newer]);
    expect(older.status).toBe('withdrawn');
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
