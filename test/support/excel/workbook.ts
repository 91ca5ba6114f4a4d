import { FakeContext } from './context';
import { installGlobals } from './globals';
import type { Area } from './range';

/**
 * The one fake Excel the tests share: a workbook of sheets of cells, with spills, custom XML parts, comments and
 * notes, tables, frozen panes, formats and document settings, installed as the Excel and Office globals. Product
 * code runs against it through Excel.run, as in Excel: reads need load and sync, and every write lands in the cell
 * grid, where the test reads it back. Each request's size is recorded (requests, actions), so a test can hold the
 * pane to Excel on the web's payload limit.
 */
export interface FakeCell {
  formula: string | null;
  value: unknown;
  /** The cell's number format; '@' (text) keeps whatever is written as text. */
  format?: string;
  fill?: string;
  bold?: boolean;
}

/** A table: its header row at (top, left), then bodyRows rows (Excel keeps at least one, blank). */
export interface FakeTable {
  name: string;
  sheet: string;
  top: number;
  left: number;
  columns: number;
  bodyRows: number;
  hasHeaders: boolean;
}

/** One queued action of a request, in the order Excel applies them. */
export interface QueuedAction {
  target: string;
  member: string;
  /** The value set or the call's arguments (null for none). */
  payload: unknown;
}

/** Excel parses a string written with Range.values as a formula when it starts like one, unless the cell is text. */
const PARSED_AS_FORMULA = /^[=+\-@]/;
/** Excel's column count: a cell's key in its sheet's map is row * COLUMNS + column. */
const COLUMNS = 16_384;

type Block = unknown[][];

function checkShape(block: unknown, { rows, columns }: Area, property: string): asserts block is Block {
  const fits = Array.isArray(block) && block.length === rows && block.every((line) => Array.isArray(line) && line.length === columns);
  if (!fits) throw new Error(`InvalidArgument: ${property} for a ${rows} x ${columns} range must be ${rows} rows of ${columns}`);
}

export class FakeWorkbook {
  private readonly grid = new Map<string, Map<number, FakeCell>>();
  /** Spilled formulas by anchor ("Sheet1!row,column"): the size of the block each spills to. */
  readonly spills = new Map<string, { rows: number; columns: number }>();
  /** Custom XML parts by namespace. */
  readonly parts = new Map<string, string>();
  /** Threaded comments (Workbook.comments) and notes (Worksheet.notes), by address. */
  readonly comments = new Map<string, string>();
  readonly notes = new Map<string, string>();
  /** Each freeze of panes: the range frozen at (Sheet1!A1:B2), or the rows frozen (Sources!1:1). */
  readonly frozen: string[] = [];
  /** Tables by name. */
  readonly tables = new Map<string, FakeTable>();
  /** Handlers registered with a table's onChanged, so a test can play an edit. */
  readonly tableHandlers: (() => Promise<void> | void)[] = [];
  /** Ranges recalculated with Range.calculate ("Sheet1!r,c:rows x columns"), and full recalculations. */
  readonly calculated: string[] = [];
  fullCalculations = 0;
  /** Document settings and the add-in's startup behaviour, as Office keeps them for the file. */
  readonly settings = new Map<string, unknown>();
  startupBehavior: string | null = null;
  /** When set, Office refuses to save the settings with this message. */
  saveFailure: string | null = null;
  /** Which requirement sets the host has (all, unless a test says otherwise). */
  isSetSupported: (set: string, version: string) => boolean = () => true;
  /** Bytes of each request (one per context.sync()), and every queued action in order. */
  readonly requests: number[] = [];
  readonly actions: QueuedAction[] = [];
  activeSheet: string;
  /** The active cell, on the active sheet. */
  activeCell = { row: 0, column: 0 };
  /** The selection; an empty sheet means the active sheet. */
  selection = { sheet: '', top: 0, left: 0, rows: 1, columns: 1 };
  private tableCount = 0;

  constructor(readonly sheetNames: string[]) {
    this.activeSheet = sheetNames[0];
  }

  /** Requests sent so far (context.sync() calls). */
  get syncs(): number {
    return this.requests.length;
  }

  private cellsOf(sheet: string): Map<number, FakeCell> {
    let cells = this.grid.get(sheet);
    if (!cells) this.grid.set(sheet, (cells = new Map<number, FakeCell>()));
    return cells;
  }

  /** The stored cell, made blank when there is none yet. */
  private cell(cells: Map<number, FakeCell>, row: number, column: number): FakeCell {
    let cell = cells.get(row * COLUMNS + column);
    if (!cell) cells.set(row * COLUMNS + column, (cell = { formula: null, value: '' }));
    return cell;
  }

  /** Sets a cell's content; its format, fill and bold stay unless given. */
  set(sheet: string, row: number, column: number, content: Partial<FakeCell>): void {
    const cell = this.cell(this.cellsOf(sheet), row, column);
    cell.formula = content.formula ?? null;
    cell.value = content.value ?? '';
    if (content.format !== undefined) cell.format = content.format;
    if (content.fill !== undefined) cell.fill = content.fill;
    if (content.bold !== undefined) cell.bold = content.bold;
  }

  get(sheet: string, row: number, column: number): FakeCell {
    return this.grid.get(sheet)?.get(row * COLUMNS + column) ?? { formula: null, value: '' };
  }

  /** Excel reports a formula cell's formula, and a plain value as itself. */
  formulaAt(sheet: string, row: number, column: number): unknown {
    const cell = this.get(sheet, row, column);
    return cell.formula ?? cell.value;
  }

  /** A block of cells as Range reads it (values, formulas, numberFormat), with the fills and bold of each cell. */
  read({ sheet, top, left, rows, columns }: Area) {
    const grid = <T>(f: (cell: FakeCell, r: number, c: number) => T): T[][] =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => f(this.get(sheet, top + r, left + c), top + r, left + c)));
    return {
      values: grid((cell) => cell.value),
      formulas: grid((_, r, c) => this.formulaAt(sheet, r, c)),
      numberFormat: grid((cell) => cell.format ?? 'General'),
      fill: grid((cell) => cell.fill ?? null),
      bold: grid((cell) => cell.bold ?? false),
    };
  }

  /** Range.values / formulas / numberFormat = block, cell by cell, as Excel takes each. */
  write(area: Area, property: 'values' | 'formulas' | 'numberFormat', block: unknown): void {
    checkShape(block, area, property);
    const { sheet, top, left, rows, columns } = area;
    const cells = this.cellsOf(sheet);
    block.forEach((line, r) =>
      line.forEach((v, c) => {
        const cell = this.cell(cells, top + r, left + c);
        if (property === 'numberFormat') {
          cell.format = String(v);
          return;
        }
        const isFormula = typeof v === 'string' && cell.format !== '@' && (property === 'formulas' ? v.startsWith('=') : PARSED_AS_FORMULA.test(v));
        cell.formula = isFormula ? v : null;
        cell.value = isFormula ? '(not calculated)' : v;
      }),
    );
    if (property !== 'numberFormat' && (rows * columns > 1 || property === 'values')) this.spills.delete(`${sheet}!${top},${left}`);
  }

  paint({ sheet, top, left, rows, columns }: Area, paint: { fill?: string; bold?: boolean }): void {
    const cells = this.cellsOf(sheet);
    for (let r = top; r < top + rows; r++) for (let c = left; c < left + columns; c++) Object.assign(this.cell(cells, r, c), paint);
  }

  clear({ sheet, top, left, rows, columns }: Area): void {
    for (let r = top; r < top + rows; r++) for (let c = left; c < left + columns; c++) this.set(sheet, r, c, {});
    this.spills.delete(`${sheet}!${top},${left}`);
  }

  /** The smallest block holding every cell with a value or formula, or null for an empty sheet. */
  usedArea(sheet: string): Area | null {
    const keys = [...(this.grid.get(sheet) ?? new Map<number, FakeCell>())]
      .filter(([, cell]) => cell.formula !== null || cell.value !== '')
      .map(([key]) => key);
    if (keys.length === 0) return null;
    const rowsOf = keys.map((k) => Math.floor(k / COLUMNS));
    const columnsOf = keys.map((k) => k % COLUMNS);
    const top = Math.min(...rowsOf);
    const left = Math.min(...columnsOf);
    return { sheet, top, left, rows: Math.max(...rowsOf) - top + 1, columns: Math.max(...columnsOf) - left + 1 };
  }

  addSheet(name: string): void {
    if (this.sheetNames.some((n) => n.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: worksheet '${name}'`);
    this.sheetNames.push(name);
  }

  /** Puts a table on a sheet (added if missing), its header and rows written as values. */
  addTable(name: string, content: { header: unknown[]; rows: unknown[][] }, at: { sheet: string; row?: number; column?: number }): FakeTable {
    if (!this.sheetNames.includes(at.sheet)) this.addSheet(at.sheet);
    const [top, left] = [at.row ?? 0, at.column ?? 0];
    [content.header, ...content.rows].forEach((line, r) => line.forEach((value, c) => this.set(at.sheet, top + r, left + c, { value })));
    const table = { name, sheet: at.sheet, top, left, columns: content.header.length, bodyRows: Math.max(1, content.rows.length), hasHeaders: true };
    this.tables.set(name, table);
    return table;
  }

  /** Worksheet.tables.add: the range's first row is the header (when hasHeaders), the rest its body. */
  createTable({ sheet, top, left, rows, columns }: Area, hasHeaders: boolean): FakeTable {
    const table = { name: `Table${++this.tableCount}`, sheet, top, left, columns, bodyRows: Math.max(1, rows - 1), hasHeaders };
    this.tables.set(table.name, table);
    return table;
  }

  renameTable(table: FakeTable, name: string): void {
    this.tables.delete(table.name);
    table.name = name;
    this.tables.set(name, table);
  }

  /** Table.rows.add at the end: the rows below the table are not moved down, as no test puts anything there. */
  addTableRows(table: FakeTable, values: unknown[][]): void {
    const area = { sheet: table.sheet, top: table.top + 1 + table.bodyRows, left: table.left, rows: values.length, columns: table.columns };
    this.write(area, 'values', values);
    table.bodyRows += values.length;
  }

  /** A table's header and body values, as read from its cells. */
  tableContent(name: string): { header: unknown[]; rows: unknown[][] } {
    const table = this.tables.get(name);
    if (!table) throw new Error(`no table '${name}'`);
    const { values } = this.read({ sheet: table.sheet, top: table.top, left: table.left, rows: table.bodyRows + 1, columns: table.columns });
    return { header: values[0], rows: values.slice(1) };
  }

  /** Installs the fake as the global Excel and Office; the test file uninstalls them (uninstallGlobals). */
  install(): void {
    const run = (first: unknown, second?: unknown): Promise<unknown> => {
      // Excel.run(batch) or Excel.run(objectFromAnotherBatch, batch), as Office.js accepts both.
      const batch = typeof first === 'function' ? first : second;
      if (typeof batch !== 'function') return Promise.reject(new TypeError('Excel.run needs a batch function'));
      try {
        return Promise.resolve((batch as (context: FakeContext) => unknown)(new FakeContext(this)));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    const settings = {
      get: (name: string): unknown => this.settings.get(name) ?? null,
      set: (name: string, value: unknown): void => void this.settings.set(name, value),
      saveAsync: (callback: (result: { status: string; error?: { message: string } }) => void): void =>
        callback(this.saveFailure === null ? { status: 'succeeded' } : { status: 'failed', error: { message: this.saveFailure } }),
    };
    installGlobals({
      Excel: { run, CalculationType: { full: 'Full' } },
      Office: {
        context: { requirements: { isSetSupported: (set: string, version: string) => this.isSetSupported(set, version) }, document: { settings } },
        AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
        StartupBehavior: { load: 'Load', none: 'None' },
        addin: {
          setStartupBehavior: (behavior: string): Promise<void> => {
            this.startupBehavior = behavior;
            return Promise.resolve();
          },
        },
      },
    });
  }
}
