import { expandPlaces } from '../../../src/core/query/placePresets';
import { bundledEngine } from '../../support/bundledData';
import { grid } from '../../support/shownAnswer';

const engine = bundledEngine();
const catalog = engine.catalog;

describe('places a list of jurisdictions names', () => {
  test('the G20 is its 19 countries and the EU; EU27 the EU member states', () => {
    const g20 = expandPlaces(catalog, ['G20']);
    expect(g20).toHaveLength(20);
    expect(g20).toEqual(expect.arrayContaining(['US', 'CN', 'JP', 'DE', 'ZA', 'EU']));
    expect(expandPlaces(catalog, ['EU27'])).toHaveLength(27);
  });

  test('a place that answers with records stays one column; CEN spreads only when asked to', () => {
    expect(expandPlaces(catalog, ['EU', 'GCC', 'US', 'Germany'])).toEqual(['EU', 'GCC', 'US', 'Germany']);
    expect(expandPlaces(catalog, ['CEN'])).toEqual(['CEN']);
    expect(expandPlaces(catalog, ['CEN'], { regionalMembers: true })).toHaveLength(34);
  });

  test('duplicates go, the first kept', () => {
    expect(expandPlaces(catalog, ['US', 'USMCA'])).toEqual(['US', 'CA', 'MX']);
  });
});

describe('MATRIX with a group', () => {
  test('spreads "G20" into its members instead of one column of #N/A', () => {
    const rows = grid(engine.matrix([['ISO 9001']], [['G20']], 'designation')) as unknown[][];
    expect(rows[0]).toHaveLength(21);
    expect(rows[0]).toContain('JP');
    expect(rows[1][rows[0].indexOf('JP')]).toBe('JIS Q 9001:2015');
  });
});
