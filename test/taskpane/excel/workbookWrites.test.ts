import type { Adoption } from '../../../src/core/dataset/catalog';
import { Harmonize } from '../../../src/core/harmonize';
import { isHarmonizeError } from '../../../src/core/errors';
import { STAMP_NAMESPACE } from '../../../src/core/mappings';
import { MATRIX_SOURCE_COLUMNS } from '../../../src/core/sharing/matrixSources';
import { CORRESPONDENCE_FILLS } from '../../../src/taskpane/excel/matrixPlan';
import { fillRuns, insertFormulaAtActiveCell, readSelectionValues, rowsPerSync, writeMatrix } from '../../../src/taskpane/excel/workbookWrites';
import { adoptionRecord } from '../../support/adoptionRecord';
import { FakeWorkbook, uninstallGlobals } from '../../support/excel';
import { fixtureDataset } from '../../support/fixtureDataset';
import { SOURCES_SHEET_HEADER } from '../../support/sourcesSheetHeader';
import { HOSTILE } from '../../support/hostileText';

const engine = Harmonize.fromDataset(fixtureDataset());
const errorText = (value: unknown): string => (isHarmonizeError(value) ? `${value.code} ${value.message}` : 'not an error');

const workbookRow: Adoption = adoptionRecord({
  standard: 'ISO 9001:2015',
  jurisdiction: 'CN',
  designation: '',
  source: 'https://example.org/pack',
  read: '2026-12-04',
  provenance: 'workbook',
});

/** A workbook whose active cell is Sheet1!B2; `existing` fills the cells from there on. */
function workbook({ existing = [], supported = true, sheets = ['Sheet1'] }: { existing?: unknown[][]; supported?: boolean; sheets?: string[] } = {}) {
  const book = new FakeWorkbook(sheets);
  book.activeCell = { row: 1, column: 1 };
  existing.forEach((line, r) => line.forEach((value, c) => book.set('Sheet1', 1 + r, 1 + c, { value })));
  if (!supported) book.isSetSupported = () => false;
  book.install();
  /** Sheet1's cells from (top, left): values, formulas, numberFormat, fill, bold. */
  const at = (top: number, left: number, rows: number, columns: number) => book.read({ sheet: 'Sheet1', top, left, rows, columns });
  /** Whether any cell in the block holds a formula (as opposed to a value Excel reports as itself). */
  const hasFormula = (top: number, left: number, rows: number, columns: number) =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => book.get('Sheet1', top + r, left + c).formula))
      .flat()
      .some((f) => f !== null);
  /** What was set with each member (values, formulas, color, ...), target by target, in order. */
  const written = (member: string) => book.actions.filter((a) => a.member === member).map((a) => a.target);
  return { book, at, hasFormula, written };
}

afterEach(uninstallGlobals);

describe('workbook writes', () => {
  test('insertFormulaAtActiveCell writes the formula to the active cell', async () => {
    const { book } = workbook();
    expect(await insertFormulaAtActiveCell('=HARMONIZE.EQUIVALENT("ISO 9001","CN")')).toBe('Sheet1!B2');
    expect(book.get('Sheet1', 1, 1).formula).toBe('=HARMONIZE.EQUIVALENT("ISO 9001","CN")');
  });

  test('readSelectionValues reads the selected range', async () => {
    const { book } = workbook();
    ['ISO 9001', '', 'ISO 13485'].forEach((value, r) => book.set('Sheet1', 4 + r, 0, { value }));
    book.selection = { sheet: 'Sheet1', top: 4, left: 0, rows: 3, columns: 1 };
    expect(await readSelectionValues()).toEqual([['ISO 9001'], [''], ['ISO 13485']]);
  });

  test('writeMatrix writes headers, live formulas pointing at them, a table, fills and a legend', async () => {
    const { book, at, written } = workbook();
    const confirm = jest.fn(() => Promise.resolve(true));
    const outcome = await writeMatrix(
      engine,
      { standards: ['ISO 9001', 'ISO 13485'], jurisdictions: ['CN', 'EU'], field: 'designation', mode: 'formulas' },
      { confirmOverwrite: confirm },
    );
    expect(outcome.status).toBe('written');
    expect(confirm).not.toHaveBeenCalled();
    expect(at(1, 1, 1, 3).values).toEqual([['Standard', 'CN', 'EU']]);
    expect(at(2, 1, 2, 1).numberFormat).toEqual([['@'], ['@']]);
    expect(at(2, 1, 2, 1).values).toEqual([['ISO 9001'], ['ISO 13485']]);
    expect(at(2, 2, 2, 2).formulas).toEqual([
      ['=HARMONIZE.EQUIVALENT($B3,C$2,"designation")', '=HARMONIZE.EQUIVALENT($B3,D$2,"designation")'],
      ['=HARMONIZE.EQUIVALENT($B4,C$2,"designation")', '=HARMONIZE.EQUIVALENT($B4,D$2,"designation")'],
    ]);
    const tables = [...book.tables.values()];
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ sheet: 'Sheet1', top: 1, left: 1, columns: 3, bodyRows: 2, hasHeaders: true });
    expect(tables[0].name).toMatch(/^HarmonizeMatrix_/);
    // ISO 9001 is IDT in CN and EU (one fill for the run of both cells); ISO 13485 has no CN record and is IDT in the EU.
    expect(at(2, 2, 1, 2).fill).toEqual([[CORRESPONDENCE_FILLS.IDT, CORRESPONDENCE_FILLS.IDT]]);
    expect(written('color')).toContain('Sheet1!C3:D3.format.fill');
    expect(at(3, 2, 1, 1).fill).toEqual([[CORRESPONDENCE_FILLS.none]]);
    expect(at(3, 3, 1, 1).fill).toEqual([[CORRESPONDENCE_FILLS.IDT]]);
    expect(at(1, 5, 6, 1).values).toEqual([['Correspondence'], ['IDT'], ['MOD'], ['NEQ'], ['unknown'], ['none']]);
  });

  test('static values mode writes what core computes now', async () => {
    const { at, hasFormula, written } = workbook();
    await writeMatrix(
      engine,
      { standards: ['ISO 9001'], jurisdictions: ['CN', 'US'], field: 'designation', mode: 'values' },
      { confirmOverwrite: () => Promise.resolve(true) },
    );
    expect(at(2, 1, 1, 1).values).toEqual([['ISO 9001']]);
    expect(at(2, 2, 1, 2).values).toEqual([['GB/T 19001-2016', '#N/A']]);
    expect(written('formulas')).toEqual([]);
    expect(hasFormula(1, 1, 2, 3)).toBe(false);
  });

  test.each(HOSTILE)('static values from data land as text, never as a formula: %j', async (hostile) => {
    const overlaid = engine.withOverlay([{ ...workbookRow, designation: hostile }]);
    const { at, hasFormula, written } = workbook();
    await writeMatrix(
      overlaid,
      { standards: ['ISO 9001', 'ISO 13485'], jurisdictions: ['CN'], field: 'designation', mode: 'values' },
      { confirmOverwrite: () => Promise.resolve(true) },
    );
    const body = at(2, 2, 2, 1);
    expect(body.values).toEqual([[hostile], ['#N/A']]);
    expect(body.numberFormat).toEqual([['@'], ['General']]);
    expect(written('formulas')).toEqual([]);
    expect(hasFormula(2, 2, 2, 1)).toBe(false);
  });

  test.each(HOSTILE)('a standard or jurisdiction that looks like a formula is written as text: %j', async (hostile) => {
    const { at, hasFormula } = workbook();
    await writeMatrix(
      engine,
      { standards: [hostile], jurisdictions: [hostile], field: 'designation', mode: 'formulas' },
      { confirmOverwrite: () => Promise.resolve(true) },
    );
    expect(at(1, 1, 1, 2).numberFormat).toEqual([['@', '@']]);
    expect(at(1, 1, 1, 2).values).toEqual([['Standard', hostile]]);
    expect(at(2, 1, 1, 1).numberFormat).toEqual([['@']]);
    expect(at(2, 1, 1, 1).values).toEqual([[hostile]]);
    expect(hasFormula(1, 1, 2, 1)).toBe(false);
    expect(hasFormula(1, 2, 1, 1)).toBe(false);
  });

  test('spill mode writes one MATRIX formula and no table', async () => {
    const { book, at } = workbook();
    await writeMatrix(
      engine,
      { standards: ['ISO 9001', 'ISO 13485'], jurisdictions: ['CN'], field: 'edition', mode: 'spill' },
      { confirmOverwrite: () => Promise.resolve(true) },
    );
    expect(at(1, 1, 1, 1).formulas).toEqual([['=HARMONIZE.MATRIX({"ISO 9001";"ISO 13485"},{"CN"},"edition")']]);
    expect(book.tables.size).toBe(0);
  });

  test('a non-empty target asks first, and a refusal writes nothing', async () => {
    const { book, at } = workbook({
      existing: [
        ['keep me', '', '', '', ''],
        ['', '', '', '', ''],
        ['', '', '', '', ''],
      ],
    });
    const confirm = jest.fn(() => Promise.resolve(false));
    const outcome = await writeMatrix(
      engine,
      { standards: ['ISO 9001', 'ISO 13485'], jurisdictions: ['CN', 'EU'], field: 'designation', mode: 'formulas' },
      { confirmOverwrite: confirm },
    );
    expect(confirm).toHaveBeenCalledWith('Sheet1!B2:F4');
    expect(outcome).toEqual({ status: 'declined' });
    expect(at(1, 1, 3, 5).values[0][0]).toBe('keep me');
    // The target is the only range made, and nothing was queued but reads.
    expect(book.actions.filter((a) => a.member === 'getRangeByIndexes').map((a) => a.payload)).toEqual([[1, 1, 3, 5]]);
    expect(book.actions.filter((a) => !/^(get|load)/.test(a.member))).toEqual([]);
    expect(book.tables.size).toBe(0);
  });

  test('large matrices sync once per chunk of cells, report progress, and stop when cancelled', async () => {
    const standards = Array.from({ length: 450 }, () => 'ISO 9001');
    const jurisdictions = Array.from({ length: 99 }, () => 'CN');
    const batch = rowsPerSync(jurisdictions.length + 1);
    const { book } = workbook();
    const progress: number[] = [];
    await writeMatrix(
      engine,
      { standards, jurisdictions, field: 'designation', mode: 'values' },
      { confirmOverwrite: () => Promise.resolve(true), onProgress: (done) => progress.push(done) },
    );
    expect(batch).toBe(40);
    expect(progress).toEqual([...Array.from({ length: 11 }, (_, i) => (i + 1) * batch), 450]);
    // Under 20 requests for the matrix, then its Sources sheet: one row per cell, a request per rowsPerSync(columns) rows.
    expect(book.syncs).toBeLessThan(20 + Math.ceil((450 * 99 + 1) / rowsPerSync(MATRIX_SOURCE_COLUMNS.length)) + 5);

    workbook();
    const controller = new AbortController();
    const outcome = await writeMatrix(
      engine,
      { standards, jurisdictions, field: 'designation', mode: 'values' },
      {
        confirmOverwrite: () => Promise.resolve(true),
        signal: controller.signal,
        onProgress: () => controller.abort(),
      },
    );
    expect(outcome).toEqual({ status: 'cancelled', rowsWritten: batch });
  });

  test('an inserted matrix can be handed on: frozen headers, notes with reasons, a Sources sheet and the stamp', async () => {
    const { book } = workbook();
    const outcome = await writeMatrix(
      engine,
      { standards: ['ISO 9001', 'ISO 13485'], jurisdictions: ['CN', 'EU'], field: 'designation', mode: 'formulas' },
      { confirmOverwrite: () => Promise.resolve(true) },
    );
    expect(outcome).toEqual({ status: 'written', address: 'Sheet1!B2:F4', sourcesSheet: 'Sources', skipped: [] });
    // The matrix starts at B2: rows 1-2 and columns A-B stay in view; the Sources sheet keeps its header row.
    expect(book.frozen).toEqual(['Sheet1!A1:B2', 'Sources!1:1']);
    // ISO 13485 has no CN record: only that cell (C4) is noted, with the reason its formula gives.
    expect([...book.notes.keys()]).toEqual(['Sheet1!C4']);
    expect(book.notes.get('Sheet1!C4')).toBe(errorText(engine.equivalentCell('ISO 13485', 'CN', 'designation')));
    expect(book.sheetNames).toEqual(['Sheet1', 'Sources']);
    const sources = book.read({ sheet: 'Sources', top: 0, left: 0, rows: 5, columns: 10 });
    expect(sources.values[0]).toEqual(SOURCES_SHEET_HEADER);
    expect(sources.bold[0].every(Boolean)).toBe(true);
    expect(sources.values[1].slice(0, 4)).toEqual(['ISO 9001', 'CN', 'GB/T 19001-2016', 'IDT']);
    expect(sources.values[3][9]).toBe(book.notes.get('Sheet1!C4'));
    expect(sources.numberFormat.flat().every((f) => f === '@')).toBe(true);
    expect([...book.parts.keys()]).toEqual([STAMP_NAMESPACE]);
    expect(book.parts.get(STAMP_NAMESPACE)).toContain(engine.catalog.dataset.checksum);
  });

  test('a second matrix gets its own Sources sheet; a host without notes or freezing says what it left out', async () => {
    const { book } = workbook({ supported: false, sheets: ['Sheet1', 'Sources'] });
    const outcome = await writeMatrix(
      engine,
      { standards: ['ISO 13485'], jurisdictions: ['CN'], field: 'designation', mode: 'values' },
      { confirmOverwrite: () => Promise.resolve(true) },
    );
    expect(book.sheetNames).toEqual(['Sheet1', 'Sources', 'Sources (2)']);
    expect(book.notes.size).toBe(0);
    expect(book.frozen).toEqual([]);
    expect(outcome).toMatchObject({ status: 'written', sourcesSheet: 'Sources (2)' });
    expect(outcome.status === 'written' && outcome.skipped).toEqual([
      "Freezing a matrix's headers needs ExcelApi 1.7, which this version of Excel does not have. Update Excel or use Excel on the web.",
      'Notes with the reason of each #N/A needs ExcelApi 1.18, which this version of Excel does not have. Update Excel or use Excel on the web. The reasons are in the Sources sheet.',
    ]);
  });

  test('fills go out as one range per run of equal fills in a row', () => {
    expect(fillRuns(['a', 'a', 'b', 'a'])).toEqual([
      { start: 0, length: 2, fill: 'a' },
      { start: 2, length: 1, fill: 'b' },
      { start: 3, length: 1, fill: 'a' },
    ]);
  });
});
