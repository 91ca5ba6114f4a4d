import { type JisCatalogue, jisNumber } from '../../src/core/catalogue/jisCatalogue';
import { designationKey } from '../../src/core/text';
import { Problems } from './problems';
import { readRows } from './readSources';

const yearOf = (designation: string): number => Number(/:(\d{4})/.exec(designation)?.[1] ?? 0);
/** "IEC 60529:1989" -> "IEC 60529": the international standard, whatever edition a record adopts. */
const standardKey = (standard: string): string => standard.replace(/:\d{4}$/, '');

/**
 * Holds every Japanese adoption record against the JSA's catalogue. The catalogue says which JIS exist and whether
 * they are current; it says nothing about ISO/IEC correspondence, so it can only contradict a record's status:
 * - a designation the catalogue does not list is a warning (a typo, or an edition older than the snapshot);
 * - a record without a status, where the JIS is withdrawn or has a newer edition, is a warning: a status to add;
 * - a record that says `current` where the JIS is withdrawn or has a newer edition is an error, and so is one that
 *   says `withdrawn` or `superseded` where the catalogue lists that very edition as valid with no newer one, unless
 *   the data records a newer edition of the same JIS, or a newer JIS of the same international standard under another
 *   number: the snapshot predates the JIS revised or replaced after it (JIS Q 22301:2025, issued with ISO's 2024 climate
 *   amendment, replaced the 2020 edition the snapshot lists as valid; JIS C 60529:2026 succeeded JIS C 0920:2003).
 */
export function checkJapaneseAdoptions(dataDir: string, jis: JisCatalogue, problems: Problems): void {
  const snapshot = `the JSA catalogue (${jis.compiled.read})`;
  // The compile step already reports header problems; reading the rows again must not repeat them.
  const rows = readRows(dataDir, 'adoptions', 'jp', new Problems());
  // The newest edition the data records of each JIS number, which may postdate the snapshot.
  // The newest JIS the data records of each JIS number and of each international standard, which may postdate the
  // snapshot.
  const newestRecorded = new Map<string, number>();
  const newer = (key: string, year: number) => newestRecorded.set(key, Math.max(newestRecorded.get(key) ?? 0, year));
  for (const { designation, standard } of rows.map((r) => r.values)) {
    if (!designation.startsWith('JIS')) continue;
    newer(jisNumber(designation), yearOf(designation));
    newer(`standard:${standardKey(standard)}`, yearOf(designation));
  }
  for (const row of rows) {
    const { designation, status, jurisdiction, standard } = row.values;
    if (jurisdiction !== 'JP' || !designation.startsWith('JIS')) continue;
    const listed = jis.find(designation);
    const exact = listed && designationKey(listed.designation) === designationKey(designation) ? listed : undefined;
    const newer = jis.editionsOfNumber(designation).filter((e) => yearOf(e.designation) > yearOf(designation));
    if (!exact) {
      const others = jis.editionsOfNumber(designation).map((e) => `${e.designation} (${e.status})`);
      const hint = others.length ? `; it lists ${others.join(', ')}` : ` nor any edition of ${jisNumber(designation)}`;
      problems.warn(row, `${designation} is not in ${snapshot}${hint}`);
    }
    const withdrawn = exact?.status === 'withdrawn';
    const why = withdrawn ? `${snapshot} lists it as withdrawn` : `${snapshot} lists the newer ${newer.map((e) => e.designation).join(', ')}`;
    if (!withdrawn && newer.length === 0) {
      const recordedNewer = [jisNumber(designation), `standard:${standardKey(standard)}`].some((key) => (newestRecorded.get(key) ?? 0) > yearOf(designation));
      if (exact && (status === 'withdrawn' || status === 'superseded') && !recordedNewer) {
        problems.error(row, `${designation} is recorded as ${status}, but ${snapshot} lists it as valid and no newer edition`);
      }
      continue;
    }
    if (status === 'current') problems.error(row, `${designation} is recorded as current, but ${why}`);
    else if (!status) problems.warn(row, `${designation} has no status, but ${why}: record it as ${withdrawn ? 'withdrawn' : 'superseded'}`);
  }
}
