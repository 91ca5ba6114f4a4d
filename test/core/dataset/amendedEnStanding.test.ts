import { amendedEnsFollowTheirBase } from '../../../src/core/dataset/amendedEnStanding';
import { adoptionRecord } from '../../support/adoptionRecord';

const eu = (designation: string, status: 'current' | 'withdrawn' | null = null, jurisdiction = 'EU') =>
  adoptionRecord({ standard: 'IEC 60601-1:2005', jurisdiction, designation, year: null, status });

describe('amendedEnsFollowTheirBase', () => {
  test("a current EN is current as last amended: only the record carrying every recorded amendment takes the base's standing", () => {
    const base = eu('EN 60601-1:2006', 'current');
    const first = eu('EN 60601-1:2006+A1:2013');
    const last = eu('EN 60601-1:2006+A1:2013+A12:2014+A2:2021');
    amendedEnsFollowTheirBase([base, first, last]);
    expect([base.status, first.status, last.status]).toEqual(['current', null, 'current']);
  });

  test('an ended EN ended with every amendment; a standing a source gave is kept', () => {
    const base = eu('EN 60950-1:2006', 'withdrawn');
    const amended = eu('EN 60950-1:2006+A11:2009+A1:2010');
    const stated = eu('EN 60950-1:2006+A11:2009', 'current');
    amendedEnsFollowTheirBase([base, amended, stated]);
    expect([amended.status, stated.status]).toEqual(['withdrawn', 'current']);
  });

  test('a base of unknown standing passes nothing, and national prints are left to their own sources', () => {
    const base = eu('EN 61010-1:2010');
    const amended = eu('EN 61010-1:2010+A1:2019');
    const national = eu('BS EN 61010-1:2010+A1:2019', null, 'GB');
    amendedEnsFollowTheirBase([base, amended, eu('BS EN 61010-1:2010', 'withdrawn', 'GB'), national]);
    expect([amended.status, national.status]).toEqual([null, null]);
  });
});
