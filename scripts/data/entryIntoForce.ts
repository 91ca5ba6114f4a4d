/**
 * Dates a record's note gives for the national document taking effect, in the forms the sources print them: a
 * Chinese cover's "2029-01-01实施", a reseller's "Implemented on: 2029-1-1" or "Implementation 2029-01-01", a Russian
 * catalogue's "Дата введения: 01.01.2026", or a researcher's "in force from 2029-01-01".
 */
const PATTERNS: readonly RegExp[] = [
  /(\d{4})-(\d{1,2})-(\d{1,2})\s*实施/g,
  /(?:implemented on|implementation(?: date)?|in force from|takes effect on|to be implemented)[:\s]*(\d{4})-(\d{1,2})-(\d{1,2})/gi,
];
const RUSSIAN = /(?:дата введения|вводится в действие с)[:\s]*(\d{1,2})\.(\d{1,2})\.(\d{4})/gi;

const isoDate = (y: string, m: string, d: string): string => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

/**
 * The latest date of entry into force a note gives that is after the dataset's date, or null: such a record is a
 * document published but not yet in force, which must be recorded `upcoming` so that it does not answer for the
 * current equivalent (GB 18280.1-2025 answered ISO 11137-1 in China three years before it takes effect).
 */
export function futureEntryIntoForce(note: string, dataDate: string): string | null {
  const dates = [
    ...PATTERNS.flatMap((p) => [...note.matchAll(p)].map((m) => isoDate(m[1], m[2], m[3]))),
    ...[...note.matchAll(RUSSIAN)].map((m) => isoDate(m[3], m[2], m[1])),
  ].filter((d) => d > dataDate);
  return dates.length ? dates.sort().at(-1)! : null;
}
