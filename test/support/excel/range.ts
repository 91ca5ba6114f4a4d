import { FakeObject } from './base';
import type { FakeContext } from './context';
import type { FakeWorksheet } from './objects';

/** Where a range is: zero-based top row and left column, and its size. */
export interface Area {
  sheet: string;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/** Excel's column letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The address Excel reports for an area: Sheet1!B2:F4, 'Bob''s data'!A1. */
/** A sheet's name as an address writes it: quoted, with quotes doubled, unless it is a plain word. */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function addressOf({ sheet, top, left, rows, columns }: Area): string {
  const prefix = sheetRef(sheet);
  const start = `${columnName(left)}${top + 1}`;
  return rows === 1 && columns === 1 ? `${prefix}!${start}` : `${prefix}!${start}:${columnName(left + columns - 1)}${top + rows}`;
}

/** Range.format: fills and bold land on the workbook's cells; reading them back is the test's job (FakeWorkbook.read). */
class FakeFormat {
  readonly fill: { color: string };
  readonly font: { bold: boolean };

  constructor(range: FakeRange, ctx: FakeContext) {
    const paint = (part: 'fill' | 'font', member: string, value: string | boolean) => {
      ctx.queue(`${range.path}.format.${part}`, member, value);
      ctx.book.paint(range.area, part === 'fill' ? { fill: String(value) } : { bold: Boolean(value) });
    };
    this.fill = {
      set color(value: string) {
        paint('fill', 'color', value);
      },
    };
    this.font = {
      set bold(value: boolean) {
        paint('font', 'bold', value);
      },
    };
  }
}

/**
 * Excel.Range over the workbook's cell grid. Writes to values, formulas and numberFormat land in the grid at once
 * (in order, as Excel applies a batch); what a load asks for is read from the grid at the next sync.
 */
export class FakeRange extends FakeObject {
  readonly format: FakeFormat;
  private snapshot: { values: unknown[][]; formulas: unknown[][]; numberFormat: unknown[][] } | null = null;
  private sheetObject: FakeWorksheet | null = null;

  constructor(
    ctx: FakeContext,
    readonly area: Area,
    private readonly isNull = false,
  ) {
    super(ctx, addressOf(area));
    this.format = new FakeFormat(this, ctx);
  }

  protected override exists(): boolean {
    return !this.isNull;
  }

  protected override requestNested(property: string, nested: string): void {
    if (property !== 'worksheet') super.requestNested(property, nested);
    else this.worksheet.request(nested);
  }

  protected override refresh(): void {
    this.snapshot = this.ctx.book.read(this.area);
  }

  private loadedBlock<K extends 'values' | 'formulas' | 'numberFormat'>(property: K): unknown[][] {
    return this.loadedValue(property, () => this.snapshot![property]);
  }

  get values(): unknown[][] {
    return this.loadedBlock('values');
  }
  set values(block: unknown[][]) {
    this.write('values', block);
  }
  get formulas(): unknown[][] {
    return this.loadedBlock('formulas');
  }
  set formulas(block: unknown[][]) {
    this.write('formulas', block);
  }
  get numberFormat(): unknown[][] {
    return this.loadedBlock('numberFormat');
  }
  set numberFormat(block: unknown[][]) {
    this.write('numberFormat', block);
  }

  private write(property: 'values' | 'formulas' | 'numberFormat', block: unknown[][]): void {
    this.ctx.queue(this.path, property, block);
    this.ctx.book.write(this.area, property, block);
  }

  get address(): string {
    return this.loadedValue('address', () => this.path);
  }
  get rowIndex(): number {
    return this.loadedValue('rowIndex', () => this.area.top);
  }
  get columnIndex(): number {
    return this.loadedValue('columnIndex', () => this.area.left);
  }
  get rowCount(): number {
    return this.loadedValue('rowCount', () => this.area.rows);
  }
  get columnCount(): number {
    return this.loadedValue('columnCount', () => this.area.columns);
  }

  /** A navigation property: usable without a load; its own properties (name) still need one. */
  get worksheet(): FakeWorksheet {
    this.sheetObject ??= this.ctx.worksheet(this.area.sheet);
    return this.sheetObject;
  }

  private relative(member: string, args: unknown[], top: number, left: number, rows: number, columns: number): FakeRange {
    this.ctx.queue(this.path, member, args);
    return this.ctx.range({ sheet: this.area.sheet, top, left, rows, columns });
  }

  getRow(row: number): FakeRange {
    return this.relative('getRow', [row], this.area.top + row, this.area.left, 1, this.area.columns);
  }

  getColumn(column: number): FakeRange {
    return this.relative('getColumn', [column], this.area.top, this.area.left + column, this.area.rows, 1);
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    const { top, left, rows, columns } = this.area;
    return this.relative('getResizedRange', [deltaRows, deltaColumns], top, left, rows + deltaRows, columns + deltaColumns);
  }

  /** The anchor's spill (FakeWorkbook.spills), or a null object when its formula spills nowhere. */
  getSpillingToRangeOrNullObject(): FakeRange {
    this.ctx.queue(this.path, 'getSpillingToRangeOrNullObject');
    const { sheet, top, left } = this.area;
    const spill = this.ctx.book.spills.get(`${sheet}!${top},${left}`);
    return spill ? this.ctx.range({ sheet, top, left, ...spill }) : this.ctx.range({ sheet, top, left, rows: 1, columns: 1 }, true);
  }

  calculate(): void {
    this.ctx.queue(this.path, 'calculate');
    const { sheet, top, left, rows, columns } = this.area;
    this.ctx.book.calculated.push(`${sheet}!${top},${left}:${rows}x${columns}`);
  }

  /** Clears contents (formats stay, as with 'Contents'), and the spill anchored here. */
  clear(applyTo?: string): void {
    this.ctx.queue(this.path, 'clear', applyTo ?? null);
    this.ctx.book.clear(this.area);
  }
}
