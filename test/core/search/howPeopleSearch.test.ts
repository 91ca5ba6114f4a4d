/** Searches as analysts type them, over the bundled dataset and catalogues. */
import { readCatalogueFile } from '../../../src/cli/catalogueFile';
import { CatalogueIndex } from '../../../src/core/catalogue/catalogueIndex';
import { searchCatalog } from '../../../src/core/search/catalogSearch';
import { bundledEngine } from '../../support/bundledData';

const catalog = bundledEngine().withCatalogue(new CatalogueIndex(readCatalogueFile())).catalog;
const ids = (query: string, limit = 5) => searchCatalog(catalog, query, limit).map((h) => h.document.id);

describe('search as analysts type it', () => {
  test('a joint ISO/IEC standard is found as people write it, under ISO alone and without spaces', () => {
    // Before, "iso27001" listed ISO 21001, ISO 28001 and ISO 37001, each one digit away, and not ISO/IEC 27001.
    expect(ids('iso27001')[0]).toBe('ISO/IEC 27001');
    expect(ids('ISO27002')[0]).toBe('ISO/IEC 27002');
    expect(ids('iso21434')[0]).toBe('ISO/SAE 21434');
  });

  test("a family's name finds its standards", () => {
    // ISO/IEC 42001's title says "Artificial intelligence", never "AI management".
    expect(ids('AI management', 10)).toContain('ISO/IEC 42001');
  });

  test("a standard and a place in one query list the place's answer first", () => {
    // Before, such a query matched nothing: no document holds both.
    expect(ids('ISO 13485 Japan', 1)).toEqual(['JIS Q 13485:2018']);
    expect(ids('IEC 60601-1 United States', 1)).toEqual(['ANSI/AAMI ES60601-1:2005/A2:2021']);
    // "in" joins them, though "in DE" alone folds to India's French name.
    expect(ids('iso 9001 in DE', 1)).toEqual(['DIN EN ISO 9001:2015']);
    // A place without an answer adds nothing; a number is no place.
    expect(ids('ISO 14001 KR')).not.toContain('KS I ISO 14001');
    expect(ids('IEC 60601 1', 1)).toEqual(['IEC 60601-1']);
  });

  test("after the place's answer come the standard's own matches, not the place's typo neighbours", () => {
    // Before, "DE iso 9001" listed ISO 10993-14 and ISO/IEC 14443-2 after DIN EN ISO 9001:2015.
    expect(ids('DE iso 9001', 2)).toEqual(['DIN EN ISO 9001:2015', 'ISO 9001']);
    expect(ids('ISO 13485 Japan', 2)).toEqual(['JIS Q 13485:2018', 'ISO 13485']);
  });

  test('a place named first, before an international id, reads the same', () => {
    expect(ids('Japan ISO 13485', 1)).toEqual(['JIS Q 13485:2018']);
    expect(ids('in Germany IEC 60601-1', 1)).toEqual(['DIN EN 60601-1; VDE 0750-1:2022-11']);
    expect(ids('DE iso 9001', 1)).toEqual(['DIN EN ISO 9001:2015']);
    // National prefixes that are also country codes (BS: the Bahamas, SN: Senegal) stay designations.
    expect(ids('BS EN ISO 9001', 1)).toEqual(['BS EN ISO 9001:2015']);
    expect(ids('SN EN ISO 13485:2016', 1)).toEqual(['SN EN ISO 13485:2016']);
  });

  test('a designation typed in full finds its prints, derived ones too, newest first', () => {
    // Before, "BS EN ISO 9001" found nothing (the word index leaves derived designations out), and
    // "BS EN ISO 14001" found only BS EN ISO 14021.
    expect(ids('BS EN ISO 9001', 2)).toEqual(['BS EN ISO 9001:2015', 'BS EN ISO 9001:2008']);
    expect(ids('BS EN ISO 14001', 1)).toEqual(['BS EN ISO 14001:2026']);
    // An international id still lists the standard first, not the prints that carry its number.
    expect(ids('ISO 9001', 1)).toEqual(['ISO 9001']);
  });

  test('an EN typed with its amendment finds the amended text, described by what it adopts', () => {
    // The CENELEC amendment's own designation finds the EU's record of the EN with it, and BSI's print of the same.
    const hits = searchCatalog(catalog, 'EN 62366-1:2015/A1:2020', 2).map((h) => [h.document.id, h.document.label]);
    expect(hits).toEqual([
      ['EN 62366-1:2015+A1:2020', 'IEC 62366-1:2015+AMD1:2020 in EU'],
      ['BS EN 62366-1:2015+A1:2020', 'IEC 62366-1:2015+AMD1:2020 in GB'],
    ]);
  });

  test('a European-only EN the Official Journal cites is found as that citation, not as an adoption', () => {
    const [hit] = searchCatalog(catalog, 'EN 285', 5);
    expect(hit.document).toMatchObject({ kind: 'citation', id: 'EN 285:2015+A1:2021' });
    expect(hit.document.label).toBe('cited in the Official Journal under Regulation (EU) 2017/745; no ISO or IEC edition is recorded as its origin');
    expect(hit.document.standard).toBeUndefined();
  });

  test('prints of one standard that differ by their year list the newest first', () => {
    expect(ids('GB/T 19001', 2)).toEqual(['GB/T 19001-2016', 'GB/T 19001-2008']);
    expect(ids('JIS T 0601', 3)).toEqual(['JIS T 0601-1:2023', 'JIS T 0601-1:2014', 'JIS T 0601-1:2012']);
  });

  test('among equal matches, the standards the dataset maps come before those only a catalogue lists', () => {
    // Before, IEC's nuclear-plant cybersecurity standards, shorter ids, came first.
    const hits = searchCatalog(catalog, 'cybersecurity', 5);
    expect(hits[0].document.fromCatalogue).toBeUndefined();
    expect(catalog.editionsByKey.has(hits[0].document.id)).toBe(true);
  });
});
