/**
 * CEN and CENELEC amend an EN in their own right, and an EN's amendment names no international publication:
 * A1, A2 ... carry the ISO or IEC amendment of that number under the EN's own year (EN 60601-1:2006/A1:2013 is
 * IEC 60601-1:2005/AMD1:2012), and from A11 on they are European only (EN ISO 13485:2016/A11:2021 replaced Annex
 * ZA; ISO never issued it). So an EN's amendment is matched against the national records that print it, never
 * turned into an ISO or IEC amendment.
 */

/** CEN and CENELEC number their own amendments from A11, clear of the international amendments' numbers. */
export const FIRST_EUROPEAN_AMENDMENT = 11;

/** An EN amendment of Europe's own (A11 on, or a corrigendum AC), which carries nothing ISO or IEC published. */
export const isEuropeanOnly = (amendment: string): boolean =>
  amendment.startsWith('AC') || Number(/^A(\d+)/.exec(amendment)?.[1] ?? 0) >= FIRST_EUROPEAN_AMENDMENT;

/** An EN prefix before the publisher: "EN", "BS EN", "DIN EN", "I.S. EN", "EN ISO" (not "ANSI/AAMI", "GB/T"). */
export const EN_PREFIX = /(?:^|[\s./-])EN$/i;

/** One amendment or corrigendum token of an EN, as printed after its year: "/A11:2021", "+A1:2013", "& A2:2021", "/AC:2016". */
const EN_TOKEN = /^\s*[+/&]\s*(A\s*\d+|AC\s*\d*)\s*(?::\s*(\d{4}))?/i;

/** The canonical spelling of an EN amendment: "A11:2021", "AC:2016", "A1" when no year was written. */
export const enAmendment = (name: string, year?: string): string => `${name.replace(/\s+/g, '').toUpperCase()}${year ? `:${year}` : ''}`;

/**
 * Splits an EN designation into the EN as published and its amendments: "EN ISO 13485:2016/A11:2021" ->
 * { base: "EN ISO 13485:2016", amendments: ["A11:2021"] }. Null for anything that is not an EN (or a national
 * print of one, "BS EN 60601-1:2006+A2:2021") followed by at least one amendment.
 */
export function splitAmendedEn(text: string): { base: string; amendments: string[] } | null {
  const dated = /^(.*?\bEN\b.*?:\s*\d{4})(?!\d)(.*)$/i.exec(text.trim());
  if (!dated) return null;
  const amendments: string[] = [];
  let rest = dated[2];
  for (let token = EN_TOKEN.exec(rest); token; token = EN_TOKEN.exec(rest)) {
    amendments.push(enAmendment(token[1], token[2]));
    rest = rest.slice(token[0].length);
  }
  return amendments.length && !rest.trim() ? { base: dated[1].trim(), amendments } : null;
}

/**
 * Whether a record prints every one of the EN's amendments, in its designation or in the EN it names
 * ("BS EN ISO 13485:2016+A11:2021"; "DIN EN ISO 14971:2022-04" naming EN ISO 14971:2019+A11:2021). An amendment
 * written without a year matches any year.
 */
export function printsEnAmendments(record: { designation: string; en?: string | null }, amendments: readonly string[]): boolean {
  if (amendments.length === 0) return true;
  const printed = printedAmendments(record);
  return amendments.every((wanted) => printed.some((p) => p === wanted || (!wanted.includes(':') && p.split(':')[0] === wanted)));
}

/** The EN amendments a parsed id names, as a resolved standard carries them: absent when there are none. */
export const enAmendmentsOf = (parsed: { enAmendments: readonly string[] }): { enAmendments?: readonly string[] } =>
  parsed.enAmendments.length ? { enAmendments: parsed.enAmendments } : {};

/** The numbers of the EN amendments that carry an ISO or IEC amendment ("A1+A2"), from amendments as printed. */
export const carryingNumbers = (amendments: readonly string[]): string =>
  [...new Set(amendments.filter((a) => !isEuropeanOnly(a)).map((a) => a.split(':')[0]))].sort().join('+');

/** The EN amendments a record prints, in its designation and in the EN it names. */
export const printedAmendments = (record: { designation: string; en?: string | null }): string[] =>
  [record.designation, record.en ?? ''].flatMap((text) => splitAmendedEn(text)?.amendments ?? []);

/** The ENs a record prints, without their amendments: its designation's and the EN it names. */
export const printedBases = (record: { designation: string; en?: string | null }): string[] =>
  [record.designation, record.en ?? ''].map((text) => splitAmendedEn(text)?.base ?? text);

const amendmentNumber = (amendment: string): number => Number(/^A(\d+)/.exec(amendment)?.[1] ?? 0);

/**
 * Whether a record prints an amendment carrying ISO or IEC text beyond every one typed: "EN 60601-1:2006+A11:2011"
 * names the EN before its A1 (A11 is Europe's own), so it is not the print with A1 and A2; "EN 60601-1:2006/A2:2021"
 * still names the text with A1, on which A2 was made.
 */
export function carriesLaterAmendment(record: { designation: string; en?: string | null }, typed: readonly string[]): boolean {
  const highest = Math.max(0, ...typed.filter((a) => !isEuropeanOnly(a)).map(amendmentNumber));
  return printedAmendments(record).some((p) => !isEuropeanOnly(p) && amendmentNumber(p) > highest);
}
