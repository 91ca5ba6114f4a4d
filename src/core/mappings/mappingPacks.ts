import { csvRows, parseCsv, toCsv } from '../csv';
import type { Adoption } from '../dataset/catalog';
import { splitEditionId } from '../identifiers/parseStandardId';
import { MAPPING_COLUMNS, type MappingColumn } from './mappingColumns';
import { type MappingImport, type MappingReadOptions, readMappingRows, readMappingRowsInSlices, ROWS_PER_SLICE } from './readMappingRows';

export type MappingPackFormat = 'csv' | 'json';

/** A pack as a header and rows, before validation: the same shape as a workbook table. */
export interface MappingTable {
  header: string[];
  rows: unknown[][];
}

/**
 * The characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"): =, +, -, @, and the
 * tab and carriage return that some importers strip before looking.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/** Whether a spreadsheet would read this text as a formula if it were typed or written as a value. */
export function readsAsFormula(value: unknown): value is string {
  return typeof value === 'string' && FORMULA_TRIGGER.test(value);
}

/**
 * Neutralises one CSV cell by OWASP's advice: a leading apostrophe, so that Excel, LibreOffice and Google Sheets
 * show the text instead of running it. We chose the apostrophe over a leading tab because it is visible (a reader
 * sees why the cell looks different) and because our own import removes it again, so export-import round-trips.
 */
export function neutraliseCsvCell(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

/** Undoes `neutraliseCsvCell` for packs we (or another OWASP-minded tool) wrote. */
function restoreCsvCell(text: string): string {
  return text.startsWith("'") && FORMULA_TRIGGER.test(text.slice(1)) ? text.slice(1) : text;
}

function parseJsonPack(text: string): MappingTable | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { mappings?: unknown } | null)?.mappings;
  if (!Array.isArray(list)) return 'A JSON mapping pack is an array of mappings, or an object with a "mappings" array';
  const bad = list.findIndex((entry) => typeof entry !== 'object' || entry === null || Array.isArray(entry));
  if (bad !== -1) return `Mapping ${bad + 1} is not an object with named fields`;
  const records = list as Record<string, unknown>[];
  // The header is every key in order of first appearance, so an unknown key is reported like an unknown column.
  const header = [...new Set(records.flatMap((r) => Object.keys(r)))];
  return { header, rows: records.map((r) => header.map((key) => r[key] ?? null)) };
}

/** Reads a CSV or JSON mapping pack into a header and rows; a file that cannot be read at all gives its reason. */
export function parseMappingPack(text: string, format: MappingPackFormat): MappingTable | string {
  if (format === 'json') return parseJsonPack(text);
  const [header, ...rows] = parseCsv(text);
  if (!header) return 'The CSV file is empty';
  return { header, rows: rows.map((row) => row.map(restoreCsvCell)) };
}

/**
 * The largest pack the pane reads: a mapping row is a few hundred bytes, so 2 MB holds some 10,000 rows, well past
 * any analyst's own table, while a larger file would stall the runtime that also serves the functions.
 */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;
export const MAX_PACK_ROWS = 20_000;

/** Why a file of this size is refused before it is read, or null when it may be read. */
export function packSizeProblem(bytes: number): string | null {
  return bytes > MAX_PACK_BYTES
    ? `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; mapping packs are limited to ${MAX_PACK_BYTES / 1024 / 1024} MB. Split it and import the parts.`
    : null;
}

const refuse = (reason: string): MappingImport => ({ accepted: [], rejected: [{ row: 0, reason }] });
const tooManyRows = (rows: number): string => `The file has ${rows} rows; mapping packs are limited to ${MAX_PACK_ROWS}. Split it and import the parts.`;

/** The pack's table, or the reason (as a rejected header, row 0) it is not read at all. */
function packTable(text: string, format: MappingPackFormat): MappingTable | MappingImport {
  const tooBig = packSizeProblem(text.length);
  if (tooBig) return refuse(tooBig);
  const table = parseMappingPack(text, format);
  if (typeof table === 'string') return refuse(table);
  return table.rows.length > MAX_PACK_ROWS ? refuse(tooManyRows(table.rows.length)) : table;
}

/** packTable, with a CSV read a slice of rows at a time and `pause` awaited between slices. */
async function packTableInSlices(text: string, format: MappingPackFormat, pause: () => Promise<void>): Promise<MappingTable | MappingImport> {
  if (format === 'json') return packTable(text, format);
  const tooBig = packSizeProblem(text.length);
  if (tooBig) return refuse(tooBig);
  const rows: string[][] = [];
  for (const row of csvRows(text)) {
    rows.push(row.map(restoreCsvCell));
    if (rows.length % ROWS_PER_SLICE === 0) await pause();
  }
  const [header, ...body] = rows;
  if (!header) return refuse('The CSV file is empty');
  return body.length > MAX_PACK_ROWS ? refuse(tooManyRows(body.length)) : { header, rows: body };
}

/** Parses and validates a pack in one step; an unreadable or oversized file is reported as a rejected header (row 0). */
export function importMappingPack(text: string, format: MappingPackFormat, options: MappingReadOptions): MappingImport {
  const table = packTable(text, format);
  return 'header' in table ? readMappingRows(table.header, table.rows, options) : table;
}

/** importMappingPack for the pane: reading and validation yield between slices so the runtime's formulas keep answering. */
export async function importMappingPackInSlices(
  text: string,
  format: MappingPackFormat,
  options: MappingReadOptions,
  pause: () => Promise<void>,
): Promise<MappingImport> {
  const table = await packTableInSlices(text, format, pause);
  return 'header' in table ? readMappingRowsInSlices(table.header, table.rows, options, pause) : table;
}

/** One mapping as the columns name it: "ISO 9001" in standard and the edition beside it, as analysts write them. */
function mappingRecord(adoption: Adoption): Record<MappingColumn, string> {
  return {
    standard: splitEditionId(adoption.standard)?.key ?? adoption.standard,
    jurisdiction: adoption.jurisdiction,
    designation: adoption.designation,
    correspondence: adoption.correspondence ?? '',
    edition: adoption.standard,
    source: adoption.source,
    note: adoption.note ?? '',
  };
}

/**
 * Writes mappings as a pack. CSV cells that a spreadsheet would run as formulas get a leading apostrophe; JSON
 * keeps the exact text, because JSON is read by programs and no spreadsheet evaluates a JSON string.
 */
export function exportMappings(rows: readonly Adoption[], format: MappingPackFormat): string {
  const records = rows.map(mappingRecord);
  if (format === 'json') {
    const compact = records.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== '')));
    return `${JSON.stringify({ mappings: compact }, null, 2)}\n`;
  }
  return toCsv([[...MAPPING_COLUMNS], ...records.map((r) => MAPPING_COLUMNS.map((c) => neutraliseCsvCell(r[c])))]);
}

/**
 * The header and rows to write into the HarmonizeMappings table with Range.values. Text that Excel would read as
 * a formula gets a leading apostrophe, which Excel treats as the quote prefix: the cell holds the text itself.
 * A caller that formats the cells as text first (so nothing can become a formula) passes quotePrefix false.
 */
export function mappingTableRows(rows: readonly Adoption[], options: { quotePrefix?: boolean } = {}): string[][] {
  const prefix = options.quotePrefix ?? true;
  const quoted = (text: string): string => (prefix && /^[=+\-@]/.test(text) ? `'${text}` : text);
  return [[...MAPPING_COLUMNS], ...rows.map(mappingRecord).map((r) => MAPPING_COLUMNS.map((c) => quoted(r[c])))];
}
