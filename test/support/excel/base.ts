import type { FakeContext } from './context';

/**
 * What every fake Excel object shares with Office.js proxy objects: what it loads arrives with the next
 * context.sync() (and holds the workbook's state at that sync); reading a property that was not loaded and synced
 * throws, as Excel does; isNullObject is known only after a sync. Method calls and property sets are queued on the
 * context, which counts their bytes per request.
 */
export class FakeObject {
  private readonly born: number;
  private readonly requested = new Set<string>();
  private readonly loaded = new Set<string>();

  constructor(
    protected readonly ctx: FakeContext,
    /** The object's name in the request log: a range's address, `worksheet(Sheet1)`, ... */
    readonly path: string,
  ) {
    this.born = ctx.syncs;
  }

  load(properties: string | string[]): this {
    this.ctx.queue(this.path, 'load', properties);
    this.request(properties);
    return this;
  }

  /** Asks for properties without a load of its own, as a parent's load('worksheet/name') or load('items/name') does. */
  request(properties: string | readonly string[], awaitSync = true): void {
    const list = typeof properties === 'string' ? properties.split(',') : properties;
    for (const property of list.map((p) => p.trim()).filter(Boolean)) {
      const [head, ...rest] = property.split('/');
      this.requested.add(head);
      if (rest.length) this.requestNested(head, rest.join('/'));
    }
    if (awaitSync) this.ctx.awaitSync(this);
  }

  protected requestNested(property: string, _nested: string): void {
    throw new Error(`${this.path} has no navigation property '${property}' to load through`);
  }

  /** Called by context.sync(): what was requested is now loaded. */
  deliver(): void {
    for (const property of this.requested) this.loaded.add(property);
    this.requested.clear();
    this.refresh();
  }

  /** Takes the workbook's state at this sync, for the properties just loaded. */
  protected refresh(): void {}

  protected loadedValue<T>(property: string, read: () => T): T {
    if (!this.loaded.has(property)) throw new Error(`PropertyNotLoaded: ${this.path}.${property} was read before load('${property}') and context.sync()`);
    return read();
  }

  protected exists(): boolean {
    return true;
  }

  get isNullObject(): boolean {
    if (this.ctx.syncs === this.born) throw new Error(`${this.path}.isNullObject was read before context.sync()`);
    return !this.exists();
  }
}

/** A collection whose items, and what load('items/...') asks of each, arrive with a sync. */
export abstract class FakeCollection<T extends FakeObject> extends FakeObject {
  private itemProperties: string[] = [];
  private listed: T[] = [];

  protected abstract list(): T[];

  protected override requestNested(property: string, nested: string): void {
    if (property !== 'items') super.requestNested(property, nested);
    else this.itemProperties.push(nested);
  }

  protected override refresh(): void {
    this.listed = this.list();
    for (const item of this.listed) {
      item.request(this.itemProperties, false);
      item.deliver();
    }
  }

  get items(): T[] {
    return this.loadedValue('items', () => this.listed);
  }
}
