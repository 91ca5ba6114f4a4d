import { FakeCollection, FakeObject } from './base';
import type { FakeContext } from './context';
import type { FakeRange } from './range';
import type { FakeTable } from './workbook';

/** Excel.Table over a FakeTable: its ranges are ranges of the grid, so reads and writes meet the cells. */
export class FakeTableObject extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly table: FakeTable | undefined,
    name = table?.name ?? '',
  ) {
    super(ctx, `table(${name})`);
  }

  protected override exists(): boolean {
    return this.table !== undefined && this.ctx.book.tables.get(this.table.name) === this.table;
  }

  private found(): FakeTable {
    if (!this.exists()) throw new Error(`ItemNotFound: ${this.path}`);
    return this.table!;
  }

  get name(): string {
    return this.loadedValue('name', () => this.found().name);
  }
  set name(name: string) {
    this.ctx.queue(this.path, 'name', name);
    this.ctx.book.renameTable(this.found(), name);
  }

  private part(member: string, top: number, rows: number): FakeRange {
    this.ctx.queue(this.path, member);
    const { sheet, left, columns } = this.found();
    return this.ctx.range({ sheet, top, left, rows, columns });
  }

  getRange(): FakeRange {
    const { top, bodyRows } = this.found();
    return this.part('getRange', top, bodyRows + 1);
  }

  getHeaderRowRange(): FakeRange {
    return this.part('getHeaderRowRange', this.found().top, 1);
  }

  getDataBodyRange(): FakeRange {
    const { top, bodyRows } = this.found();
    return this.part('getDataBodyRange', top + 1, bodyRows);
  }

  readonly rows = {
    add: (index: number | null | undefined, values: unknown[][]): void => {
      this.ctx.queue(`${this.path}.rows`, 'add', [index ?? null, values]);
      this.ctx.book.addTableRows(this.found(), values);
    },
  };

  readonly onChanged = {
    add: (handler: () => Promise<void> | void): { context: FakeContext; remove: () => void } => {
      this.ctx.queue(`${this.path}.onChanged`, 'add');
      const handlers = this.ctx.book.tableHandlers;
      handlers.push(handler);
      return { context: this.ctx, remove: () => void handlers.splice(handlers.indexOf(handler), 1) };
    },
  };
}

export class FakeTables extends FakeCollection<FakeTableObject> {
  protected list(): FakeTableObject[] {
    return [...this.ctx.book.tables.values()].map((table) => new FakeTableObject(this.ctx, table));
  }

  getItem(name: string): FakeTableObject {
    this.ctx.queue(this.path, 'getItem', name);
    const table = this.ctx.book.tables.get(name);
    if (!table) throw new Error(`ItemNotFound: no table '${name}'`);
    return new FakeTableObject(this.ctx, table);
  }

  getItemOrNullObject(name: string): FakeTableObject {
    this.ctx.queue(this.path, 'getItemOrNullObject', name);
    return new FakeTableObject(this.ctx, this.ctx.book.tables.get(name), name);
  }
}
