import type { StandardEdition } from '../dataset/catalog';
import { normaliseSpacing } from '../text';
import { type PublicationParts, describePublication, publicationParts } from './publicationKind';
import type { CompiledIecCatalogue, IecStatusCode } from './types';

export type CatalogueStatus = 'current' | 'superseded' | 'withdrawn';

const STATUSES: Record<IecStatusCode, CatalogueStatus> = { P: 'current', R: 'superseded', X: 'superseded', W: 'withdrawn' };

/** PUBLISHED is current, REVISED and REPLACED are superseded, WITHDRAWN is withdrawn. */
/**
 * Whether a standard id, key or publisher is one the IEC webstore publishes: IEC's own, CISPR's and the joint
 * ISO/IEC (and IEC/IEEE, ISO/IEC/IEEE) ones, never ISO's alone.
 */
export function onIecWebstore(idOrPublisher: string): boolean {
  return /^(?:ISO\/)?(?:IEC|CISPR)\b/.test(idOrPublisher);
}

export function catalogueStatus(code: IecStatusCode): CatalogueStatus {
  return STATUSES[code];
}
const EDITION_SUFFIX = /^:\d{4}$/;

/**
 * One IEC webstore publication: an edition, an amendment, a consolidated version... The id, page and title are
 * put together when asked for: the first lookup waits for all 32,000 rows to be read, and most are never shown.
 */
export class CataloguePublication {
  constructor(
    /** The standard's canonical key ("IEC 60601-1"); null for a publication that is no numbered standard. */
    readonly key: string | null,
    /** The standard as the webstore spells it. */
    readonly label: string,
    /** The rest of the webstore id: ":2005+AMD1:2012 CSV". */
    readonly suffix: string,
    readonly editionNumber: string | null,
    readonly date: string | null,
    readonly status: CatalogueStatus,
    private readonly pageBase: string,
    private readonly pageNumber: string,
    private readonly titlePrefix: string,
    private readonly baseTitle: string,
  ) {}

  /** As the webstore writes it: "IEC 60601-1:2005+AMD1:2012 CSV". */
  get id(): string {
    return this.label + this.suffix;
  }

  get page(): string {
    return this.pageBase + this.pageNumber;
  }

  get title(): string | null {
    if (this.titlePrefix === '~') return null;
    return this.titlePrefix + this.baseTitle || null;
  }

  /** An edition itself, not something published about one: its suffix is the year alone. */
  get isEdition(): boolean {
    return this.key !== null && EDITION_SUFFIX.test(this.suffix);
  }
}

/** The form a typed id is matched in: upper case, no spaces ("IEC60601-1:2005+AMD1:2012CSV"). */
export function publicationLookupKey(text: string): string {
  return normaliseSpacing(text).replace(/ /g, '');
}

/** Reads the rows (see CompiledIecCatalogue) by scanning for tabs and line ends, without splitting into arrays. */
function decode(compiled: CompiledIecCatalogue): CataloguePublication[] {
  const text = compiled.rows;
  const list: CataloguePublication[] = [];
  let key: string | null = null;
  let label = '';
  let baseTitle = '';
  let at = 0;
  const field = (): string => {
    let end = text.indexOf('\t', at);
    const lineEnd = text.indexOf('\n', at);
    if (end === -1 || (lineEnd !== -1 && lineEnd < end)) end = lineEnd === -1 ? text.length : lineEnd;
    const value = text.slice(at, end);
    at = end + 1;
    return value;
  };
  while (at < text.length) {
    const keyField = field();
    if (keyField === '~') [key, label] = [null, ''];
    else if (keyField) {
      const bar = keyField.indexOf('|');
      key = bar === -1 ? keyField : keyField.slice(0, bar);
      label = bar === -1 ? keyField : keyField.slice(bar + 1);
    }
    const [suffix, edition, date, status, page, prefix, title] = [field(), field(), field(), field(), field(), field(), field()];
    if (title) baseTitle = title;
    list.push(
      new CataloguePublication(
        key,
        label,
        suffix,
        edition || null,
        date || null,
        catalogueStatus(status as IecStatusCode),
        compiled.pageBase,
        page,
        prefix,
        baseTitle,
      ),
    );
  }
  return list;
}

const byYearAscending = (a: StandardEdition, b: StandardEdition): number => a.year - b.year;

/**
 * Every IEC, ISO/IEC and CISPR publication the IEC webstore lists, indexed by standard and by id. Editions are
 * offered to the engine as editions; everything else is a publication that names its edition.
 */
export class IecCatalogue {
  readonly publications: CataloguePublication[];
  /** Every publication of a standard, by canonical key. */
  readonly byKey = new Map<string, CataloguePublication[]>();
  /** "60068-2-6" -> ["IEC 60068-2-6"], as the core catalog keys numbers. */
  readonly keysByNumber = new Map<string, string[]>();
  /** By id with case and spacing folded, in the webstore's and the canonical spelling; built on first use. */
  private byLookupKey: Map<string, CataloguePublication> | null = null;
  private readonly editions = new Map<string, StandardEdition[]>();
  /** Keys by the first four characters of their number, for "did you mean" among 13,000 standards; built on first use. */
  private keysByNumberStart: Map<string, string[]> | null = null;
  private readonly parts = new WeakMap<CataloguePublication, PublicationParts>();

  constructor(readonly compiled: CompiledIecCatalogue) {
    this.publications = decode(compiled);
    for (const p of this.publications) {
      if (!p.key) continue;
      const list = this.byKey.get(p.key);
      if (list) list.push(p);
      else {
        this.byKey.set(p.key, [p]);
        const number = p.key.slice(p.key.lastIndexOf(' ') + 1);
        const keys = this.keysByNumber.get(number);
        if (keys) keys.push(p.key);
        else this.keysByNumber.set(number, [p.key]);
      }
    }
  }

  /**
   * The standards whose number starts like `number` ("60068-2-66" -> every IEC 6006x), the candidates worth an edit
   * distance: comparing a typo with all 13,000 keys would cost milliseconds per unknown id, per cell.
   */
  keysNear(number: string): readonly string[] {
    if (!this.keysByNumberStart) {
      this.keysByNumberStart = new Map();
      for (const [n, keys] of this.keysByNumber) {
        const start = n.slice(0, 4);
        const list = this.keysByNumberStart.get(start);
        if (list) list.push(...keys);
        else this.keysByNumberStart.set(start, [...keys]);
      }
    }
    return this.keysByNumberStart.get(number.slice(0, 4)) ?? [];
  }

  partsOf(p: CataloguePublication): PublicationParts {
    let parts = this.parts.get(p);
    if (!parts) this.parts.set(p, (parts = publicationParts(p.suffix)));
    return parts;
  }

  /** The publication an id names in any case and spacing, as the webstore or the canonical key spells it. */
  publication(text: string): CataloguePublication | undefined {
    if (!this.byLookupKey) {
      this.byLookupKey = new Map();
      for (const p of this.publications) {
        this.byLookupKey.set(publicationLookupKey(p.id), p);
        if (p.key && p.key !== p.label) this.byLookupKey.set(publicationLookupKey(p.key + p.suffix), p);
      }
    }
    return this.byLookupKey.get(publicationLookupKey(text));
  }

  /** The publication of a standard whose id ends in `suffix` (":2015", ":2005+AMD1:2012 CSV"). */
  publicationOf(key: string, suffix: string): CataloguePublication | undefined {
    return this.byKey.get(key)?.find((p) => p.suffix === suffix);
  }

  /** The standard's editions as the engine answers about them, newest first; built once per standard. */
  editionsOf(key: string): readonly StandardEdition[] {
    let list = this.editions.get(key);
    if (!list) {
      const found = (this.byKey.get(key) ?? []).filter((p) => p.isEdition).map((p) => this.asEdition(p, key));
      list = found.sort(byYearAscending);
      list.forEach((e, i) => (e.replacedBy = e.status === 'superseded' ? (found[i + 1]?.id ?? null) : null));
      list.reverse();
      this.editions.set(key, list);
    }
    return list;
  }

  private asEdition(p: CataloguePublication, key: string): StandardEdition {
    const year = Number(p.suffix.slice(1));
    return {
      id: `${key}:${year}`,
      key,
      year,
      publisher: key.split(' ')[0],
      title: p.title,
      committee: null,
      status: p.status,
      replacedBy: null,
      published: p.date ?? null,
      source: p.page,
      read: this.compiled.read,
      evidencedByAdoption: false,
    };
  }

  /** The edition publication itself: the row whose id is the edition's. */
  editionPublication(key: string, year: number): CataloguePublication | undefined {
    return this.publicationOf(key, `:${year}`);
  }

  /**
   * What replaced a superseded publication: a consolidated version is replaced by the next consolidation of the
   * same edition when there is one; anything else by the next edition of the same number.
   */
  successorOf(p: CataloguePublication): string | null {
    if (p.status !== 'superseded' || !p.key) return null;
    const parts = this.partsOf(p);
    if (parts.year === null) return null;
    if (parts.kind === 'consolidated version') {
      const later = (this.byKey.get(p.key) ?? []).filter((q) => {
        const other = this.partsOf(q);
        return other.kind === 'consolidated version' && other.year === parts.year && other.consolidates.length > parts.consolidates.length;
      });
      later.sort((a, b) => this.partsOf(a).consolidates.length - this.partsOf(b).consolidates.length);
      if (later[0]) return later[0].id;
    }
    const next = [...this.editionsOf(p.key)].reverse().find((e) => e.year > parts.year!);
    return next?.id ?? null;
  }

  /** One sentence on what the publication is: "amendment 1 (2019) to CISPR 32:2015". */
  describe(p: CataloguePublication): string {
    const parts = this.partsOf(p);
    return describePublication(parts, p.key && parts.year !== null ? `${p.label}:${parts.year}` : null, p.label || p.id, p.editionNumber);
  }
}
