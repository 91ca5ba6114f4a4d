import { boundedMemo } from '../memo';
import { normaliseSpacing } from '../text';
import { EN_PREFIX, FIRST_EUROPEAN_AMENDMENT, enAmendment } from './enAmendments';

/**
 * The parts of an international standard identifier as a person typed it. `key` identifies the standard across
 * editions ("ISO 9001"); `year` is present only when the input named an edition.
 */
export interface ParsedStandardId {
  publisher: string | null;
  /** Number with parts joined by hyphens: "9001", "60601-1-2". */
  number: string;
  /** Document type written between publisher and number: "TS", "TR", "PAS", "GUIDE". */
  documentType: string | null;
  year: number | null;
  /** ISO and IEC amendments and corrigenda named in the input ("AMD1:2024"), kept to explain the answer. */
  amendments: string[];
  /**
   * An EN's own amendments ("A11:2021"): every A or AC after an EN prefix, and an A numbered from 11 anywhere, since
   * ISO and IEC never reach that number and CEN and CENELEC start there (see enAmendments).
   */
  enAmendments: string[];
  /** An edition named by its number, as IEC numbers them ("Ed. 3.1", "Edition 2"): "3.1", "2". */
  editionNumber: string | null;
  /** National or regional prefix written before the publisher ("EN", "BS EN", "ANSI/AAMI"). */
  adoptionPrefix: string | null;
  key: string;
}

const PUBLISHER = String.raw`(ISO|IEC|CISPR)((?:\s*\/\s*(?:ISO|IEC|IEEE|ASTM|SAE|ASME))*)`;
const DOC_TYPE = String.raw`(?:\s*[/ ]\s*(TS|TR|PAS|GUIDE|ISP|SRD|IS)(?=[\s\d]))?`;
/** A number part may end in one or two letters, as IEC numbers its supplements ("IEC 60034-1A", "8802-1AB"). */
const NUMBER_PART = String.raw`\d+(?:[A-Z]{1,2}(?![A-Z\d]))?`;
const NUMBER = String.raw`(${NUMBER_PART}(?:\s*[-.]\s*${NUMBER_PART})*)`;
const PUBLISHED_ID = new RegExp(String.raw`(?:^|[^A-Z])${PUBLISHER}${DOC_TYPE}\s*[- ]?\s*${NUMBER}`);
const BARE_NUMBER = new RegExp(String.raw`^${NUMBER}`);
/** The edition year after the number: ":2015", " 2015", "-2015", "/2015", and as people write it in lists, " (2015)" or ", 2015". */
const YEAR_AFTER_NUMBER = /^\s*(?::|\s|-|\/|,)\s*\(?\s*(\d{4})(?!\d)(?:\s*\))?/;
const AMENDMENT = /(?:\/|\+|\s|^)\s*(AMD|AMENDMENT|A|COR|CORRIGENDUM|AC)\s*\.?\s*(\d+)(?:\s*:\s*(\d{4}))?/g;

/** "Ed. 3.1", "ED3.1", "Edition 2.0": a trailing ".0" is dropped, as the IEC webstore writes edition 2 as "2". */
const EDITION_NUMBER = /\bED(?:ITION)?\s*\.?\s*(\d{1,2}(?:\.\d)?)(?![\d.])/;

/**
 * A publication date as ISO prints it on a cover and FDA lists it ("Third edition 2019-12"), or an edition named by
 * its year ("edition 2003"): the year.
 */
const PUBLICATION_DATE = /(?:^|\s)(\d{4})-(?:0[1-9]|1[0-2])(?:-\d{2})?(?=\s|$)|\bEDITION\s+(\d{4})(?!\d)/;

/** "4th edition", "Third edition", "2nd ed.": how covers and lists name an edition in words. */
const ORDINAL_EDITION = /\b(?:(\d{1,2})(?:ST|ND|RD|TH)|(FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH))\s+ED(?:ITION)?\b/;
const ORDINAL_WORDS = ['FIRST', 'SECOND', 'THIRD', 'FOURTH', 'FIFTH', 'SIXTH', 'SEVENTH', 'EIGHTH', 'NINTH', 'TENTH'];

function ordinalEdition(rest: string): string | null {
  const match = ORDINAL_EDITION.exec(rest);
  if (!match) return null;
  return match[1] ? String(Number(match[1])) : String(ORDINAL_WORDS.indexOf(match[2]) + 1);
}

const FIRST_YEAR = 1946; // ISO was founded in 1947; nothing earlier can be an edition year.
const LAST_YEAR = 2099;

const isYear = (digits: string): boolean => {
  const value = Number(digits);
  return digits.length === 4 && value >= FIRST_YEAR && value <= LAST_YEAR;
};

/** The year of a publication date written after the number ("ISO 14971 Second edition 2007-03"), when it is one. */
function publicationDateYear(rest: string): number | null {
  const date = PUBLICATION_DATE.exec(rest);
  const year = date?.[1] ?? date?.[2];
  return year && isYear(year) ? Number(year) : null;
}

/** Canonical spelling of the publisher part: "ISO / IEC" -> "ISO/IEC". */
function canonicalPublisher(head: string, tail: string): string {
  const partners = tail
    .split('/')
    .map((p) => p.trim())
    .filter(Boolean);
  return [head, ...partners].join('/');
}

/**
 * How a document type joins its publisher: ISO writes "ISO/TS 22163"; IEC and joint publishers write a space:
 * "IEC TR 60601-4-2", "ISO/IEC TR 27008".
 */
function withDocumentType(publisher: string, documentType: string | null): string {
  if (!documentType) return publisher;
  return publisher.startsWith('IEC') || publisher === 'CISPR' || publisher.includes('/') ? `${publisher} ${documentType}` : `${publisher}/${documentType}`;
}

/**
 * Splits "60601-1-2015" into number "60601-1" and year 2015: a trailing four-digit part in the range of edition
 * years is a year, because no ISO or IEC part number reaches 1946.
 */
function splitTrailingYear(parts: string[]): { parts: string[]; year: number | null } {
  const last = parts[parts.length - 1];
  if (parts.length > 1 && isYear(last)) return { parts: parts.slice(0, -1), year: Number(last) };
  return { parts, year: null };
}

function collectAmendments(rest: string, onEn: boolean): Pick<ParsedStandardId, 'amendments' | 'enAmendments'> {
  const found: Pick<ParsedStandardId, 'amendments' | 'enAmendments'> = { amendments: [], enAmendments: [] };
  for (const match of rest.matchAll(AMENDMENT)) {
    const [, name, number, year] = match;
    const european = (onEn && (name === 'A' || name === 'AC')) || (name === 'A' && Number(number) >= FIRST_EUROPEAN_AMENDMENT);
    if (european) found.enAmendments.push(enAmendment(`${name}${number}`, year));
    else found.amendments.push(`${name.startsWith('A') && name !== 'AC' ? 'AMD' : 'COR'}${number}${year ? `:${year}` : ''}`);
  }
  return found;
}

/**
 * Parses what a person typed into the parts of an international standard identifier, or null when the text
 * holds no standard number at all. Accepts "ISO9001", "iso 9001:2015", "ISO/IEC 27001:2022/Amd 1:2024",
 * "IEC 60601-1", "EN ISO 13485:2016", "BS EN ISO 9001", "DIN EN ISO 9001:2015-11" and a bare "9001".
 */
export function parseStandardId(input: string): ParsedStandardId | null {
  // Forgiving of the slips a hurried typist makes in a number: a doubled hyphen, a trailing one.
  // "ISO 10993 Part 1" and "Pt. 1" name part 1 as "-1" does; "ISO® 9001" carries a mark, not a letter of the id.
  const text = normaliseSpacing(input.replace(/[®™©]/g, ' '))
    .replace(/(\d)\s*-{2,}\s*(?=\d)/g, '$1-')
    .replace(/(\d)[-.]+$/, '$1')
    .replace(/(\d)\s*,?\s+(?:PART|PT\.?)\s*(?=\d)/g, '$1-');
  if (!text) return null;
  const match = PUBLISHED_ID.exec(text);
  let publisher: string | null = null;
  let documentType: string | null = null;
  let numberText: string;
  let adoptionPrefix: string | null = null;
  let rest: string;
  if (match) {
    publisher = canonicalPublisher(match[1], match[2]);
    documentType = match[3] ?? null;
    numberText = match[4];
    const start = match.index + match[0].indexOf(match[1]);
    const prefix = text
      .slice(0, start)
      .replace(/[\s/-]+$/, '')
      .trim();
    adoptionPrefix = prefix || null;
    rest = text.slice(match.index + match[0].length);
  } else {
    const bare = BARE_NUMBER.exec(text);
    if (!bare) return null;
    numberText = bare[1];
    rest = text.slice(bare[0].length);
  }
  const split = splitTrailingYear(numberText.split(/\s*[-.]\s*/));
  let year = split.year;
  if (year === null) {
    const yearMatch = YEAR_AFTER_NUMBER.exec(rest);
    if (yearMatch && isYear(yearMatch[1])) {
      year = Number(yearMatch[1]);
      rest = rest.slice(yearMatch[0].length);
    }
  }
  // A part's leading zero is kept: IEC numbers some parts so ("IEC 61010-2-033").
  const number = split.parts.join('-');
  const fullPublisher = publisher ? withDocumentType(publisher, documentType) : null;
  let editionNumber = EDITION_NUMBER.exec(rest)?.[1].replace(/\.0$/, '') ?? null;
  // Only where no edition number says more: the date after an IEC number is the consolidated version's, not its edition's.
  if (year === null && editionNumber === null) year = publicationDateYear(rest);
  // An edition in words counts where no year does: ISO's covers print "Third edition 2019-12", and the date says more.
  if (year === null && editionNumber === null) editionNumber = ordinalEdition(rest);
  return {
    publisher,
    number,
    documentType,
    year,
    ...collectAmendments(rest, adoptionPrefix !== null && EN_PREFIX.test(adoptionPrefix)),
    editionNumber,
    adoptionPrefix,
    key: fullPublisher ? `${fullPublisher} ${number}` : number,
  };
}

/** "ISO 9001" + 2015 -> "ISO 9001:2015". */
export function editionId(key: string, year: number): string {
  return `${key}:${year}`;
}

/**
 * Splits a canonical edition id back into its key and year: "ISO 9001:2015" -> ["ISO 9001", 2015]. Memoized, and so
 * read-only: building the catalog sorts every place's records by edition, and parsing the same few thousand ids in
 * each comparison cost a sixth of a cold start.
 */
export const splitEditionId: (id: string) => Readonly<{ key: string; year: number }> | null = boundedMemo((id: string) => {
  const match = /^(.*):(\d{4})$/.exec(id);
  return match ? Object.freeze({ key: match[1], year: Number(match[2]) }) : null;
});
