import { OfficeMockObject } from 'office-addin-mock';
import type { Adoption } from '../../../src/core/dataset/catalog';
import { Harmonize } from '../../../src/core/harmonize';
import { isHarmonizeError } from '../../../src/core/errors';
import { CORRESPONDENCE_FILLS } from '../../../src/taskpane/excel/matrixPlan';
import { fillRuns, insertFormulaAtActiveCell, readSelectionValues, rowsPerSync, writeMatrix } from '../../../src/taskpane/excel/workbookWrites';
import { fixtureDataset } from '../../support/fixtureDataset';
import { HOSTILE } from '../../support/hostileText';

const engine = Harmonize.fromDataset(fixtureDataset());
const errorText = (value: unknown): string => (isHarmonizeError(value) ? `${value.code} ${value.message}` : 'not an error');

const workbookRow: Adoption = {
  standard: 'ISO 9001:2015', jurisdiction: 'CN', designation: '', correspondence: null, degreeRule: null, year: null, status: null,
  adopts: null, en: null, source: 'https://example.org/pack', read: '2026-12-04', provenance: 'workbook', rule: null, note: null,
};

/**
 * An office-addin-mock workbook whose sheet hands out one mock range per (row, column, rows, columns), so the
 * test can read back exactly what was written where. `existing` pre-fills the target with values.
 */
function mockExcel(existing: unknown[][] | null = null, supported = true) {
  const ranges = new Map<string, OfficeMockObject & Record<string, any>>();
  const notes = new Map<string, string>();
  const frozen: string[] = [];
  const added: string[] = [];
  const parts: string[] = [];
  const takenSheets = new Set(['Sheet1']);
  const keyOf = (range: unknown) => [...ranges.entries()].find(([, r]) => r === range)?.[0] ?? '?';
  const tables: { address: string; hasHeaders: boolean; mock: any }[] = [];
  let syncs = 0;
  const rangeAt = (r: number, c: number, rows: number, cols: number) => {
    const key = `${r},${c},${rows},${cols}`;
    if (!ranges.has(key)) {
      const values = existing && r === 1 && c === 1 ? existing : Array.from({ length: rows }, () => Array(cols).fill(''));
      ranges.set(
        key,
        new OfficeMockObject({
          values,
          address: `Sheet1!R${r + 1}C${c + 1}:R${r + rows}C${c + cols}`,
          format: { fill: {}, font: {} },
          getColumn: function () {
            return this.column;
          },
          column: { format: { font: {} } },
        }) as any,
      );
    }
    return ranges.get(key)!;
  };
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        activeCell: { rowIndex: 1, columnIndex: 1, address: 'Sheet1!B2', formulas: [['']] },
        selection: { values: [['ISO 9001'], [''], ['ISO 13485']] },
        getActiveCell: function () {
          return this.activeCell;
        },
        getSelectedRange: function () {
          return this.selection;
        },
        worksheets: {
          sheet: {
            getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => rangeAt(r, c, rows, cols),
            freezePanes: { freezeAt: (range: unknown) => frozen.push(keyOf(range)), freezeRows: (n: number) => frozen.push(`rows ${n}`) },
            notes: { add: (range: unknown, text: string) => notes.set(keyOf(range), text) },
            activate: () => undefined,
            tables: {
              add: (range: any, hasHeaders: boolean) => {
                const table = new OfficeMockObject({ name: '', getRange: () => range }) as any;
                const key = [...ranges.entries()].find(([, r]) => r === range)?.[0] ?? '?';
                tables.push({ address: key, hasHeaders, mock: table });
                return table;
              },
            },
          },
          getActiveWorksheet: function () {
            return this.sheet;
          },
          getItemOrNullObject: (name: string) => ({ isNullObject: !takenSheets.has(name) }),
          add: function (name: string) {
            added.push(name);
            takenSheets.add(name);
            return this.sheet;
          },
        },
        customXmlParts: {
          getByNamespace: () => ({ getOnlyItemOrNullObject: () => ({ isNullObject: true }) }),
          add: (xml: string) => parts.push(xml),
        },
      },
    },
    run: async function (callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  }) as any;
  // The sheet's ranges are separate mocks, so a context.sync() must also sync them, as Excel's would.
  const syncContext = mock.context.sync.bind(mock.context);
  mock.context.sync = async () => {
    syncs++;
    await syncContext();
    for (const range of ranges.values()) await range.sync();
  };
  (global as any).Excel = mock;
  (global as any).Office = { context: { requirements: { isSetSupported: () => supported } } };
  return { mock, ranges, tables, syncs: () => syncs, rangeAt, notes, frozen, added, parts, takenSheets };
}

describe('workbook writes', () => {
  test('insertFormulaAtActiveCell writes the formula to the active cell', async () => {
    const { mock } = mockExcel();
    await insertFormulaAtActiveCell('=HARMONIZE.EQUIVALENT("ISO 9001","CN")');
    expect(mock.context.workbook.activeCell.formulas).toEqual([['=HARMONIZE.EQUIVALENT("ISO 9001","CN")']]);
  });

  test('readSelectionValues reads the selected range', async () => {
    mockExcel();
    expect(await readSelectionValues()).toEqual([['ISO 9001'], [''], ['ISO 13485']]);
  });

  test('writeMatrix writes headers, live formulas pointing at them, a table, fills and a legend', async () => {
    const { tables, rangeAt } = mockExcel();
    const confirm = jest.fn(async () => true);
    const outcome = await writeMatrix(engine, { standards: ['ISO 9001', 'ISO 13485'], jurisdictions: ['CN', 'EU'], field: 'designation', mode: 'formulas' }, { confirmOverwrite: confirm });
    expect(outcome.status).toBe('written');
    expect(confirm).not.toHaveBeenCalled();
    expect(rangeAt(1, 1, 1, 3).values).toEqual([['Standard', 'CN', 'EU']]);
    expect(rangeAt(2, 1, 2, 1).numberFormat).toEqual([['@'], ['@']]);
    expect(rangeAt(2, 1, 2, 1).values).toEqual([['ISO 9001'], ['ISO 13485']]);
    expect(rangeAt(2, 2, 2, 2).formulas).toEqual([
      ['=HARMONIZE.EQUIVALENT($B3,C$2,"designation")', '=HARMONIZE.EQUIVALENT($B3,D$2,"designation")'],
      ['=HARMONIZE.EQUIVALENT($B4,C$2,"designation")', '=HARMONIZE.EQUIVALENT($B4,D$2,"designation")'],
    ]);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ address: '1,1,3,3', hasHeaders: true });
    expect(tables[0].mock.name).toMatch(/^HarmonizeMatrix_/);
    // ISO 9001 is IDT in CN and EU; ISO 13485 has no CN record and is IDT in the EU.
    expect(rangeAt(2, 2, 1, 2).format.fill.color).toBe(CORRESPONDENCE_FILLS.IDT);
    expect(rangeAt(3, 2, 1, 1).format.fill.color).toBe(CORRESPONDENCE_FILLS.none);
    expect(rangeAt(3, 3, 1, 1).format.fill.color).toBe(CORRESPONDENCE_FILLS.IDT);
    expect(rangeAt(1, 5, 6, 1).values).toEqual([['Correspondence'], ['IDT'], ['MOD'], ['NEQ'], ['unknown'], ['none']]);
  });

  test('static values mode writes what core computes now', async () => {
    const { rangeAt } = mockExcel();
    await writeMatrix(engine, { standards: ['ISO 9001'], jurisdictions: ['CN', 'US'], field: 'designation', mode: 'values' }, { confirmOverwrite: async () => true });
    expect(rangeAt(2, 1, 1, 1).values).toEqual([['ISO 9001']]);
    expect(rangeAt(2, 2, 1, 2).values).toEqual([['GB/T 19001-2016', '#N/A']]);
    expect(rangeAt(2, 2, 1, 2).formulas).toBeUndefined();
  });

  test.each(HOSTILE)('static values from data land as text, never as a formula: %j', async (hostile) => {
    const overlaid = engine.withOverlay([{ ...workbookRow, designation: hostile }]);
    const { rangeAt } = mockExcel();
    await writeMatrix(overlaid, { standards: ['ISO 9001', 'ISO 13485'], jurisdictions: ['CN'], field: 'designation', mode: 'values' }, { confirmOverwrite: async () => true });
    const body = rangeAt(2, 2, 2, 1);
    expect(body.values).toEqual([[hostile], ['#N/A']]);
    expect(body.numberFormat).toEqual([['@'], ['General']]);
    expect(body.formulas).toBeUndefined();
  });

  test.each(HOSTILE)('a standard or jurisdiction that looks like a formula is written as text: %j', async (hostile) => {
    const { rangeAt } = mockExcel();
    await writeMatrix(engine, { standards: [hostile], jurisdictions: [hostile], field: 'designation', mode: 'formulas' }, { confirmOverwrite: async () => true });
    expect(rangeAt(1, 1, 1, 2).numberFormat).toEqual([['@', '@']]);
    expect(rangeAt(1, 1, 1, 2).values).toEqual([['Standard', hostile]]);
    expect(rangeAt(2, 1, 1, 1).numberFormat).toEqual([['@']]);
    expect(rangeAt(2, 1, 1, 1).values).toEqual([[hostile]]);
  });

  test('spill mode writes one MATRIX formula and no table', async () => {
    const { rangeAt, tables } = mockExcel();
    await writeMatrix(engine, { standards: ['ISO 9001', 'ISO 13485'], jurisdictions: ['CN'], field: 'edition', mode: 'spill' }, { confirmOverwrite: async () => true });
    expect(rangeAt(1, 1, 1, 1).formulas).toEqual([['=HARMONIZE.MATRIX({"ISO 9001";"ISO 13485"},{"CN"},"edition")']]);
    expect(tables).toHaveLength(0);
  });

  test('a non-empty target asks first, and a refusal writes nothing', async () => {
    const { rangeAt, ranges, tables } = mockExcel([['keep me', '', '', '', ''], ['', '', '', '', ''], ['', '', '', '', '']]);
    const confirm = jest.fn(async () => false);
    const outcome = await writeMatrix(engine, { standards: ['ISO 9001', 'ISO 13485'], jurisdictions: ['CN', 'EU'], field: 'designation', mode: 'formulas' }, { confirmOverwrite: confirm });
    expect(confirm).toHaveBeenCalledWith('Sheet1!R2C2:R4C6');
    expect(outcome).toEqual({ status: 'declined' });
    expect(rangeAt(1, 1, 3, 5).values[0][0]).toBe('keep me');
    expect([...ranges.keys()]).toEqual(['1,1,3,5']);
    expect(tables).toHaveLength(0);
  });

  test('large matrices sync once per chunk of cells, report progress, and stop when cancelled', async () => {
    const standards = Array.from({ length: 450 }, () => 'ISO 9001');
    const jurisdictions = Array.from({ length: 99 }, () => 'CN');
    const batch = rowsPerSync(jurisdictions.length + 1);
    const { syncs } = mockExcel();
    const progress: number[] = [];
    await writeMatrix(engine, { standards, jurisdictions, field: 'designation', mode: 'values' }, { confirmOverwrite: async () => true, onProgress: (done) => progress.push(done) });
    expect(batch).toBe(40);
    expect(progress).toEqual([...Array.from({ length: 11 }, (_, i) => (i + 1) * batch), 450]);
    // Under 20 requests for the matrix, then its Sources sheet: one row per cell, a request per rowsPerSync(9) rows.
    expect(syncs()).toBeLessThan(20 + Math.ceil((450 * 99 + 1) / rowsPerSync(9)) + 5);

    mockExcel();
    const controller = new AbortController();
    const outcome = await writeMatrix(engine, { standards, jurisdictions, field: 'designation', mode: 'values' }, {
      confirmOverwrite: async () => true,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(outcome).toEqual({ status: 'cancelled', rowsWritten: batch });
  });

  test('an inserted matrix can be handed on: frozen headers, notes with reasons, a Sources sheet and the stamp', async () => {
    const { rangeAt, notes, frozen, added, parts } = mockExcel();
    const outcome = await writeMatrix(engine, { standards: ['ISO 9001', 'ISO 13485'], jurisdictions: ['CN', 'EU'], field: 'designation', mode: 'formulas' }, { confirmOverwrite: async () => true });
    expect(outcome).toEqual({ status: 'written', address: 'Sheet1!R2C2:R4C6', sourcesSheet: 'Sources', skipped: [] });
    // The matrix starts at B2: rows 1-2 and columns A-B stay in view.
    expect(frozen).toEqual(['0,0,2,2', 'rows 1']);
    // ISO 13485 has no CN record: only that cell (C4) is noted, with the reason its formula gives.
    expect([...notes.keys()]).toEqual(['3,2,1,1']);
    expect(notes.get('3,2,1,1')).toBe(errorText(engine.equivalentCell('ISO 13485', 'CN', 'designation')));
    expect(added).toEqual(['Sources']);
    const sources = rangeAt(0, 0, 5, 9);
    expect(sources.values[0]).toEqual(['standard', 'jurisdiction', 'designation', 'correspondence', 'edition', 'provenance', 'source', 'read', 'reason']);
    expect(sources.values[1].slice(0, 4)).toEqual(['ISO 9001', 'CN', 'GB/T 19001-2016', 'IDT']);
    expect(sources.values[3][8]).toBe(notes.get('3,2,1,1'));
    expect(sources.numberFormat.flat().every((f: string) => f === '@')).toBe(true);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toContain(engine.catalog.dataset.checksum);
  });

  test('a second matrix gets its own Sources sheet; a host without notes or freezing says what it left out', async () => {
    const { notes, frozen, added, takenSheets } = mockExcel(null, false);
    takenSheets.add('Sources');
    const outcome = await writeMatrix(engine, { standards: ['ISO 13485'], jurisdictions: ['CN'], field: 'designation', mode: 'values' }, { confirmOverwrite: async () => true });
    expect(added).toEqual(['Sources (2)']);
    expect(notes.size).toBe(0);
    expect(frozen).toEqual([]);
    expect(outcome).toMatchObject({ status: 'written', sourcesSheet: 'Sources (2)' });
    expect(outcome.status === 'written' && outcome.skipped).toEqual([
      "Freezing a matrix's headers needs ExcelApi 1.7, which this version of Excel does not have. Update Excel or use Excel on the web.",
      'Notes with the reason of each #N/A needs ExcelApi 1.18, which this version of Excel does not have. Update Excel or use Excel on the web. The reasons are in the Sources sheet.',
    ]);
  });

  test('fills go out as one range per run of equal fills in a row', () => {
    expect(fillRuns(['a', 'a', 'b', 'a'])).toEqual([{ start: 0, length: 2, fill: 'a' }, { start: 2, length: 1, fill: 'b' }, { start: 3, length: 1, fill: 'a' }]);
  });
});
