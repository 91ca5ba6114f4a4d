import { FakeCollection, FakeObject } from './base';
import type { FakeContext } from './context';
import { type FakeRange, sheetRef } from './range';
import { FakeTableObject, FakeTables } from './tables';

/** Excel.Worksheet: its name needs a load; its ranges, panes, notes and tables do not. */
export class FakeWorksheet extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly sheetName: string,
  ) {
    super(ctx, `worksheet(${sheetName})`);
  }

  protected override exists(): boolean {
    return this.ctx.book.sheetNames.includes(this.sheetName);
  }

  get name(): string {
    return this.loadedValue('name', () => this.sheetName);
  }

  getRangeByIndexes(top: number, left: number, rows: number, columns: number): FakeRange {
    this.ctx.queue(this.path, 'getRangeByIndexes', [top, left, rows, columns]);
    return this.ctx.range({ sheet: this.sheetName, top, left, rows, columns });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.queue(this.path, 'getUsedRangeOrNullObject', valuesOnly ?? null);
    const used = this.ctx.book.usedArea(this.sheetName);
    return used ? this.ctx.range(used) : this.ctx.range({ sheet: this.sheetName, top: 0, left: 0, rows: 1, columns: 1 }, true);
  }

  activate(): void {
    this.ctx.queue(this.path, 'activate');
    this.ctx.book.activeSheet = this.sheetName;
  }

  readonly freezePanes = {
    freezeAt: (at: FakeRange): void => {
      this.ctx.queue(`${this.path}.freezePanes`, 'freezeAt', at.path);
      this.ctx.book.frozen.push(at.path);
    },
    freezeRows: (count: number): void => {
      this.ctx.queue(`${this.path}.freezePanes`, 'freezeRows', count);
      this.ctx.book.frozen.push(`${sheetRef(this.sheetName)}!1:${count}`);
    },
  };

  readonly notes = {
    add: (at: FakeRange, text: string): void => {
      this.ctx.queue(`${this.path}.notes`, 'add', [at.path, text]);
      this.ctx.book.notes.set(at.path, text);
    },
  };

  readonly tables = {
    add: (at: FakeRange, hasHeaders: boolean): FakeTableObject => {
      this.ctx.queue(`${this.path}.tables`, 'add', [at.path, hasHeaders]);
      return new FakeTableObject(this.ctx, this.ctx.book.createTable(at.area, hasHeaders));
    },
  };
}

class FakeWorksheets extends FakeCollection<FakeWorksheet> {
  protected list(): FakeWorksheet[] {
    return this.ctx.book.sheetNames.map((name) => this.ctx.worksheet(name));
  }

  add(name: string): FakeWorksheet {
    this.ctx.queue(this.path, 'add', name);
    this.ctx.book.addSheet(name);
    return this.ctx.worksheet(name);
  }

  getActiveWorksheet(): FakeWorksheet {
    this.ctx.queue(this.path, 'getActiveWorksheet');
    return this.ctx.worksheet(this.ctx.book.activeSheet);
  }

  getItem(name: string): FakeWorksheet {
    this.ctx.queue(this.path, 'getItem', name);
    if (!this.ctx.book.sheetNames.includes(name)) throw new Error(`ItemNotFound: no worksheet '${name}'`);
    return this.ctx.worksheet(name);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.ctx.queue(this.path, 'getItemOrNullObject', name);
    return this.ctx.worksheet(name);
  }
}

/** A ClientResult: its value arrives with the next sync. */
class FakeResult<T> extends FakeObject {
  private result: T | undefined;

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly compute: () => T,
  ) {
    super(ctx, path);
    this.request('value');
  }

  protected override refresh(): void {
    this.result = this.compute();
  }

  get value(): T {
    return this.loadedValue('value', () => this.result as T);
  }
}

/** The only custom XML part of a namespace, or a null object when the workbook has none. */
class FakePart extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly namespace: string,
  ) {
    super(ctx, `customXmlParts(${namespace})`);
  }

  protected override exists(): boolean {
    return this.ctx.book.parts.has(this.namespace);
  }

  getXml(): FakeResult<string> {
    this.ctx.queue(this.path, 'getXml');
    return new FakeResult(this.ctx, `${this.path}.xml`, () => this.ctx.book.parts.get(this.namespace) ?? '');
  }

  delete(): void {
    this.ctx.queue(this.path, 'delete');
    this.ctx.book.parts.delete(this.namespace);
  }
}

/** Excel.Workbook as the pane uses it. */
export class FakeWorkbookObject {
  readonly worksheets: FakeWorksheets;
  readonly tables: FakeTables;

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx, 'worksheets');
    this.tables = new FakeTables(ctx, 'tables');
  }

  getSelectedRange(): FakeRange {
    this.ctx.queue('workbook', 'getSelectedRange');
    const { sheet, top, left, rows, columns } = this.ctx.book.selection;
    return this.ctx.range({ sheet: sheet || this.ctx.book.activeSheet, top, left, rows, columns });
  }

  getActiveCell(): FakeRange {
    this.ctx.queue('workbook', 'getActiveCell');
    const { row, column } = this.ctx.book.activeCell;
    return this.ctx.range({ sheet: this.ctx.book.activeSheet, top: row, left: column, rows: 1, columns: 1 });
  }

  readonly customXmlParts = {
    getByNamespace: (namespace: string) => ({
      getOnlyItemOrNullObject: (): FakePart => {
        this.ctx.queue('customXmlParts', 'getByNamespace', namespace);
        return new FakePart(this.ctx, namespace);
      },
    }),
    add: (xml: string): void => {
      this.ctx.queue('customXmlParts', 'add', xml);
      const namespace = /xmlns="([^"]+)"/.exec(xml)?.[1];
      if (!namespace) throw new Error('InvalidArgument: a custom XML part needs a default namespace');
      this.ctx.book.parts.set(namespace, xml);
    },
  };

  readonly application = {
    calculate: (type: string): void => {
      this.ctx.queue('application', 'calculate', type);
      if (type === 'Full') this.ctx.book.fullCalculations++;
    },
  };

  /** Threaded comments, by the address they are added at. */
  readonly comments = {
    add: (address: string, text: string): void => {
      this.ctx.queue('comments', 'add', [address, text]);
      this.ctx.book.comments.set(address, text);
    },
    getItemByCell: (address: string) => ({
      delete: (): void => {
        this.ctx.queue('comments', 'deleteByCell', address);
        this.ctx.book.comments.delete(address);
      },
    }),
  };
}
