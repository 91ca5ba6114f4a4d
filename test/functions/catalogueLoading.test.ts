/**
 * The IEC and JIS catalogues load lazily: a formula the bundled dataset answers never loads them; the first one
 * that needs them gets a Promise (Excel awaits it), every formula waiting at that moment shares one load, and
 * from then on answers are immediate.
 */
import { installCustomFunctionsShim, isExcelError } from '../support/customFunctionsShim';
import { uninstallGlobals } from '../support/excel';
import { readCatalogueFile } from '../../src/cli/catalogueFile';
import { runtime } from '../../src/runtime/engine';
import { CATALOGUE_URL, CHANGELOG_URL, fetchCatalogue, NOTES_URL } from '../../src/functions/catalogueSource';
import { bundledDataset } from '../support/bundledData';
import * as functions from '../../src/functions/functions';

beforeAll(installCustomFunctionsShim);
afterAll(uninstallGlobals);

const compiled = readCatalogueFile();
let loads = 0;
/** What the add-in does (an asynchronous fetch), counted. */
const asynchronousSource = () => {
  loads++;
  return Promise.resolve(compiled);
};

beforeEach(() => {
  loads = 0;
  runtime.setCatalogueSource(asynchronousSource);
});

describe('catalogue loading', () => {
  test('a formula the dataset answers never loads the catalogues', () => {
    expect(functions.equivalent([['ISO 9001']], [['CN']])).toEqual([['GB/T 19001-2016']]);
    expect(functions.standard([['ISO 9001']], 'title')).toEqual([['Quality management systems - Requirements']]);
    const [[unknownPlace]] = functions.equivalent([['ISO 9001']], [['Narnia']]);
    expect(isExcelError(unknownPlace) && unknownPlace.code).toBe('#N/A');
    expect(loads).toBe(0);
    expect(runtime.catalogueLoaded()).toBe(false);
  });

  test('the first miss waits for one load shared by every waiting formula, then answers at once', async () => {
    const title = functions.standard([['IEC 60068-2-6']], 'title');
    const adoption = functions.equivalent([['IEC 60068-2-6']], [['BR']]);
    expect(title).toBeInstanceOf(Promise);
    expect(adoption).toBeInstanceOf(Promise);
    // The functions are typed for Excel's metadata (any[][]); a miss returns a Promise of the answer at run time.
    expect(await Promise.resolve(title)).toEqual([['Environmental testing - Part 2-6: Tests - Test Fc: Vibration (sinusoidal)']]);
    const [[cell]] = await Promise.resolve(adoption);
    expect(isExcelError(cell) && cell.message).toBe('No recorded adoption of IEC 60068-2-6 in BR');
    expect(loads).toBe(1);
    expect(functions.standard([['CISPR 32:2015']], 'status')).toEqual([['current']]);
    expect(loads).toBe(1);
  });

  test('SEARCH waits for the catalogues, then finds JIS titles', async () => {
    const hits: unknown[][] = await Promise.resolve(functions.search('glossary information processing fundamental', 3));
    expect(hits[1][0]).toBe('JIS X 0001:1994');
    expect(loads).toBe(1);
  });

  test('a failed load answers #N/A with the reason in the cells that needed them, and the next formula tries again', async () => {
    runtime.setCatalogueSource(() => {
      loads++;
      return Promise.reject(new Error('offline'));
    });
    const [[answered], [failed]] = await Promise.resolve(functions.equivalent([['ISO 9001'], ['IEC 60068-2-6']], [['CN']]));
    expect(answered).toBe('GB/T 19001-2016');
    expect(isExcelError(failed) && failed.message).toBe('The IEC and JIS catalogues could not be loaded (offline); try again');
    runtime.setCatalogueSource(asynchronousSource);
    expect(await Promise.resolve(functions.standard([['IEC 60068-2-6']], 'edition'))).toEqual([['IEC 60068-2-6:2007']]);
    expect(loads).toBe(2);
  });

  /** A page's fetch serving the files the build copies beside it, and 404 for anything missing. */
  const serving = (files: Record<string, unknown>, fetched: string[]) =>
    jest.spyOn(globalThis, 'fetch').mockImplementation(((url: string) => {
      fetched.push(url);
      const body = files[url];
      return Promise.resolve(body ? { ok: true, status: 200, json: () => Promise.resolve(body) } : { ok: false, status: 404 });
    }) as unknown as typeof fetch);
  const { changelog, notes, ...catalogueFile } = compiled;

  test('in the add-in they are fetched from catalogue.json beside the page, with changelog.json and notes.json', async () => {
    const fetched: string[] = [];
    const spy = serving({ [CATALOGUE_URL]: catalogueFile, [CHANGELOG_URL]: changelog, [NOTES_URL]: notes }, fetched);
    try {
      const loaded = await fetchCatalogue();
      expect(loaded.checksum).toBe(compiled.checksum);
      expect(loaded.changelog?.changes.length).toBe(changelog!.changes.length);
      expect(loaded.notes?.notes.length).toBe(bundledDataset.adoptions.length);
      expect(fetched.sort()).toEqual(['catalogue.json', 'changelog.json', 'notes.json']);
    } finally {
      spy.mockRestore();
    }
  });

  test.each([
    ['changelog.json', { [CATALOGUE_URL]: catalogueFile, [NOTES_URL]: notes }],
    ['notes.json', { [CATALOGUE_URL]: catalogueFile, [CHANGELOG_URL]: changelog }],
  ])('a missing %s fails the load with its address, as a missing catalogue does', async (missing, files) => {
    const spy = serving(files, []);
    try {
      await expect(fetchCatalogue()).rejects.toThrow(`${missing}: HTTP 404`);
    } finally {
      spy.mockRestore();
    }
  });

  test('CHANGES waits for the changelog like any formula that needs the catalogues, then lists it', async () => {
    expect(runtime.catalogueLoaded()).toBe(false);
    const rows = (await Promise.resolve(functions.changes())) as unknown[][];
    expect(loads).toBe(1);
    expect(rows[0][0]).toBe('release');
    expect(rows.length - 1).toBe(changelog!.changes.length);
  });
});
