import type { FakeObject } from './base';
import { FakeWorkbookObject, FakeWorksheet } from './objects';
import { type Area, FakeRange } from './range';
import type { FakeWorkbook } from './workbook';

/**
 * One Excel.run batch. Every property set and method call is queued here as Office.js queues it, and its size
 * counted as the JSON it would travel as; context.sync() sends the request (its bytes go to FakeWorkbook.requests)
 * and delivers what was loaded.
 */
export class FakeContext {
  readonly workbook: FakeWorkbookObject;
  /** Syncs of this context so far. */
  syncs = 0;
  private pendingBytes = 0;
  private waiting: FakeObject[] = [];

  constructor(readonly book: FakeWorkbook) {
    this.workbook = new FakeWorkbookObject(this);
  }

  queue(target: string, member: string, payload: unknown = null): void {
    this.pendingBytes += JSON.stringify({ target, member, payload }).length;
    this.book.actions.push({ target, member, payload });
  }

  awaitSync(object: FakeObject): void {
    this.waiting.push(object);
  }

  sync(): Promise<void> {
    this.book.requests.push(this.pendingBytes);
    this.pendingBytes = 0;
    this.syncs++;
    const ready = this.waiting;
    this.waiting = [];
    for (const object of ready) object.deliver();
    return Promise.resolve();
  }

  range(area: Area, isNull = false): FakeRange {
    return new FakeRange(this, area, isNull);
  }

  worksheet(name: string): FakeWorksheet {
    return new FakeWorksheet(this, name);
  }
}
