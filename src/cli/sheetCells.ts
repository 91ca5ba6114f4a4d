import { type Literal, columnLetters, parseAddress } from '../core';
import { type XmlElement, XmlPartError, childElements, ownText } from './xmlTree';

/** The cells of a worksheet part as recalc needs them: values to read, and where each cell sits to rewrite it. */
export interface XlsxFormula {
  /** The formula text, decoded; empty for a cell that shares another cell's formula. */
  text: string;
  kind: string;
  sharedIndex: string | null;
}

/** A cell's value as Excel would pass it to a function: text, number, boolean, blank (null) or an error. */
export type XlsxValue = Literal | { error: string };

/** Where an element sits in the sheet's text: its '<' and one past its '>'. */
export interface Span {
  start: number;
  end: number;
}

export interface XlsxCell {
  address: string;
  row: number;
  column: number;
  type: string;
  formula: XlsxFormula | null;
  /** The <v> text or an inline string's text, decoded; null when the cell has neither. */
  raw: string | null;
  /** Where the <c> element sits in the sheet XML, to replace exactly it. */
  start: number;
  end: number;
  /** The <c> element as written; a rewrite splices into it, so whatever it does not change stays as it was. */
  element: string;
  /** Where the cell's <f>, <v> and inline string <is> sit in the sheet XML, when it has them. */
  parts: { formula: Span | null; value: Span | null; inline: Span | null };
}

const LAST_ROW = 1048576;
const LAST_COLUMN = 16384;

/** OOXML's escape for characters XML cannot carry, _xHHHH_; _x005F_ stands for an underscore that is text. */
export const decodeSheetText = (text: string): string => text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** The inverse of decodeSheetText: control characters (and CR, which XML would turn into LF) and literal _xHHHH_. */
export const encodeSheetText = (text: string): string =>
  text.replace(/_(?=x[0-9A-Fa-f]{4}_)|[\0-\x08\x0B-\x1F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);

/** Concatenated <t> texts of a string item (<si>, <is>), without phonetic runs (<rPh>), as Excel shows it. */
export function itemText(item: XmlElement): string {
  const texts: string[] = [];
  for (const child of item.children) {
    if (typeof child === 'string') continue;
    if (child.local === 't') texts.push(decodeSheetText(ownText(child)));
    else if (child.local === 'r') texts.push(...childElements(child, 't').map((t) => decodeSheetText(ownText(t))));
  }
  return texts.join('');
}

/** A cell's <f>, <v> and <is>, in one pass over its children; the format allows one of each. */
function cellParts(c: XmlElement, repeated: (local: string, count: number) => Error): Record<'f' | 'v' | 'is', XmlElement | null> {
  const parts: Record<'f' | 'v' | 'is', XmlElement | null> = { f: null, v: null, is: null };
  for (const child of c.children) {
    if (typeof child === 'string' || !(child.local === 'f' || child.local === 'v' || child.local === 'is')) continue;
    if (parts[child.local]) throw repeated(child.local, childElements(c, child.local).length);
    parts[child.local] = child;
  }
  return parts;
}

const spanOf = (element: XmlElement | null): Span | null => (element ? { start: element.start, end: element.end } : null);

/**
 * Reads every <c> of worksheet/sheetData/row, matched by local name so that any namespace prefix works. A row or
 * cell without its r attribute follows the previous one, as the format allows.
 */
export function readSheetCells(xml: string, worksheet: XmlElement, part: string): Map<string, XlsxCell> {
  const fail = (why: string) => new XmlPartError(`${part}: ${why}`);
  const cells = new Map<string, XlsxCell>();
  let row = 0;
  for (const rowElement of childElements(worksheet, 'sheetData').flatMap((data) => childElements(data, 'row'))) {
    const r = rowElement.attributes.r;
    row = r === undefined ? row + 1 : /^\d+$/.test(r) ? Number(r) : NaN;
    if (!(row >= 1 && row <= LAST_ROW)) throw fail(`the row number ${JSON.stringify(r ?? String(row))} is not one Excel has`);
    let column = 0;
    for (const c of childElements(rowElement, 'c')) {
      const at = c.attributes.r;
      const address = at === undefined ? { row, column: column + 1 } : /^[A-Za-z]+\d+$/.test(at) ? parseAddress(at) : null;
      if (!address || address.column > LAST_COLUMN) throw fail(`the cell address ${JSON.stringify(at ?? `column ${column + 1}`)} is not one Excel has`);
      column = address.column;
      const name = `${columnLetters(address.column)}${address.row}`;
      if (cells.has(name)) throw fail(`the cell ${name} appears twice`);
      const { f, v, is: inline } = cellParts(c, (local, count) => fail(`the cell ${name} has ${count} <${local}> elements; a cell has at most one`));
      cells.set(name, {
        address: name,
        row: address.row,
        column: address.column,
        type: c.attributes.t ?? 'n',
        formula: f ? { text: decodeSheetText(ownText(f)), kind: f.attributes.t ?? 'normal', sharedIndex: f.attributes.si ?? null } : null,
        raw: inline ? itemText(inline) : v ? decodeSheetText(ownText(v)) : null,
        start: c.start,
        end: c.end,
        element: xml.slice(c.start, c.end),
        parts: { formula: spanOf(f), value: spanOf(v), inline: spanOf(inline) },
      });
    }
  }
  return cells;
}
