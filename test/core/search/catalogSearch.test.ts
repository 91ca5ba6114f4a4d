import { Harmonize } from '../../../src/core/harmonize';
import { searchCatalog, searchDocuments, catalogueDocuments } from '../../../src/core/search/catalogSearch';
import { SearchIndex } from '../../../src/core/search/searchIndex';
import { fixtureCatalogue } from '../../support/fixtureCatalogue';
import { fixtureDataset } from '../../support/fixtureDataset';

const catalog = Harmonize.fromDataset(fixtureDataset(), fixtureCatalogue()).catalog;
const ids = (query: string, limit = 5) => searchCatalog(catalog, query, limit).map((h) => `${h.document.kind} ${h.document.id}`);

describe('search over the dataset and the catalogues', () => {
  test('finds JIS by designation and by title words, and says they adopt nothing recorded', () => {
    expect(ids('jis x 0001')[0]).toBe('designation JIS X 0001:1994');
    expect(ids('glossary information processing')).toEqual(['designation TR X 0002:1997', 'designation JIS X 0001:1994']);
    expect(searchCatalog(catalog, 'JIS X 0001', 1)[0].document.label).toBe(
      'Glossary of terms used in information processing -- Fundamental terms (JIS, valid; no recorded ISO/IEC correspondence)',
    );
  });

  test('a JIS with a recorded adoption is listed once, as the adoption', () => {
    expect(ids('JIS Q 9001')).toEqual(['designation JIS Q 9001:2015']);
    expect(searchCatalog(catalog, 'JIS Q 9001', 1)[0].document.label).toBe('ISO 9001:2015 in JP');
  });

  test('finds standards only the IEC webstore lists, by number and title', () => {
    expect(ids('60068')).toEqual(['standard IEC 60068-2-6']);
    expect(ids('vibration sinusoidal')).toEqual(['standard IEC 60068-2-6']);
  });

  test('a webstore publication that is no numbered standard is found by its title', () => {
    expect(ids('wireless sensor networks')).toEqual(['publication IEC White Paper IoT:WSN:2014']);
  });

  test('an exact webstore id comes first, saying what it is', () => {
    const [hit] = searchCatalog(catalog, 'CISPR 32:2015/AMD1:2019', 3);
    expect(hit.document).toMatchObject({ kind: 'publication', id: 'CISPR 32:2015/AMD1:2019', standard: 'CISPR 32' });
    expect(hit.document.label).toBe(
      'amendment 1 (2019) to CISPR 32:2015: Amendment 1 - Electromagnetic compatibility of multimedia equipment - Emission requirements',
    );
  });

  test('an IEC edition number names its publication, which comes first', () => {
    expect(ids('IEC 60601-1 Ed. 3.1')[0]).toBe('publication IEC 60601-1:2005+AMD1:2012 CSV');
    expect(ids('IEC 60601-1 ed 3')[0]).toBe('publication IEC 60601-1:2005');
    expect(ids('IEC 60601-1 Ed. 9').some((id) => id.startsWith('publication'))).toBe(false);
    // A year no edition has names the consolidated version of that year.
    expect(ids('IEC 60601-1:2012')[0]).toBe('publication IEC 60601-1:2005+AMD1:2012 CSV');
  });

  test('an EN named with its amendments also finds what its base EN finds', () => {
    expect(ids('EN ISO 13485:2016/A11:2021')).toContain('designation EN ISO 13485:2016');
  });

  test('the two indexes merge into exactly what one index over both documents gives', () => {
    const single = new SearchIndex([...searchDocuments(catalog), ...catalogueDocuments(catalog.catalogue!, catalog)]);
    for (const query of ['iso', 'quality', 'medical', '9001', 'glossary', 'e', 'jis']) {
      expect(searchCatalog(catalog, query, 8).map((h) => h.document.id)).toEqual(single.search(query, 8).map((h) => h.document.id));
    }
  });
});
