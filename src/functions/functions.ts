/*
 * The HARMONIZE custom functions. Each body is a few lines: read the Excel arguments, ask core, map the answer.
 * custom-functions-metadata-plugin builds functions.json from these JSDoc blocks and emits the
 * CustomFunctions.associate calls, so nothing here registers functions by hand. Excel shows this JSDoc to
 * analysts: keep it user documentation. Parameters are typed `any` because the metadata generator reads
 * these TypeScript types to declare what Excel may pass.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads these signatures to declare
   what Excel may pass; `any` is its word for "any cell value". fromExcel narrows every argument at once. */
import { runtime } from '../runtime/engine';
import { fetchCatalogue } from './catalogueSource';
import { answerFor, equivalentOfCells, fromExcel } from './excelValues';

// The IEC and JIS catalogues are fetched on first need; the CLI, which runs this same module, reads them from disk.
runtime.setCatalogueSource(fetchCatalogue);

/**
 * Returns a jurisdiction's equivalent of an international standard: its national or regional designation by default.
 * Give a column of standards and a row of jurisdictions to fill a whole harmonization matrix.
 * @customfunction EQUIVALENT
 * @helpurl https://localhost:3000/help.html#equivalent
 * @param {any[][]} standard The international standard, e.g. "ISO 9001", "ISO 9001:2015" or "IEC 60601-1"; a range gives one answer per cell.
 * @param {any[][]} jurisdiction Where, e.g. "US", "DE", "China" or "EU" (the European Standard); a range gives one answer per cell.
 * @param {string} [field] What to return: designation (default), correspondence, edition, newer (a newer international edition than the one adopted, blank if none), basis (stated, or inferred when the edition was deduced from dates), year, status, title, body, source, provenance, read, note, rule, harmonised or fda.
 * @returns {any[][]} The equivalent, or #N/A with the reason when none is recorded.
 */
export function equivalent(standard: any[][], jurisdiction: any[][], field?: string): any[][] {
  return equivalentOfCells(standard, jurisdiction, field);
}

/**
 * Returns the degree of correspondence of a jurisdiction's adoption: IDT, MOD or NEQ (ISO/IEC Guide 21-1), or "unknown".
 * @customfunction CORRESPONDENCE
 * @helpurl https://localhost:3000/help.html#correspondence
 * @param {any[][]} standard The international standard, e.g. "ISO 13485"; a range gives one answer per cell.
 * @param {any[][]} jurisdiction Where, e.g. "CN" or "Japan"; a range gives one answer per cell.
 * @returns {any[][]} IDT, MOD, NEQ, or "unknown" when the source did not say.
 */
export function correspondence(standard: any[][], jurisdiction: any[][]): any[][] {
  return answerFor((engine) => engine.correspondence(fromExcel(standard), fromExcel(jurisdiction)));
}

/**
 * Lists every recorded adoption of a standard as a table: one row per jurisdiction.
 * @customfunction ADOPTIONS
 * @helpurl https://localhost:3000/help.html#adoptions
 * @param {any} standard The international standard, e.g. "ISO 14971"; name an edition ("ISO 14971:2019") to list only its adoptions.
 * @param {any[][]} [fields] The columns after the jurisdiction, e.g. "designation,correspondence,source"; default designation, correspondence, edition.
 * @returns {any[][]} A table with a header row.
 */
export function adoptions(standard: any, fields?: any[][]): any[][] {
  return answerFor((engine) => engine.adoptions(fromExcel(standard), fromExcel(fields ?? null)));
}

/**
 * Builds a harmonization matrix with a header row and a header column: standards down, jurisdictions across.
 * @customfunction MATRIX
 * @helpurl https://localhost:3000/help.html#matrix
 * @param {any[][]} standards The standards, as a range or an array such as {"ISO 9001";"ISO 13485"}.
 * @param {any[][]} jurisdictions The jurisdictions, as a range or an array such as {"US","EU","CN"}; a group such as "G20", "USMCA" or "EU27" spreads into its members.
 * @param {string} [field] What each cell shows: designation (default), correspondence, edition, source or any EQUIVALENT field.
 * @returns {any[][]} The matrix with its headers.
 */
export function matrix(standards: any[][], jurisdictions: any[][], field?: string): any[][] {
  return answerFor((engine) => engine.matrix(fromExcel(standards), fromExcel(jurisdictions), fromExcel(field)));
}

/**
 * Resolves any spelling of a standard ("iso9001", "ISO/IEC 27001:2022", "EN ISO 13485:2016") or IEC webstore publication ("CISPR 32:2015/AMD1:2019") and returns one fact about it.
 * @customfunction STANDARD
 * @helpurl https://localhost:3000/help.html#standard
 * @param {any[][]} query The standard as typed; a range gives one answer per cell.
 * @param {string} [field] id (default), title, publisher, edition, editions, status, replacedBy, committee, adoptions, source, date or publication (what it is, e.g. an amendment of which edition).
 * @returns {any[][]} The canonical id or the requested fact.
 */
export function standard(query: any[][], field?: string): any[][] {
  return answerFor((engine) => engine.standard(fromExcel(query), fromExcel(field)));
}

/**
 * Resolves a jurisdiction from a code or a name ("USA", "Deutschland", "DEU", "EU") and returns one fact about it.
 * @customfunction JURISDICTION
 * @helpurl https://localhost:3000/help.html#jurisdiction
 * @param {any[][]} query The jurisdiction as typed; a range gives one answer per cell.
 * @param {string} [field] code (default), name, alpha3, body, acronym, iso, iec, blocs, members, wto, gdprAdequacy, ifrs, or where a fact was read: bodySource, iecSource, wtoSource, gdprAdequacySource, ifrsSource.
 * @returns {any[][]} The ISO 3166 code or the requested fact.
 */
export function jurisdiction(query: any[][], field?: string): any[][] {
  return answerFor((engine) => engine.jurisdiction(fromExcel(query), fromExcel(field)));
}

/**
 * Finds the international standard behind a national designation: "GB/T 19001-2016" gives ISO 9001:2015 and CN.
 * @customfunction ORIGIN
 * @helpurl https://localhost:3000/help.html#origin
 * @param {any[][]} designation The national or regional designation, e.g. "GB/T 19001-2016" or "BS EN ISO 13485:2016".
 * @param {string} [field] edition, jurisdiction, correspondence, source or provenance; without it, the edition and the jurisdiction.
 * @returns {any[][]} The international edition and the jurisdiction.
 */
export function origin(designation: any[][], field?: string): any[][] {
  return answerFor((engine) => engine.origin(fromExcel(designation), fromExcel(field)));
}

/**
 * Searches standards, titles, national designations and jurisdictions, with every IEC webstore publication and every JIS, tolerating typos.
 * @customfunction SEARCH
 * @helpurl https://localhost:3000/help.html#search
 * @param {any} query What to look for, e.g. "medical devices quality" or "60601".
 * @param {number} [limit] The most results to list, 1 to 100; default 10.
 * @returns {any[][]} Matches with a header row: match, description, kind.
 */
export function search(query: any, limit?: number): any[][] {
  return answerFor((engine) => engine.search(fromExcel(query), fromExcel(limit ?? null)));
}

/**
 * Describes the bundled dataset: version, date, record counts, checksum and licences.
 * @customfunction DATASET
 * @helpurl https://localhost:3000/help.html#dataset
 * @param {string} [field] version, date, checksum, standards, editions, jurisdictions, adoptions, cited, derived, workbook, sources, harmonised, fda, recognition, crosswalks, changes (the entries CHANGES lists) or licences; without it, all of them.
 * @returns {any[][]} The fact, or a two-column table of all facts.
 */
export function dataset(field?: string): any[][] {
  return answerFor((engine) => engine.dataset(fromExcel(field ?? null)));
}

/**
 * Lists the controls of one framework that NIST maps to a control of another, e.g. CSF 2.0 GV.OC-01 to SP 800-53 PM-11.
 * Where NIST published only the other direction, the mapping is read backwards and its relationship ends in "(reverse)".
 * @customfunction CROSSWALK
 * @helpurl https://localhost:3000/help.html#crosswalk
 * @param {any} control The control or subcategory as written in its framework, e.g. "GV.OC-01", "ID.AM-1", "AC-2", "AC-2(1)" or "A.9.2.1".
 * @param {string} from_framework The control's framework: "CSF 2.0", "CSF 1.1", "Privacy Framework", "SP 800-53 Rev 5" or "ISO 27001" (the 2013 Annex A numbering).
 * @param {string} to_framework The framework to map into, named the same way.
 * @returns {any[][]} A table with a header row: control, framework, relationship, strength.
 */
export function crosswalk(control: any, from_framework: string, to_framework: string): any[][] {
  return answerFor((engine) => engine.crosswalk(fromExcel(control), fromExcel(from_framework), fromExcel(to_framework)));
}

/**
 * Says whether two jurisdictions mutually recognise conformity results: IAF MLA, ILAC MRA, IECEE CB Scheme, EU mutual recognition agreements, or GDPR adequacy.
 * Without a scheme it lists every scheme; a missing record reads "not recorded", never "no".
 * @customfunction RECOGNITION
 * @helpurl https://localhost:3000/help.html#recognition
 * @param {any[][]} jurisdiction_a The first jurisdiction, e.g. "US", "Germany" or "EU"; with a scheme, a range gives one answer per cell.
 * @param {any[][]} jurisdiction_b The second jurisdiction, e.g. "GB" or "Japan"; with a scheme, a range gives one answer per cell.
 * @param {string} [scheme] IAF-MLA, ILAC-MRA, IECEE-CB, EU-MRA or GDPR; without it, a table with one row per scheme.
 * @returns {any[][]} A verdict such as "IAF-MLA: yes (ANSI - UKAS)", or a table: scheme, recognised, the body on each side, scope.
 */
export function recognition(jurisdiction_a: any[][], jurisdiction_b: any[][], scheme?: string): any[][] {
  return answerFor((engine) => engine.recognition(fromExcel(jurisdiction_a), fromExcel(jurisdiction_b), fromExcel(scheme ?? null)));
}

/**
 * Lists where two jurisdictions differ, one row per standard, most material first: harmonised in the EU with no adoption recorded on the other side, adopted on one side only, adopted at different degrees (IDT against MOD or NEQ), then adopted in different editions.
 * @customfunction GAPS
 * @helpurl https://localhost:3000/help.html#gaps
 * @param {any} jurisdiction_a The first jurisdiction, e.g. "DE", "EU" or "Japan"; a blank cell gives a blank answer.
 * @param {any} jurisdiction_b The second jurisdiction, e.g. "US"; a blank cell gives a blank answer.
 * @param {any[][]} [standards_or_family] A range of standards, a family such as "medical devices" or "management systems", or nothing for every standard either side adopts.
 * @param {string} [kind] Keep only some kinds: harmonised, a-only, b-only, degree or edition, comma-separated; default all.
 * @returns {any[][]} A table with a header row: standard, each side's designation and degree, and the gap.
 */
export function gaps(jurisdiction_a: any, jurisdiction_b: any, standards_or_family?: any[][], kind?: string): any[][] {
  return answerFor((engine) =>
    engine.gaps(fromExcel(jurisdiction_a), fromExcel(jurisdiction_b), fromExcel(standards_or_family ?? null), fromExcel(kind ?? null)),
  );
}

/**
 * Lists what changed in the bundled data against earlier releases, newest first: records added, removed, changed (field, old and new), newly superseded or withdrawn, and rules changed.
 * @customfunction CHANGES
 * @helpurl https://localhost:3000/help.html#changes
 * @param {any} [since_version] Only changes after this dataset version, e.g. "1.1.0"; default every change kept.
 * @param {any} [jurisdiction_or_standard] Only changes in one jurisdiction (e.g. "DE"; a bloc such as "USMCA" stands for its members) or to one standard (e.g. "ISO 13485").
 * @returns {any[][]} A table with a header row: release, change, standard, jurisdiction, record, field, old, new.
 */
export function changes(since_version?: any, jurisdiction_or_standard?: any): any[][] {
  return answerFor((engine) => engine.changes(fromExcel(since_version ?? null), fromExcel(jurisdiction_or_standard ?? null)));
}
