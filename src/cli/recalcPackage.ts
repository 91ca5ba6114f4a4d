import JSZip from 'jszip';
import { type Literal } from '../core/formula';
import { parseAddress } from '../core/mappings';
import { escapeXml, unescapeXml } from '../core/xmlText';

/**
 * Just enough of an .xlsx package (SpreadsheetML) to read cell values and rewrite single cells in place. recalc
 * works on the XML text rather than through exceljs's object model because a load-and-save through exceljs
 * rewrites every part (style ids, shared-string indexes, features it does not model); here every byte outside
 * the rewritten cells stays as it was. JSZip comes with exceljs.
 */
export interface XlsxFormula {
  /** The formula text, unescaped; empty for a cell that shares another cell's formula. */
  text: string;
  kind: string;
  sharedIndex: string | null;
  /** The original <f> element, kept verbatim when the cell is rewritten. */
  element: string;
}

export interface XlsxCell {
  address: string;
  row: number;
  column: number;
  type: string;
  formula: XlsxFormula | null;
  /** The <v> text (unescaped) or an inline string's text; null when the cell has none. */
  raw: string | null;
  /** Where the <c> element sits in the sheet XML, to replace exactly it. */
  start: number;
  end: number;
  attributes: string;
  inner: string;
}

export interface XlsxSheet {
  name: string;
  path: string;
  xml: string;
  cells: Map<string, XlsxCell>;
  tables: XlsxTable[];
}

export interface XlsxTable {
  name: string;
  ref: string;
  headerRows: number;
  totalsRows: number;
  columns: string[];
}

export type XlsxValue = Literal | { error: string };

/** A cell's text as a sheet stores it: XML entities, then OOXML's own _xHHHH_ escapes for control characters. */
export function unescapeSheetText(text: string): string {
  return unescapeXml(text).replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes[m[1]] = unescapeSheetText(m[2] ?? m[3]);
  return attributes;
}

/** Concatenated <t> texts of a string item, without phonetic runs (<rPh>), as Excel shows it. */
function itemText(xml: string): string {
  const visible = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  return [...visible.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)].map((m) => unescapeSheetText(m[1] ?? '')).join('');
}

function resolvePath(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function parseCells(xml: string): Map<string, XlsxCell> {
  const cells = new Map<string, XlsxCell>();
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attributes = attributesOf(m[1]);
    const address = attributes.r ? parseAddress(attributes.r) : null;
    if (!address) throw new Error('A cell without an address (r attribute); this writer is not supported');
    const inner = m[2] ?? '';
    const f = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner);
    const fAttributes = f ? attributesOf(f[1]) : {};
    const v = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(inner);
    const inline = /<is>([\s\S]*?)<\/is>/.exec(inner);
    cells.set(attributes.r.toUpperCase(), {
      address: attributes.r.toUpperCase(),
      row: address.row,
      column: address.column,
      type: attributes.t ?? 'n',
      formula: f ? { text: unescapeSheetText(f[2] ?? ''), kind: fAttributes.t ?? 'normal', sharedIndex: fAttributes.si ?? null, element: f[0] } : null,
      raw: inline ? itemText(inline[1]) : v ? unescapeSheetText(v[1]) : null,
      start: m.index!,
      end: m.index! + m[0].length,
      attributes: m[1],
      inner,
    });
  }
  return cells;
}

export class XlsxPackage {
  private constructor(
    private readonly zip: JSZip,
    readonly sheets: XlsxSheet[],
    private readonly sharedStrings: string[],
  ) {}

  static async open(data: Buffer | Uint8Array): Promise<XlsxPackage> {
    const zip = await JSZip.loadAsync(data);
    const text = async (path: string): Promise<string | null> => (await zip.file(path)?.async('string')) ?? null;
    const relationships = async (part: string) => {
      const xml = (await text(relsPath(part))) ?? '';
      return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => attributesOf(m[0])).map((r) => ({ id: r.Id, type: r.Type ?? '', path: resolvePath(part, r.Target ?? '') }));
    };
    const root = (await relationships('')).find((r) => r.type.endsWith('/officeDocument'));
    const workbookPath = root?.path ?? 'xl/workbook.xml';
    const workbookXml = await text(workbookPath);
    if (workbookXml === null) throw new Error('Not an Excel workbook (no xl/workbook.xml)');
    const workbookRels = await relationships(workbookPath);
    const stringsPart = workbookRels.find((r) => r.type.endsWith('/sharedStrings'));
    const stringsXml = stringsPart ? ((await text(stringsPart.path)) ?? '') : '';
    const sharedStrings = [...stringsXml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((m) => itemText(m[1] ?? ''));
    const sheets: XlsxSheet[] = [];
    for (const tag of workbookXml.match(/<sheet\b[^>]*>/g) ?? []) {
      const attributes = attributesOf(tag);
      const id = Object.entries(attributes).find(([k]) => k.endsWith(':id'))?.[1];
      const part = workbookRels.find((r) => r.id === id);
      const xml = part && (await text(part.path));
      if (!part || xml === null || xml === undefined) continue; // chart sheets and dialog sheets hold no cells
      const tables: XlsxTable[] = [];
      for (const rel of (await relationships(part.path)).filter((r) => r.type.endsWith('/table'))) {
        const tableXml = (await text(rel.path)) ?? '';
        const head = attributesOf(/<table\b[^>]*>/.exec(tableXml)?.[0] ?? '');
        tables.push({
          name: head.displayName ?? head.name ?? '',
          ref: head.ref ?? '',
          headerRows: Number(head.headerRowCount ?? 1),
          totalsRows: Number(head.totalsRowCount ?? 0),
          columns: [...tableXml.matchAll(/<tableColumn\b[^>]*>/g)].map((m) => attributesOf(m[0]).name ?? ''),
        });
      }
      sheets.push({ name: attributes.name ?? '', path: part.path, xml, cells: parseCells(xml), tables });
    }
    return new XlsxPackage(zip, sheets, sharedStrings);
  }

  /** The custom XML parts' texts (customXml/item*.xml), where the add-in keeps the dataset stamp. */
  async customXmlParts(): Promise<string[]> {
    const names = Object.keys(this.zip.files).filter((name) => /^customXml\/item\d+\.xml$/.test(name));
    return Promise.all(names.map((name) => this.zip.file(name)!.async('string')));
  }

  sheet(name: string): XlsxSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** A cell's value as Excel would pass it to a function: text, number, boolean, blank (null) or an error. */
  value(cell: XlsxCell | undefined): XlsxValue {
    if (!cell || cell.raw === null) return null;
    switch (cell.type) {
      case 's':
        return this.sharedStrings[Number(cell.raw)] ?? '';
      case 'b':
        return cell.raw === '1' || cell.raw.toLowerCase() === 'true';
      case 'e':
        return { error: cell.raw };
      case 'str':
      case 'inlineStr':
      case 'd':
        return cell.raw;
      default:
        return cell.raw === '' ? null : Number(cell.raw);
    }
  }

  /** Writes the package with each sheet's cells replaced by the given elements; every other part is untouched. */
  async write(replacements: Map<XlsxSheet, Map<XlsxCell, string>>): Promise<Buffer> {
    for (const [sheet, cells] of replacements) {
      if (cells.size === 0) continue;
      // One pass over the sheet, so that rewriting many cells stays linear in the sheet's size.
      const pieces: string[] = [];
      let at = 0;
      for (const [cell, element] of [...cells].sort((a, b) => a[0].start - b[0].start)) {
        pieces.push(sheet.xml.slice(at, cell.start), element);
        at = cell.end;
      }
      pieces.push(sheet.xml.slice(at));
      this.zip.file(sheet.path, pieces.join(''));
    }
    return this.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }
}

/** The <c> element with a new cached value; its address, style, formula and anything else are kept verbatim. */
export function cellWithCachedValue(cell: XlsxCell, value: XlsxValue): string {
  const [type, text] =
    value === null ? ['str', '']
    : typeof value === 'object' ? ['e', value.error]
    : typeof value === 'number' ? [null, String(value)]
    : typeof value === 'boolean' ? ['b', value ? '1' : '0']
    : ['str', value];
  const withoutType = cell.attributes.replace(/\s+t\s*=\s*("[^"]*"|'[^']*')/, '');
  const attributes = type ? `${withoutType} t="${type}"` : withoutType;
  const rest = cell.inner.replace(/<v(?:\s[^>]*)?>[\s\S]*?<\/v>|<v\s*\/>/, '').replace(/<is>[\s\S]*?<\/is>/, '');
  const formula = cell.formula?.element ?? '';
  const v = `<v>${escapeXml(text)}</v>`;
  return `<c${attributes}>${formula ? rest.replace(formula, () => formula + v) : v + rest}</c>`;
}
