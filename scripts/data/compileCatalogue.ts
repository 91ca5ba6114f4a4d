import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IecCatalogue, catalogueStatus, publicationLookupKey } from '../../src/core/catalogue/iecCatalogue';
import { JisCatalogue } from '../../src/core/catalogue/jisCatalogue';
import { publicationParts } from '../../src/core/catalogue/publicationKind';
import type { CompiledCatalogue, CompiledIecCatalogue, CompiledJisCatalogue, IecStatusCode } from '../../src/core/catalogue/types';
import { parseStandardId } from '../../src/core/identifiers/parseStandardId';
import type { Problems } from './problems';
import { readSharedCsv } from './readSources';

export const IEC_TABLE = 'iec-publications/iec-publications.csv';
const JIS_TABLE = 'jis-catalogue/jis-catalogue.csv';
const IEC_PAGE = 'https://webstore.iec.ch/publication/';
const JIS_PAGE = 'https://webdesk.jsa.or.jp/books/W11M0090/index/?bunsyo_id=';
const IEC_STATUS: Record<string, IecStatusCode> = { PUBLISHED: 'P', REVISED: 'R', REPLACED: 'X', WITHDRAWN: 'W' };
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Where a shared table was extracted, from its SOURCE.txt: "... commit <sha> (<date>) ...". */
export function provenance(sharedDir: string, folder: string, site: string, problems: Problems): { name: string; read: string } {
  const file = join(sharedDir, folder, 'SOURCE.txt');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const match = /(relaton\/[\w-]+) repository, commit\s+([0-9a-f]{40})\s+\((\d{4}-\d{2}-\d{2})\)/.exec(text);
  if (!match) {
    problems.error(`${folder}/SOURCE.txt`, 'No "relaton/<repository> repository, commit <sha> (<date>)" line to attribute the table to');
    return { name: site, read: '' };
  }
  return { name: `${site}, extracted by the relaton project (${match[1]} at ${match[2].slice(0, 7)})`, read: match[3] };
}

/** Where the standard's number ends in a webstore id: at its year, an amendment, a consolidation or a product code. */
const AFTER_NUMBER = /(?::\d{4}|\/(?:AMD|COR|ISH|FRAG)\d|\+| (?:CSV|RLV|CMV|EXV|SER|DB)\b|:$)/;

/** The standard a webstore id is a publication of, and the rest of the id; none for a white paper or a handbook. */
function splitId(id: string): { key: string; label: string; suffix: string } | null {
  const end = AFTER_NUMBER.exec(id)?.index ?? id.length;
  const label = id.slice(0, end).trim();
  const parsed = parseStandardId(label);
  if (!parsed?.publisher || parsed.adoptionPrefix || parsed.year !== null) return null;
  // Spellings may differ ("ISO TS" for "ISO/TS", "Guide" for "GUIDE"); anything more is not a standard number.
  if (publicationLookupKey(label).replace(/\//g, '') !== publicationLookupKey(parsed.key).replace(/\//g, '')) return null;
  return { key: parsed.key, label, suffix: id.slice(label.length) };
}

interface Publication {
  sortKey: string;
  /** The key field: the standard's key (and its webstore spelling), or `~` for no numbered standard. */
  standard: string;
  cells: [suffix: string, edition: string, date: string, status: IecStatusCode, page: string];
  title: string;
}

function readIecRows(sharedDir: string, problems: Problems): Publication[] {
  const seen = new Set<string>();
  const editions = new Set<string>();
  const list: Publication[] = [];
  for (const row of readSharedCsv(sharedDir, IEC_TABLE)) {
    const where = `${IEC_TABLE} ${row.id}`;
    const page = /^https:\/\/webstore\.iec\.ch\/publication\/(\d+)$/.exec(row.url)?.[1];
    const status = IEC_STATUS[row.status];
    if (!row.id || seen.has(row.id)) problems.error(where, 'Missing or duplicate id');
    if (!page) problems.error(where, `url '${row.url}' is not an IEC webstore publication page`);
    if (!status) problems.error(where, `status '${row.status}' is not PUBLISHED, REVISED, REPLACED or WITHDRAWN`);
    if (row.published && !DATE.test(row.published)) problems.error(where, `published '${row.published}' is not YYYY-MM-DD`);
    if (/[\t\n]/.test(row.id + row.title + row.edition)) problems.error(where, 'A tab or line break in a cell');
    if (!row.id || seen.has(row.id) || !page || !status) continue;
    seen.add(row.id);
    const split = splitId(row.id);
    if (split && publicationParts(split.suffix).kind === 'edition') {
      const edition = `${split.key}${split.suffix}`;
      if (editions.has(edition)) problems.error(where, `A second row for the edition ${edition}`);
      editions.add(edition);
    }
    list.push({
      sortKey: split ? `0${split.key}\t${row.id}` : `1${row.id}`,
      standard: !split ? '~' : split.key === split.label ? split.key : `${split.key}|${split.label}`,
      cells: [split ? split.suffix : row.id, row.edition, row.published, status, page],
      title: row.title,
    });
  }
  return list.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
}

/** One line per publication, in the form CompiledIecCatalogue describes: repeats left out. */
function compileIec(sharedDir: string, problems: Problems): CompiledIecCatalogue {
  let previous = '';
  let baseTitle = '';
  const lines = readIecRows(sharedDir, problems).map(({ standard, cells, title }) => {
    // A title that ends with the line above's ("Amendment 1 - " + the edition's title) keeps only its prefix.
    const sameBase = baseTitle !== '' && (title === baseTitle || title.endsWith(` - ${baseTitle}`));
    if (!sameBase && title) baseTitle = title;
    const keyField = standard === '~' || standard !== previous ? standard : '';
    previous = standard;
    const prefix = sameBase ? title.slice(0, title.length - baseTitle.length) : title ? '' : '~';
    return [keyField, ...cells, prefix, sameBase ? '' : title].join('\t');
  });
  return { name: '', read: '', pageBase: IEC_PAGE, count: lines.length, rows: lines.join('\n') };
}

function compileJis(sharedDir: string, problems: Problems): CompiledJisCatalogue {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const row of readSharedCsv(sharedDir, JIS_TABLE)) {
    const where = `${JIS_TABLE} ${row.designation}`;
    if (!row.designation || seen.has(row.designation)) problems.error(where, 'Missing or duplicate designation');
    if (row.status !== 'valid' && row.status !== 'withdrawn') problems.error(where, `status '${row.status}' is not valid or withdrawn`);
    if (/[\t\n]/.test(row.designation + row.title)) problems.error(where, 'A tab or line break in a cell');
    if (!row.designation || seen.has(row.designation)) continue;
    seen.add(row.designation);
    lines.push([row.designation, row.status === 'valid' ? 'v' : 'w', row.title].join('\t'));
  }
  return { name: '', read: '', pageBase: JIS_PAGE, count: lines.length, rows: lines.join('\n') };
}

/** Decodes what was written with the engine's own readers and compares it, row by row, with the source tables. */
function checkRoundTrip(sharedDir: string, catalogue: CompiledCatalogue, problems: Problems): void {
  const iec = new IecCatalogue(catalogue.iec);
  const decoded = new Map(iec.publications.map((p) => [p.id, p]));
  for (const row of readSharedCsv(sharedDir, IEC_TABLE)) {
    const p = decoded.get(row.id);
    const same =
      p &&
      p.title === (row.title || null) &&
      p.date === (row.published || null) &&
      p.editionNumber === (row.edition || null) &&
      p.status === catalogueStatus(IEC_STATUS[row.status]) &&
      p.page === row.url;
    if (!same) problems.error(`${IEC_TABLE} ${row.id}`, 'The compiled catalogue does not give this row back');
  }
  const jis = new JisCatalogue(catalogue.jis);
  const byDesignation = new Map(jis.entries.map((e) => [e.designation, e]));
  for (const row of readSharedCsv(sharedDir, JIS_TABLE)) {
    const e = byDesignation.get(row.designation);
    if (!e || e.title !== (row.title || null) || e.status !== row.status || jis.page(e) !== row.url) {
      problems.error(`${JIS_TABLE} ${row.designation}`, 'The compiled catalogue does not give this row back');
    }
  }
}

/** Compiles the IEC webstore and JIS catalogues from the shared tables into the compact catalogue.json. */
export function compileCatalogue(sharedDir: string, problems: Problems): CompiledCatalogue {
  const iec = { ...compileIec(sharedDir, problems), ...provenance(sharedDir, 'iec-publications', 'IEC webstore', problems) };
  const jis = { ...compileJis(sharedDir, problems), ...provenance(sharedDir, 'jis-catalogue', 'JSA webdesk (Japanese Industrial Standards)', problems) };
  const checksum = `sha256:${createHash('sha256').update(JSON.stringify({ iec, jis })).digest('hex').slice(0, 16)}`;
  const catalogue: CompiledCatalogue = { format: 1, checksum, iec, jis };
  checkRoundTrip(sharedDir, catalogue, problems);
  return catalogue;
}
