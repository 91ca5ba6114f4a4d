import type { StandardEdition } from '../dataset/catalog';
import { normaliseSpacing } from '../text';
import { type PublicationParts, describePublication, publicationParts } from './publicationKind';
import type { CompiledIecCatalogue, IecStatusCode } from './types';

export type CatalogueStatus = 'current' | 'superseded' | 'withdrawn';

/** One IEC webstore publication: an edition, an amendment, a consolidated version... */
export interface CataloguePublication {
  /** As the webstore writes it: "IEC 60601-1:2005+AMD1:2012 CSV". */
  id: string;
  /** The standard's canonical key ("IEC 60601-1"); null for a publication that is no numbered standard. */
  key: string | null;
  /** The standard as the webstore spells it. */
  label: string;
  suffix: string;
  editionNumber: string | null;
  date: string | null;
  status: CatalogueStatus;
  page: string;
  title: string | null;
}

const STATUSES: Record<IecStatusCode, CatalogueStatus> = { P: 'current', R: 'superseded', X: 'superseded', W: 'withdrawn' };

/** The form a typed id is matched in: upper case, no spaces ("IEC60601-1:2005+AMD1:2012CSV"). */
export function publicationLookupKey(text: string): string {
  return normaliseSpacing(text).replace(/ /g, '');
}

function decode(compiled: CompiledIecCatalogue): CataloguePublication[] {
  const list: CataloguePublication[] = [];
  let key: string | null = null;
  let label = '';
  let baseTitle = '';
  for (const line of compiled.rows.split('\n')) {
    const [keyField, suffix, edition, date, status, page, prefix, title] = line.split('\t');
    if (keyField === '~') [key, label] = [null, ''];
    else if (keyField) {
      const bar = keyField.indexOf('|');
      key = bar === -1 ? keyField : keyField.slice(0, bar);
      label = bar === -1 ? keyField : keyField.slice(bar + 1);
    }
    if (title) baseTitle = title;
    const full = prefix === '~' ? '' : prefix + (title || baseTitle);
    list.push({
      id: label + suffix,
      key,
      label,
      suffix,
      editionNumber: edition || null,
      date: date || null,
      status: STATUSES[status as IecStatusCode],
      page: compiled.pageBase + page,
      title: full || null,
    });
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
  private byLookupKey: Map<string, CataloguePublication> | null = null;
  private readonly editions = new Map<string, StandardEdition[]>();
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
        this.keysByNumber.set(number, [...(this.keysByNumber.get(number) ?? []), p.key]);
      }
    }
  }

  partsOf(p: CataloguePublication): PublicationParts {
    let parts = this.parts.get(p);
    if (!parts) this.parts.set(p, (parts = publicationParts(p.suffix)));
    return parts;
  }

  /** The publication a typed id names exactly, in the webstore's spelling or the canonical one. */
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

  /** The standard's editions as the engine answers about them, newest first; built once per standard. */
  editionsOf(key: string): readonly StandardEdition[] {
    let list = this.editions.get(key);
    if (!list) {
      const publications = (this.byKey.get(key) ?? []).filter((p) => this.partsOf(p).kind === 'edition');
      list = publications.map((p) => this.asEdition(p, key)).sort(byYearAscending);
      list.forEach((e, i) => (e.replacedBy = e.status === 'superseded' ? (list![i + 1]?.id ?? null) : null));
      list.reverse();
      this.editions.set(key, list);
    }
    return list;
  }

  private asEdition(p: CataloguePublication, key: string): StandardEdition {
    const year = this.partsOf(p).year!;
    return {
      id: `${key}:${year}`,
      key,
      year,
      publisher: key.split(' ')[0],
      title: p.title,
      committee: null,
      status: p.status,
      replacedBy: null,
      source: p.page,
      read: this.compiled.read,
      evidencedByAdoption: false,
    };
  }

  /** The edition publication itself: the row whose id is the edition's. */
  editionPublication(key: string, year: number): CataloguePublication | undefined {
    return this.byKey.get(key)?.find((p) => this.partsOf(p).kind === 'edition' && this.partsOf(p).year === year);
  }

  /**
   * What replaced a superseded publication: a consolidated version is replaced by the next consolidation of the
   * same edition when there is one; anything else by the next edition of the same number.
   */
  successorOf(p: CataloguePublication): string | null {
    if (p.status !== 'superseded' || !p.key) return null;
    const parts = this.partsOf(p);
    if (parts.kind === 'edition' || parts.year === null) return this.editionsOf(p.key).find((e) => e.id === `${p.key}:${parts.year}`)?.replacedBy ?? null;
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
