import { readCatalogueFile } from '../../src/cli/catalogueFile';
import { runtime } from '../../src/runtime/engine';
import { isHarmonizeError } from '../../src/core';
import { readWorkbookStamp, writeWorkbookStamp } from '../../src/taskpane/excel/documentSharing';
import { EDIT_DEBOUNCE_MS, resetWorkbookSync, startWorkbookSync, syncWorkbookMappings } from '../../src/taskpane/workbookSync';
import { FakeWorkbook, uninstallGlobals } from '../support/excel';
import { stringMatching } from '../support/matchers';

/** Where the pane creates HarmonizeMappings: on its own sheet, from A1. */
const MAPPINGS_SHEET = { sheet: 'Harmonize mappings' };

const provenance = () => {
  const answer = runtime.currentEngine().equivalent('ISO 9001', 'CN', 'provenance');
  return isHarmonizeError(answer) ? answer.message : answer[0][0];
};

describe('the workbook side of sharing', () => {
  beforeEach(() => runtime.setCatalogueSource(() => Promise.resolve(readCatalogueFile())));
  afterEach(() => {
    runtime.setWorkbookMappings([]);
    uninstallGlobals();
  });

  test('the HarmonizeMappings table is laid over the bundled data, and rejected rows are reported, not applied', async () => {
    const book = new FakeWorkbook(['Sheet1']);
    book.addTable(
      'HarmonizeMappings',
      {
        header: ['standard', 'jurisdiction', 'designation', 'correspondence', 'edition', 'source', 'note'],
        rows: [
          ['ISO 9001:2015', 'CN', 'GB/T 19001-2016 (our copy)', 'IDT', '', 'https://example.org/ours', 'checked by QA'],
          ['ISO 9999', 'CN', 'nothing', '', '', '', ''],
        ],
      },
      MAPPINGS_SHEET,
    );
    book.install();
    expect(provenance()).toBe('cited');
    const report = await syncWorkbookMappings();
    expect(report?.accepted).toHaveLength(1);
    // ISO 9999 is in neither the dataset nor the catalogues, which the sync loaded to be sure.
    expect(report?.rejected).toEqual([{ row: 2, reason: stringMatching(/^standard: Unknown standard 'ISO 9999'/) }]);
    expect(provenance()).toBe('workbook');
    expect(runtime.currentEngine().equivalentCell('ISO 9001', 'CN')).toBe('GB/T 19001-2016 (our copy)');

    book.tables.delete('HarmonizeMappings');
    expect(await syncWorkbookMappings()).toBeNull();
    expect(provenance()).toBe('cited');
  });

  test('a mapping of a standard only the IEC catalogue lists is read once the catalogues are loaded', async () => {
    const book = new FakeWorkbook(['Sheet1']);
    book.addTable(
      'HarmonizeMappings',
      {
        header: ['standard', 'jurisdiction', 'designation', 'correspondence', 'edition', 'source', 'note'],
        rows: [['IEC 60068-2-6:2007', 'BR', 'ABNT NBR IEC 60068-2-6:2009', 'IDT', '', 'https://example.org/abnt', '']],
      },
      MAPPINGS_SHEET,
    );
    book.install();
    const report = await syncWorkbookMappings();
    expect(report?.rejected).toEqual([]);
    expect(runtime.currentEngine().equivalentCell('IEC 60068-2-6', 'BR')).toBe('ABNT NBR IEC 60068-2-6:2009');
  });

  test('when the catalogues cannot be loaded, such a row stays rejected with its reason', async () => {
    runtime.setCatalogueSource(() => Promise.reject(new Error('offline')));
    const book = new FakeWorkbook(['Sheet1']);
    book.addTable('HarmonizeMappings', { header: ['standard', 'jurisdiction', 'designation'], rows: [['IEC 60068-2-6:2007', 'BR', 'X']] }, MAPPINGS_SHEET);
    book.install();
    const report = await syncWorkbookMappings();
    expect(report?.rejected).toEqual([{ row: 1, reason: stringMatching(/catalogues are needed and not loaded$/), catalogueNeeded: true }]);
  });

  test('the dataset stamp survives in the workbook’s custom XML part', async () => {
    const book = new FakeWorkbook(['Sheet1']);
    book.install();
    expect(await readWorkbookStamp()).toBeNull();
    await writeWorkbookStamp({ version: '1.0.0', checksum: 'sha256:abc', computedAt: '2026-11-26T10:00:00.000Z' });
    await writeWorkbookStamp({ version: '1.0.1', checksum: 'sha256:def', computedAt: '2026-11-27T10:00:00.000Z' });
    expect(book.parts.size).toBe(1);
    expect(await readWorkbookStamp()).toEqual({ version: '1.0.1', checksum: 'sha256:def', computedAt: '2026-11-27T10:00:00.000Z' });
  });
});

describe('recalculation after the mappings change', () => {
  const MAPPINGS = {
    header: ['standard', 'jurisdiction', 'designation', 'correspondence', 'edition', 'source', 'note'],
    rows: [['ISO 9001:2015', 'CN', 'GB/T 19001-2016 (our copy)', 'IDT', '', 'https://example.org/ours', '']],
  };
  const workbook = (withTable: boolean) => {
    const book = new FakeWorkbook(['Sheet1']);
    book.set('Sheet1', 0, 0, { value: 'ISO 9001' });
    book.set('Sheet1', 2, 1, { formula: '=HARMONIZE.EQUIVALENT(A1,"CN")', value: 'GB/T 19001-2016' });
    book.set('Sheet1', 4, 3, { formula: '=HARMONIZE.EQUIVALENT(A1,"EU")', value: 'EN ISO 9001:2015' });
    book.set('Sheet1', 9, 9, { formula: '=SUM(1,2)', value: 3 });
    if (withTable) book.addTable('HarmonizeMappings', MAPPINGS, MAPPINGS_SHEET);
    book.install();
    return book;
  };

  beforeEach(() => resetWorkbookSync());
  afterEach(() => {
    runtime.setWorkbookMappings([]);
    uninstallGlobals();
  });

  test('a workbook with mappings recalculates its HARMONIZE formulas once at start-up, and only their block', async () => {
    const book = workbook(true);
    await startWorkbookSync(() => undefined);
    expect(book.calculated).toEqual(['Sheet1!2,1:3x3']);
    expect(book.fullCalculations).toBe(0);
  });

  test('a workbook without mappings recalculates nothing at start-up', async () => {
    const book = workbook(false);
    await startWorkbookSync(() => undefined);
    expect(book.calculated).toEqual([]);
  });

  test('a burst of edits to the table gives one recalculation, and an edit that changes nothing gives none', async () => {
    jest.useFakeTimers();
    try {
      const book = workbook(true);
      await startWorkbookSync(() => undefined);
      book.calculated.length = 0;
      // The analyst edits the designation (column C) of the table's first row (row 2, under the header).
      book.set(MAPPINGS_SHEET.sheet, 1, 2, { value: 'GB/T 19001-2016 (edited)' });
      for (let i = 0; i < 5; i++) await book.tableHandlers[0]();
      await jest.advanceTimersByTimeAsync(EDIT_DEBOUNCE_MS + 10);
      expect(book.calculated).toEqual(['Sheet1!2,1:3x3']);
      await book.tableHandlers[0]();
      await jest.advanceTimersByTimeAsync(EDIT_DEBOUNCE_MS + 10);
      expect(book.calculated).toHaveLength(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
