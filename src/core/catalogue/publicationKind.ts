/**
 * What an IEC webstore publication is, read from its id: an edition, or something published about an edition
 * (an amendment, a corrigendum, a consolidated version, a redline...). Only editions are editions: the rest
 * explain themselves by naming the edition they belong to.
 */
export type PublicationKind =
  | 'edition'
  | 'amendment'
  | 'corrigendum'
  | 'interpretation sheet'
  | 'consolidated version'
  | 'redline version'
  | 'commented version'
  | 'extended version'
  | 'series'
  | 'database'
  | 'fragment'
  | 'publication';

export interface PublicationParts {
  kind: PublicationKind;
  /** The year of the edition it belongs to; null when the id names none. */
  year: number | null;
  /** Amendments a consolidated version includes: "+AMD1:2012+AMD2:2020" gives ["AMD1:2012", "AMD2:2020"]. */
  consolidates: string[];
  /** What the publication changes or corrects, outermost last: "/AMD1:1995/COR1:1995" gives both. */
  changes: string[];
  /** The webstore's product code after the id: CSV, RLV, CMV, EXV, SER, DB. */
  product: string | null;
}

const CHANGE = String.raw`(?:AMD|COR|ISH)\d+:\d{4}`;
const SUFFIX = new RegExp(String.raw`^:(\d{4})((?:\+${CHANGE})*)(?: (CSV|RLV|CMV|EXV-CMV|EXV-RLV|EXV|SER|DB))?((?:\/${CHANGE})*)$`);
const PRODUCT_KINDS: Record<string, PublicationKind> = {
  CSV: 'consolidated version',
  RLV: 'redline version',
  CMV: 'commented version',
  EXV: 'extended version',
  'EXV-CMV': 'commented version',
  'EXV-RLV': 'redline version',
  SER: 'series',
  DB: 'database',
};
const CHANGE_KINDS: Record<string, PublicationKind> = { AMD: 'amendment', COR: 'corrigendum', ISH: 'interpretation sheet' };

const split = (chain: string, separator: string): string[] => chain.split(separator).filter(Boolean);

/** The parts of an id's suffix, the text after the standard's number (":2005+AMD1:2012 CSV"). */
export function publicationParts(suffix: string): PublicationParts {
  const match = SUFFIX.exec(suffix);
  if (!match) {
    const year = /^:(\d{4})\b/.exec(suffix);
    return { kind: /FRAG\d/.test(suffix) ? 'fragment' : 'publication', year: year ? Number(year[1]) : null, consolidates: [], changes: [], product: null };
  }
  const [, year, plus, product, slash] = match;
  const changes = split(slash, '/');
  const consolidates = split(plus, '+');
  let kind: PublicationKind = 'edition';
  if (changes.length) kind = CHANGE_KINDS[changes[changes.length - 1].slice(0, 3)];
  else if (product) kind = PRODUCT_KINDS[product];
  else if (consolidates.length) kind = 'consolidated version';
  return { kind, year: Number(year), consolidates, changes, product: product ?? null };
}

/** "AMD1:2019" -> "amendment 1 (2019)". */
function changeName(change: string): string {
  const [, code, number, year] = /^(AMD|COR|ISH)(\d+):(\d{4})$/.exec(change)!;
  return `${CHANGE_KINDS[code]} ${number} (${year})`;
}

/**
 * One sentence saying what a publication is and which edition it belongs to: "amendment 1 (2019) to CISPR 32:2015",
 * "consolidated version 2.1 of CISPR 32:2015 with AMD1:2019". `edition` is the edition's id, `label` the
 * standard as the webstore spells it.
 */
export function describePublication(parts: PublicationParts, edition: string | null, label: string, editionNumber: string | null): string {
  const number = editionNumber ? ` ${editionNumber}` : '';
  const base = edition ?? label;
  const withAmendments = parts.consolidates.length ? `${base}+${parts.consolidates.join('+')}` : base;
  const product = parts.product ? `${withAmendments} ${parts.product}` : withAmendments;
  if (parts.changes.length) {
    const last = parts.changes[parts.changes.length - 1];
    const target = [product, ...parts.changes.slice(0, -1)].join('/');
    return `${changeName(last)} ${parts.kind === 'interpretation sheet' ? 'of' : 'to'} ${target}`;
  }
  switch (parts.kind) {
    case 'edition':
      return `edition${number} of ${label}`;
    case 'consolidated version':
      return `consolidated version${number} of ${base}${parts.consolidates.length ? ` with ${parts.consolidates.join(' and ')}` : ''}`;
    case 'series':
      return `all parts of ${label} as one series (${edition ?? 'undated'})`;
    case 'publication':
    case 'fragment':
      return `${parts.kind} of ${label} listed by the IEC webstore`;
    default:
      return `${parts.kind} of ${base}`;
  }
}
