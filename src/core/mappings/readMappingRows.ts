import { isCatalogueNeeded } from '../catalogue/catalogueNeeded';
import type { Adoption, Catalog } from '../dataset/catalog';
import type { Correspondence } from '../dataset/types';
import { isHarmonizeError } from '../errors';
import { recordPlace } from '../query/equivalent';
import { resolveJurisdiction } from '../resolve/resolveJurisdiction';
import { editionsOf } from '../resolve/knownStandards';
import { resolveStandard } from '../resolve/resolveStandard';
import { MAX_TEXT_LENGTH } from '../values';
import { type ColumnPositions, type MappingColumn, readHeader } from './mappingColumns';

/** A row that was not imported. `row` counts data rows from 1 (the row under the header); 0 is the header. */
export interface RejectedRow {
  row: number;
  reason: string;
  /** Set when only the IEC and JIS catalogues, not yet loaded, can name the row's standard: read it again with them. */
  catalogueNeeded?: true;
}

/** The whole outcome of reading a table or a pack: the caller decides what to do when anything was rejected. */
export interface MappingImport {
  accepted: Adoption[];
  rejected: RejectedRow[];
}

export interface MappingReadOptions {
  /** YYYY-MM-DD, recorded as each row's `read` date: the day the analyst's mapping entered the engine. */
  today: string;
  /** The catalog that names standards and places: the host's engine without the workbook's own mappings. */
  catalog: Catalog;
}

const MAX_NOTE_LENGTH = 4000;

const CORRESPONDENCE: Record<string, Correspondence> = {
  IDT: 'IDT',
  IDENTICAL: 'IDT',
  MOD: 'MOD',
  MODIFIED: 'MOD',
  NEQ: 'NEQ',
  'NOT EQUIVALENT': 'NEQ',
};

/**
 * Links the task pane might render; a scheme that runs code or reads local files is never a source. Browsers drop
 * tabs, line breaks and other control characters inside a scheme ("java\tscript:" runs), so the check reads the
 * text with them removed.
 */
const UNSAFE_LINK = /^(?:javascript|vbscript|data|file):/i;
const isUnsafeLink = (text: string): boolean => UNSAFE_LINK.test(text.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\ufeff]+/g, ''));

class RowProblem extends Error {
  constructor(
    message: string,
    readonly catalogueNeeded = false,
  ) {
    super(message);
  }
}

/** A cell as text. Numbers are fine ("2015" typed into edition); anything else is not a mapping value. */
function cellText(cell: unknown, column: string): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
  throw new RowProblem(`${column} must be text, not ${typeof cell === 'boolean' ? String(cell).toUpperCase() : typeof cell}`);
}

function resolveEdition(catalog: Catalog, standardText: string, editionText: string): string {
  if (!standardText) throw new RowProblem('standard is empty');
  const standard = resolveStandard(catalog, standardText);
  if (isHarmonizeError(standard)) throw new RowProblem(`standard: ${standard.message}`, isCatalogueNeeded(standard));
  if (standard.viaDesignation) {
    throw new RowProblem(
      `standard '${standardText}' is a national or regional designation; write the international standard (${standard.viaDesignation.standard})`,
    );
  }
  let edition = standard.edition;
  if (editionText) {
    const named = resolveStandard(catalog, /^\d{4}$/.test(editionText) ? `${standard.key}:${editionText}` : editionText);
    if (isHarmonizeError(named)) throw new RowProblem(`edition: ${named.message}`, isCatalogueNeeded(named));
    if (!named.edition || named.key !== standard.key) {
      throw new RowProblem(`edition '${editionText}' is not an edition of ${standard.key}`);
    }
    if (edition && edition.id !== named.edition.id) {
      throw new RowProblem(`standard says ${edition.id} but edition says ${named.edition.id}`);
    }
    edition = named.edition;
  }
  if (!edition) {
    const years = editionsOf(catalog, standard.key)
      .map((e) => e.year)
      .join(', ');
    throw new RowProblem(`${standard.key} names no edition; give one in the edition column (recorded: ${years})`);
  }
  return edition.id;
}

function resolvePlace(catalog: Catalog, text: string): string {
  if (!text) throw new RowProblem('jurisdiction is empty');
  const place = resolveJurisdiction(catalog, text);
  if (isHarmonizeError(place)) throw new RowProblem(`jurisdiction: ${place.message}`);
  const code = recordPlace(catalog, place);
  if (isHarmonizeError(code)) throw new RowProblem(`jurisdiction: ${code.message}`);
  return code;
}

function readCorrespondence(text: string): Correspondence | null {
  if (!text) return null;
  const value = CORRESPONDENCE[text.toUpperCase().replace(/\s+/g, ' ')];
  if (!value) throw new RowProblem(`correspondence '${text.slice(0, 40)}' must be IDT, MOD, NEQ or empty (unknown)`);
  return value;
}

function limited(text: string, column: string, max: number): string {
  if (text.length > max) throw new RowProblem(`${column} is ${text.length} characters long; the limit is ${max}`);
  return text;
}

function readRow(catalog: Catalog, columns: ColumnPositions, cells: readonly unknown[], today: string): Adoption {
  const text = (column: MappingColumn): string => {
    const index = columns[column];
    return index === undefined ? '' : cellText(cells[index], column);
  };
  const designation = limited(text('designation'), 'designation', MAX_TEXT_LENGTH);
  if (!designation) throw new RowProblem('designation is empty');
  if (/[\r\n\t]/.test(designation)) throw new RowProblem('designation contains a line break or tab');
  const source = limited(text('source'), 'source', MAX_NOTE_LENGTH);
  if (isUnsafeLink(source)) throw new RowProblem('source must be a web address (https://...) or plain text');
  // Text such as "=HYPERLINK(...)" stays a plain string: core never evaluates it, and the writers neutralise it.
  return {
    standard: resolveEdition(catalog, text('standard'), text('edition')),
    jurisdiction: resolvePlace(catalog, text('jurisdiction')),
    designation,
    correspondence: readCorrespondence(text('correspondence')),
    degreeRule: null,
    year: null,
    status: null,
    inForce: null,
    adopts: null,
    en: null,
    editionInferred: false,
    source,
    read: today,
    provenance: 'workbook',
    rule: null,
    note: limited(text('note'), 'note', MAX_NOTE_LENGTH) || null,
  };
}

const isBlankRow = (cells: readonly unknown[]): boolean => cells.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''));

type RowReader = { readonly result: MappingImport; read(cells: readonly unknown[], row: number): void };

/** A reader that validates one row at a time, so a large table can be read in slices with the same duplicate check. */
function rowReader(header: readonly unknown[], options: MappingReadOptions): RowReader | MappingImport {
  const columns = readHeader(header);
  if (typeof columns === 'string') return { accepted: [], rejected: [{ row: 0, reason: columns }] };
  const { catalog } = options;
  const result = { accepted: [] as Adoption[], rejected: [] as RejectedRow[] };
  const firstRowOf = new Map<string, number>();
  const read = (cells: readonly unknown[], row: number): void => {
    if (isBlankRow(cells)) return;
    try {
      if (cells.length > header.length) throw new RowProblem(`row has ${cells.length} cells but the header has ${header.length} columns`);
      const adoption = readRow(catalog, columns, cells, options.today);
      const pair = `${adoption.standard} in ${adoption.jurisdiction}`;
      const first = firstRowOf.get(pair);
      if (first !== undefined) throw new RowProblem(`duplicate: row ${first} already maps ${pair}`);
      firstRowOf.set(pair, row);
      result.accepted.push(adoption);
    } catch (problem) {
      if (!(problem instanceof RowProblem)) throw problem;
      result.rejected.push(problem.catalogueNeeded ? { row, reason: problem.message, catalogueNeeded: true } : { row, reason: problem.message });
    }
  };
  return { result, read };
}

/**
 * Validates the workbook's own mappings row by row. Fully blank rows (a table's empty new row) are skipped; every
 * other row is accepted or rejected with its reason. A second row for the same edition and place is rejected,
 * because which of the two should answer is the analyst's decision, not ours.
 */
export function readMappingRows(header: readonly unknown[], rows: readonly (readonly unknown[])[], options: MappingReadOptions): MappingImport {
  const reader = rowReader(header, options);
  if (!('read' in reader)) return reader;
  rows.forEach((cells, index) => reader.read(cells, index + 1));
  return reader.result;
}

/** Rows validated between two yields: a few milliseconds of work, so the shared runtime keeps answering formulas. */
export const ROWS_PER_SLICE = 500;

/**
 * The same validation as readMappingRows, in slices of ROWS_PER_SLICE rows with `pause` awaited between them: a
 * pack of thousands of rows then never holds the runtime that also computes the workbook's functions. The host
 * supplies `pause` (core has no timers).
 */
export async function readMappingRowsInSlices(
  header: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  options: MappingReadOptions,
  pause: () => Promise<void>,
): Promise<MappingImport> {
  const reader = rowReader(header, options);
  if (!('read' in reader)) return reader;
  for (let start = 0; start < rows.length; start += ROWS_PER_SLICE) {
    if (start > 0) await pause();
    rows.slice(start, start + ROWS_PER_SLICE).forEach((cells, offset) => reader.read(cells, start + offset + 1));
  }
  return reader.result;
}
