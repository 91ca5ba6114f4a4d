import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { type XlsxCell, type XlsxValue, decodeSheetText, itemText, readSheetCells } from './sheetCells';
import { type XmlElement, childElements, parseXmlPart, prefixedAttribute } from './xmlTree';

export type { XlsxCell, XlsxValue } from './sheetCells';
export { cellWithCachedValue } from './cachedValueCell';

/**
 * Just enough of an .xlsx package (SpreadsheetML) to read cell values and rewrite single cells in place. recalc
 * works on the XML text rather than through exceljs's object model because a load-and-save through exceljs
 * rewrites every part (style ids, shared-string indexes, features it does not model). Every part is read with an
 * XML parser (xmlTree.ts), which also says where each cell sits, so a rewrite splices new cells into the original
 * text and every byte outside them stays as it was. JSZip comes with exceljs.
 */
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

interface Relationship {
  id: string;
  type: string;
  path: string;
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

/** Reads a package's parts, each parsed once, and says which part a malformed one is. */
class PartReader {
  constructor(private readonly zip: JSZip) {}

  async text(path: string): Promise<string | null> {
    return (await this.zip.file(path)?.async('string')) ?? null;
  }

  async element(path: string): Promise<XmlElement | null> {
    const xml = await this.text(path);
    return xml === null ? null : parseXmlPart(xml, path);
  }

  async relationships(part: string): Promise<Relationship[]> {
    const root = await this.element(relsPath(part));
    if (!root) return [];
    return childElements(root, 'Relationship')
      .filter((r) => r.attributes.TargetMode !== 'External')
      .map((r) => ({ id: r.attributes.Id ?? '', type: r.attributes.Type ?? '', path: resolvePath(part, r.attributes.Target ?? '') }));
  }

  async table(path: string): Promise<XlsxTable> {
    const root = await this.element(path);
    const table = root?.attributes ?? {};
    const columns = root ? childElements(root, 'tableColumns').flatMap((c) => childElements(c, 'tableColumn')) : [];
    const name = (value: string | undefined) => decodeSheetText(value ?? '');
    return {
      name: name(table.displayName ?? table.name),
      ref: table.ref ?? '',
      headerRows: Number(table.headerRowCount ?? 1),
      totalsRows: Number(table.totalsRowCount ?? 0),
      columns: columns.map((c) => name(c.attributes.name)),
    };
  }
}

export class XlsxPackage {
  private constructor(
    private readonly zip: JSZip,
    readonly sheets: XlsxSheet[],
    private readonly sharedStrings: string[],
  ) {}

  /** Reads the workbook, its sheets, tables and shared strings; a malformed part throws an XmlPartError naming it. */
  static async open(data: Buffer | Uint8Array): Promise<XlsxPackage> {
    const zip = await JSZip.loadAsync(data);
    const parts = new PartReader(zip);
    const root = (await parts.relationships('')).find((r) => r.type.endsWith('/officeDocument'));
    const workbookPath = root?.path ?? 'xl/workbook.xml';
    const workbook = await parts.element(workbookPath);
    if (!workbook) throw new Error('Not an Excel workbook (no xl/workbook.xml)');
    const workbookRels = await parts.relationships(workbookPath);
    const stringsPart = workbookRels.find((r) => r.type.endsWith('/sharedStrings'));
    const strings = stringsPart ? await parts.element(stringsPart.path) : null;
    const sharedStrings = strings ? childElements(strings, 'si').map(itemText) : [];
    const sheets: XlsxSheet[] = [];
    for (const sheet of childElements(workbook, 'sheets').flatMap((s) => childElements(s, 'sheet'))) {
      const part = workbookRels.find((r) => r.id === prefixedAttribute(sheet, 'id'));
      const xml = part ? await parts.text(part.path) : null;
      if (!part || xml === null) continue;
      const tables: XlsxTable[] = [];
      for (const rel of await parts.relationships(part.path)) if (rel.type.endsWith('/table') && zip.file(rel.path)) tables.push(await parts.table(rel.path));
      const cells = readSheetCells(xml, parseXmlPart(xml, part.path), part.path);
      sheets.push({ name: decodeSheetText(sheet.attributes.name ?? ''), path: part.path, xml, cells, tables });
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
      const xml = spliceCells(sheet.xml, cells);
      // The last check before anything is written: a rewrite must never leave a part Excel cannot open.
      const verdict = XMLValidator.validate(xml);
      if (verdict !== true) throw new Error(`Nothing written: rewriting ${sheet.path} gave malformed XML (${verdict.err.msg}); this is a bug in recalc`);
      this.zip.file(sheet.path, xml);
    }
    return this.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }
}

/** The sheet text with each cell's element replaced, in one pass so that rewriting many cells stays linear. */
export function spliceCells(xml: string, cells: Map<XlsxCell, string>): string {
  const pieces: string[] = [];
  let at = 0;
  for (const [cell, element] of [...cells].sort((a, b) => a[0].start - b[0].start)) {
    if (cell.start < at) throw new Error(`Two rewrites of overlapping cells (${cell.address}); this is a bug in recalc`);
    pieces.push(xml.slice(at, cell.start), element);
    at = cell.end;
  }
  pieces.push(xml.slice(at));
  return pieces.join('');
}
