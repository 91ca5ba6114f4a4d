import { OfficeMockObject } from 'office-addin-mock';

/**
 * A small workbook for Excel.run tests. Every range is an office-addin-mock object, so reading a property that
 * was not loaded and synced fails as it does in Excel; writes to values or formulas land in a shared cell grid,
 * so later ranges (and the test) see them. Spilled formulas, custom XML parts and comments are modelled too.
 */
export interface FakeCell {
  formula: string | null;
  value: unknown;
  /** The cell's number format; '@' (text) keeps whatever is written as text. */
  format?: string;
}

/** Excel parses a string written with Range.values as a formula when it starts like one, unless the cell is text. */
const PARSED_AS_FORMULA = /^[=+\-@]/;

export class FakeWorkbook {
  readonly cells = new Map<string, FakeCell>();
  readonly spills = new Map<string, { rows: number; columns: number }>();
  readonly parts = new Map<string, string>();
  readonly comments = new Map<string, string>();
  /** Document settings and the add-in's startup behaviour, as Office keeps them for the file. */
  readonly settings = new Map<string, unknown>();
  startupBehavior: string | null = null;
  /** Ranges recalculated with Range.calculate ("Sheet1!r,c:rows x columns"), and full recalculations. */
  readonly calculated: string[] = [];
  fullCalculations = 0;
  /** Handlers registered with a table's onChanged, so a test can play an edit. */
  readonly tableHandlers: (() => Promise<void> | void)[] = [];
  /** Tables by name: header and body values, as a HarmonizeMappings table holds them. */
  readonly tables = new Map<string, { header: unknown[]; rows: unknown[][] }>();
  private readonly live: OfficeMockObject[] = [];
  /** While the mocks sync they assign loaded values to themselves; those are reads, not writes. */
  private syncing = false;
  activeSheet: string;
  selection = { sheet: '', top: 0, left: 0, rows: 1, columns: 1 };

  constructor(readonly sheetNames: string[]) {
    this.activeSheet = sheetNames[0];
  }

  set(sheet: string, row: number, column: number, cell: Partial<FakeCell>): void {
    const value = cell.value ?? '';
    const format = cell.format ?? this.cells.get(`${sheet}!${row},${column}`)?.format;
    this.cells.set(`${sheet}!${row},${column}`, { formula: cell.formula ?? null, value, ...(format !== undefined ? { format } : {}) });
  }

  private setFormat(sheet: string, row: number, column: number, format: string): void {
    const cell = this.get(sheet, row, column);
    this.cells.set(`${sheet}!${row},${column}`, { ...cell, format });
  }

  get(sheet: string, row: number, column: number): FakeCell {
    return this.cells.get(`${sheet}!${row},${column}`) ?? { formula: null, value: '' };
  }

  /** Excel reports a spilled cell's formula as its value, and a plain value as itself. */
  formulaAt(sheet: string, row: number, column: number): unknown {
    const cell = this.get(sheet, row, column);
    return cell.formula ?? cell.value;
  }

  private rect(sheet: string, top: number, left: number, rows: number, columns: number) {
    const grid = (f: (r: number, c: number) => unknown) => Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => f(top + r, left + c)));
    return {
      values: grid((r, c) => this.get(sheet, r, c).value),
      formulas: grid((r, c) => this.formulaAt(sheet, r, c)),
      numberFormat: grid((r, c) => this.get(sheet, r, c).format ?? 'General'),
    };
  }

  range(sheet: string, top: number, left: number, rows: number, columns: number, isNull = false): any {
    const book = this;
    const seeded = this.rect(sheet, top, left, rows, columns);
    const mock = new OfficeMockObject({
      isNullObject: isNull,
      values: seeded.values,
      formulas: seeded.formulas,
      numberFormat: seeded.numberFormat,
      rowIndex: top,
      columnIndex: left,
      rowCount: rows,
      columnCount: columns,
      worksheet: { name: sheet, getRangeByIndexes: (r: number, c: number, rs: number, cs: number) => book.range(sheet, r, c, rs, cs) },
      calculate: () => void book.calculated.push(`${sheet}!${top},${left}:${rows}x${columns}`),
      getSpillingToRangeOrNullObject: () => {
        const spill = book.spills.get(`${sheet}!${top},${left}`);
        return spill ? book.range(sheet, top, left, spill.rows, spill.columns) : book.range(sheet, top, left, 1, 1, true);
      },
      clear: () => {
        for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) book.set(sheet, top + r, left + c, {});
        book.spills.delete(`${sheet}!${top},${left}`);
      },
    });
    this.live.push(mock);
    return new Proxy(mock, {
      set(target, property, value) {
        if (!book.syncing && property === 'numberFormat' && Array.isArray(value)) {
          (value as unknown[][]).forEach((line, r) => line.forEach((f, c) => book.setFormat(sheet, top + r, left + c, String(f))));
        }
        if (!book.syncing && (property === 'values' || property === 'formulas') && Array.isArray(value)) {
          (value as unknown[][]).forEach((line, r) =>
            line.forEach((v, c) => {
              const text = book.get(sheet, top + r, left + c).format === '@';
              const isFormula =
                typeof v === 'string' && !text && (property === 'formulas' ? v.startsWith('=') : PARSED_AS_FORMULA.test(v));
              book.set(sheet, top + r, left + c, isFormula ? { formula: v as string, value: '(not calculated)' } : { value: v });
            }),
          );
          if (rows * columns > 1 || property === 'values') book.spills.delete(`${sheet}!${top},${left}`);
        }
        return Reflect.set(target, property, value);
      },
    });
  }

  private usedRange(sheet: string): any {
    const keys = [...this.cells.keys()].filter((k) => k.startsWith(`${sheet}!`) && (this.cells.get(k)!.formula || this.cells.get(k)!.value !== ''));
    if (keys.length === 0) return this.range(sheet, 0, 0, 1, 1, true);
    const points = keys.map((k) => k.slice(sheet.length + 1).split(',').map(Number));
    const top = Math.min(...points.map((p) => p[0]));
    const left = Math.min(...points.map((p) => p[1]));
    return this.range(sheet, top, left, Math.max(...points.map((p) => p[0])) - top + 1, Math.max(...points.map((p) => p[1])) - left + 1);
  }

  private worksheet(name: string): any {
    return {
      name,
      getRangeByIndexes: (r: number, c: number, rows: number, columns: number) => this.range(name, r, c, rows, columns),
      getUsedRangeOrNullObject: () => this.usedRange(name),
      activate: () => void (this.activeSheet = name),
      load: () => undefined,
    };
  }

  /** Installs the fake as the global Excel, the way Excel.run code finds it. */
  install(): void {
    const book = this;
    const sheets = this.sheetNames.map((n) => this.worksheet(n));
    const customXmlParts = {
      getByNamespace: (ns: string) => ({
        getOnlyItemOrNullObject: () => ({
          get isNullObject() {
            return !book.parts.has(ns);
          },
          getXml: () => ({ value: book.parts.get(ns) }),
          delete: () => book.parts.delete(ns),
        }),
      }),
      add: (xml: string) => {
        const ns = /xmlns="([^"]+)"/.exec(xml)![1];
        book.parts.set(ns, xml);
      },
    };
    const context = {
      workbook: {
        worksheets: {
          items: sheets,
          load: () => undefined,
          add: (name: string) => {
            book.sheetNames.push(name);
            const sheet = book.worksheet(name);
            sheets.push(sheet);
            return sheet;
          },
          getActiveWorksheet: () => ({ ...sheets.find((s) => s.name === book.activeSheet), load: () => undefined }),
          getItem: (name: string) => sheets.find((s) => s.name === name),
        },
        getSelectedRange: () => book.range(book.selection.sheet, book.selection.top, book.selection.left, book.selection.rows, book.selection.columns),
        customXmlParts,
        application: { calculate: () => void book.fullCalculations++ },
        tables: {
          load: () => undefined,
          get items() {
            return [...book.tables.keys()].map((name) => ({ name, getHeaderRowRange: () => context.workbook.tables.getItemOrNullObject(name).getHeaderRowRange() }));
          },
          getItemOrNullObject: (name: string) => {
            const table = book.tables.get(name);
            const block = (values: unknown[][]) => new OfficeMockObject({ values }) as any;
            const header = block(table ? [table.header] : [[]]);
            const body = block(table ? table.rows : [[]]);
            book.live.push(header, body);
            const onChanged = { add: (handler: () => Promise<void> | void) => (book.tableHandlers.push(handler), { context: {}, remove: () => undefined }) };
            return { isNullObject: !table, getHeaderRowRange: () => header, getDataBodyRange: () => body, onChanged };
          },
        },
        comments: {
          add: (address: string, text: string) => book.comments.set(address, text),
          getItemByCell: (address: string) => ({ delete: () => book.comments.delete(address) }),
        },
      },
      sync: async () => {
        book.syncing = true;
        try {
          for (const mock of book.live) await mock.sync();
        } finally {
          book.syncing = false;
        }
      },
    };
    (global as any).Excel = {
      // Excel.run(callback) or Excel.run(objectFromAnotherBatch, callback), as Office.js accepts both.
      run: async (first: unknown, second?: (c: unknown) => Promise<unknown>) => (typeof first === 'function' ? first(context) : second!(context)),
      CalculationType: { full: 'Full' },
    };
    (global as any).Office = {
      context: {
        requirements: { isSetSupported: () => true },
        document: {
          settings: {
            get: (name: string) => book.settings.get(name) ?? null,
            set: (name: string, value: unknown) => book.settings.set(name, value),
            saveAsync: (callback: (r: { status: string }) => void) => callback({ status: 'succeeded' }),
          },
        },
      },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      StartupBehavior: { load: 'Load', none: 'None' },
      addin: { setStartupBehavior: async (behavior: string) => void (book.startupBehavior = behavior) },
    };
  }
}
