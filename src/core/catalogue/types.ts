import type { CompiledChangelog, CompiledNotes } from '../dataset/types';

/**
 * The publication catalogues as compiled by `npm run data:build` into src/core/dataset/catalogue.json: every IEC
 * webstore publication and every JIS the JSA lists. They are bibliographic facts only (which publications exist,
 * their titles, dates and statuses), never a correspondence between a national and an international standard.
 *
 * The rows are tab-separated text, one publication a line, inside a JSON string: a string costs TypeScript nothing
 * to type and JSON.parse little to read, and the file is fetched only when a formula or the search needs it.
 */

/** IEC webstore statuses, one letter each: PUBLISHED, REVISED, REPLACED, WITHDRAWN. */
export type IecStatusCode = 'P' | 'R' | 'X' | 'W';

export interface CompiledIecCatalogue {
  /** Where the rows were read, for attribution and the `read` date of every answer taken from them. */
  name: string;
  read: string;
  /** A row's webstore page is `pageBase` followed by its page number. */
  pageBase: string;
  count: number;
  /**
   * One line per publication, sorted by standard and id, with seven tab-separated fields:
   * `key  suffix  edition  date  status  page  prefix  title`.
   * - key: the standard's canonical id (parseStandardId), optionally `|` and the webstore's own spelling when it
   *   differs ("ISO/IEC GUIDE 98-3|ISO/IEC Guide 98-3"); empty when the same as the line above; `~` for a
   *   publication that is no numbered standard (a white paper), whose suffix is then its whole id.
   * - suffix: the rest of the webstore id (":2005+AMD1:2012 CSV"), so that the id is the spelling plus the suffix.
   * - title: the title without `prefix`; empty when the same as the line above ("Amendment 1 - " + the edition's).
   *   A prefix of `~` means the publication has no title.
   */
  rows: string;
}

export interface CompiledJisCatalogue {
  name: string;
  read: string;
  /** A JIS's webdesk page is `pageBase` followed by its designation, form-encoded. */
  pageBase: string;
  count: number;
  /** One line per JIS: `designation  status  title`, status `v` (valid) or `w` (withdrawn). */
  rows: string;
}

export interface CompiledCatalogue {
  format: 1;
  checksum: string;
  iec: CompiledIecCatalogue;
  jis: CompiledJisCatalogue;
  /** The dataset's changelog, which the hosts load together with the catalogues (a file of its own). */
  changelog?: CompiledChangelog;
  /** The cited records' notes, loaded with them for the same reason (a file of its own). */
  notes?: CompiledNotes;
}
