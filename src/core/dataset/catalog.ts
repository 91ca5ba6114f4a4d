import { boundedMemo } from '../memo';
import { pushTo } from '../multiMap';
import type { CatalogueIndex } from '../catalogue/catalogueIndex';
import { editionId, splitEditionId } from '../identifiers/parseStandardId';
import { designationKey, looseDesignationKeys, vdeClassificationKeys, withoutVdeClassification } from '../text';
import { byPreference, byRecency, inheritEnWithdrawals, markReplacedByAnotherStandard, markSuperseded } from './adoptionOrder';
import { amendedEnsFollowTheirBase } from './amendedEnStanding';
import { deriveAdoptions, mayNotBeOutYet } from './deriveAdoptions';
import { UnlinkedCitations } from './europeanCitations';
import type {
  AdoptionStatus,
  CompiledAbsence,
  CompiledDataset,
  CompiledJurisdiction,
  Correspondence,
  DerivationRule,
  FdaIncorporation,
  FdaRecognition,
  HarmonisedCitation,
  Provenance,
  SchemeMembership,
} from './types';

/** One standard edition as core answers about it. */
export interface StandardEdition {
  id: string;
  key: string;
  year: number;
  publisher: string;
  title: string | null;
  committee: string | null;
  /** `superseded` comes from the IEC webstore catalogue (REVISED or REPLACED). */
  status: 'current' | 'superseded' | 'withdrawn' | null;
  replacedBy: string | null;
  /** The publication date the edition's source gives; the IEC webstore's is read from the catalogue. */
  published: string | null;
  source: string;
  read: string;
  evidencedByAdoption: boolean;
}

/** One national or regional adoption of one edition, with where the fact comes from. */
export interface Adoption {
  standard: string;
  jurisdiction: string;
  designation: string;
  correspondence: Correspondence | null;
  /** The correspondence rule that gives the degree when the record's own source does not state it. */
  degreeRule: string | null;
  year: number | null;
  status: AdoptionStatus | null;
  /** The day an `upcoming` document takes effect, where its source gives it. */
  inForce: string | null;
  /** What the record adopts when it is not the edition alone: "IEC 60601-1:2005+AMD1:2012". */
  adopts: string | null;
  /** The EN a CEN/CENELEC member's record adopts. */
  en: string | null;
  /** For an EN record: the CEN or CEN/CENELEC committee that wrote it, where a source printed it. */
  committee?: string;
  /** True when the edition was deduced from publication dates rather than read (derived records inherit their EN's). */
  editionInferred: boolean;
  source: string;
  read: string;
  provenance: Provenance;
  rule: string | null;
  note: string | null;
}

const NO_ADOPTIONS: readonly Adoption[] = Object.freeze([]);

function publisherOf(key: string): string {
  return key.split(' ')[0];
}

/**
 * Edition ids repeat across thousands of adoptions, and splitting one runs a regular expression: split each id
 * once. Bounded, because workbook overlays bring ids of their own.
 */
const splitEdition = boundedMemo(splitEditionId);

/**
 * The dataset indexed for lookups. Built once per dataset (and once per workbook overlay); every query after
 * that is a handful of Map lookups.
 */
export class Catalog {
  readonly editions = new Map<string, StandardEdition>();
  readonly editionsByKey = new Map<string, StandardEdition[]>();
  /** "27001" -> ["ISO/IEC 27001"]: lets "ISO 27001" or a bare "27001" find the standard. */
  readonly keysByNumber = new Map<string, string[]>();
  readonly jurisdictions = new Map<string, CompiledJurisdiction>();
  readonly adoptions: Adoption[] = [];
  /** Every jurisdiction or bloc with at least one adoption, so a bloc with its own standards can answer. */
  readonly recordedPlaces = new Set<string>();
  /** Edition (or standard) first, then place: two lookups on strings the caller already has, where one lookup on
   *  a joined key would build and hash a new string for every cell of a matrix. */
  private readonly byEditionAndPlace = new Map<string, Map<string, Adoption[]>>();
  private readonly byKeyAndPlace = new Map<string, Map<string, Adoption[]>>();
  private readonly byKey = new Map<string, Adoption[]>();
  /** Built on first use: only designations typed as input and ORIGIN need it, and keying every record is the
   *  largest part of indexing, which every first formula waits for. */
  private byDesignation: Map<string, Adoption[]> | null = null;
  /** The same records keyed without their trailing year, so "GB/T 19001" finds "GB/T 19001-2016". */
  private byUndatedDesignation: Map<string, Adoption[]> | null = null;
  private readonly harmonisedByEdition = new Map<string, HarmonisedCitation[]>();
  private unlinked: UnlinkedCitations | null = null;
  private readonly fdaByEdition = new Map<string, FdaRecognition[]>();
  private readonly fdaIncorporationsByEdition = new Map<string, FdaIncorporation[]>();
  /** Searches that found no adoption, keyed "standard|jurisdiction"; built on first use, like the memberships. */
  private absencesByKeyAndPlace: Map<string, Map<string, CompiledAbsence>> | null = null;
  private rulesByPlace: Map<string, DerivationRule[]> | null = null;
  /** Where each cited record sits in the dataset's adoptions; built on the first note asked for (see citedIndexOf). */
  private citedIndex: WeakMap<Adoption, number> | null = null;
  /** Scheme memberships keyed "scheme|jurisdiction", built on the first RECOGNITION so start-up does not pay. */
  private membershipsBySchemeAndPlace: Map<string, SchemeMembership[]> | null = null;

  constructor(
    readonly dataset: CompiledDataset,
    readonly overlay: readonly Adoption[] = [],
    /** The IEC and JIS publication catalogues, once loaded: they answer only what the dataset does not know. */
    readonly catalogue: CatalogueIndex | null = null,
  ) {
    for (const j of dataset.jurisdictions) this.jurisdictions.set(j.code, j);
    for (const s of dataset.standards) this.addEdition(s);
    const cited = dataset.adoptions.map<Adoption>((a) => ({
      standard: a.standard,
      jurisdiction: a.jurisdiction,
      designation: a.designation,
      correspondence: a.correspondence ?? null,
      degreeRule: a.degreeRule ?? null,
      year: a.year ?? null,
      status: a.status ?? null,
      inForce: a.inForce ?? null,
      adopts: a.adopts ?? null,
      en: a.en ?? null,
      ...(a.committee ? { committee: a.committee } : {}),
      editionInferred: a.editionInferred === true,
      source: dataset.sources[a.src],
      read: a.read,
      provenance: 'cited',
      rule: null,
      note: a.note ?? null,
    }));
    // ENs get their statuses first, so that the national records derived from them inherit them.
    markSuperseded(cited);
    amendedEnsFollowTheirBase(cited);
    inheritEnWithdrawals(cited);
    const derived = deriveAdoptions(cited, dataset.rules, dataset.date);
    const adopted = markSuperseded([...cited, ...derived], { citedWithdrawals: true, mayNotBeOut: (a) => mayNotBeOutYet(a, dataset.date) });
    markReplacedByAnotherStandard(cited, (id) => this.editions.get(id)?.replacedBy ?? null, adopted);
    for (const a of overlay) this.addAdoption(a);
    for (const a of cited) this.addAdoption(a);
    for (const a of derived) this.addAdoption(a);
    this.indexAnsweringRecords();
    for (const h of dataset.harmonised) pushTo(this.harmonisedByEdition, h.standard, h);
    for (const f of dataset.fda) pushTo(this.fdaByEdition, f.standard, f);
    for (const f of dataset.fdaIncorporations) pushTo(this.fdaIncorporationsByEdition, f.standard, f);
  }

  /**
   * Where a cited record sits in the dataset's adoptions, for its note in the notes file; undefined for other records
   * and for a dataset that keeps its notes inside. Built on first use: only EQUIVALENT's "note" field needs it, and
   * start-up should not pay for it.
   */
  citedIndexOf(adoption: Adoption): number | undefined {
    if (!this.dataset.notesApart) return undefined;
    if (!this.citedIndex) {
      // Cited records are indexed in the dataset's order, after the overlay and before the derived ones.
      const index = new WeakMap<Adoption, number>();
      let i = 0;
      for (const a of this.adoptions) if (a.provenance === 'cited') index.set(a, i++);
      this.citedIndex = index;
    }
    return this.citedIndex.get(adoption);
  }

  /**
   * The same catalog with the publication catalogues: a copy sharing every index already built, because the
   * dataset's records do not change with them and indexing them again would delay the first catalogue answer.
   */
  withCatalogue(catalogue: CatalogueIndex): Catalog {
    return Object.assign(Object.create(Catalog.prototype) as Catalog, this, { catalogue });
  }

  /** Orders each edition's records in each place, then lists the answering one of each by standard. */
  private indexAnsweringRecords(): void {
    for (const places of this.byEditionAndPlace.values()) {
      for (const group of places.values()) {
        group.sort(byPreference);
        const a = group[0];
        const key = splitEdition(a.standard)?.key ?? a.standard;
        let byPlace = this.byKeyAndPlace.get(key);
        if (!byPlace) this.byKeyAndPlace.set(key, (byPlace = new Map<string, Adoption[]>()));
        pushTo(byPlace, a.jurisdiction, a);
        pushTo(this.byKey, key, a);
      }
    }
    for (const places of this.byKeyAndPlace.values()) for (const list of places.values()) list.sort(byRecency);
    for (const list of this.byKey.values()) list.sort(byRecency);
  }

  private addEdition(s: CompiledDataset['standards'][number]): void {
    const split = splitEditionId(s.id);
    if (!split) return;
    const edition: StandardEdition = {
      id: s.id,
      key: split.key,
      year: split.year,
      publisher: publisherOf(split.key),
      title: s.title ?? null,
      committee: s.committee ?? null,
      status: s.status ?? null,
      replacedBy: s.replacedBy ?? null,
      published: s.published ?? null,
      source: this.dataset.sources[s.src],
      read: s.read,
      evidencedByAdoption: s.evidencedByAdoption === true,
    };
    this.editions.set(edition.id, edition);
    pushTo(this.editionsByKey, edition.key, edition);
    this.editionsByKey.get(edition.key)!.sort((a, b) => b.year - a.year);
    const number = edition.key.slice(edition.key.lastIndexOf(' ') + 1);
    const keys = this.keysByNumber.get(number) ?? [];
    if (!keys.includes(edition.key)) this.keysByNumber.set(number, [...keys, edition.key]);
  }

  private addAdoption(a: Adoption): void {
    this.adoptions.push(a);
    this.recordedPlaces.add(a.jurisdiction);
    let places = this.byEditionAndPlace.get(a.standard);
    if (!places) this.byEditionAndPlace.set(a.standard, (places = new Map<string, Adoption[]>()));
    pushTo(places, a.jurisdiction, a);
  }

  /** The rules of one CEN/CENELEC member, one per kind of EN it has a proven rule for. */
  derivationRules(jurisdiction: string): readonly DerivationRule[] {
    // Asked once per unanswered cell of a matrix: index on first use rather than filter every time.
    if (!this.rulesByPlace) {
      this.rulesByPlace = new Map();
      for (const rule of this.dataset.rules) pushTo(this.rulesByPlace, rule.jurisdiction, rule);
    }
    return this.rulesByPlace.get(jurisdiction) ?? [];
  }

  /** The record that answers for one edition in one place. */
  adoption(edition: string, jurisdiction: string): Adoption | undefined {
    return this.byEditionAndPlace.get(edition)?.get(jurisdiction)?.[0];
  }

  /** Every record of one edition in one place, the answering one first: the base edition, consolidations, older
   *  national publications. */
  adoptionsOfEdition(edition: string, jurisdiction: string): readonly Adoption[] {
    return this.byEditionAndPlace.get(edition)?.get(jurisdiction) ?? NO_ADOPTIONS;
  }

  /** Every adoption of any edition of a standard in one place, newest edition first. */
  adoptionsIn(key: string, jurisdiction: string): readonly Adoption[] {
    return this.byKeyAndPlace.get(key)?.get(jurisdiction) ?? NO_ADOPTIONS;
  }

  adoptionsOf(key: string): readonly Adoption[] {
    return this.byKey.get(key) ?? [];
  }

  adoptionsByDesignation(designation: string): readonly Adoption[] {
    if (!this.byDesignation) {
      // Every record in the order it was added, as eager indexing would have listed them.
      this.byDesignation = new Map();
      for (const a of this.adoptions) pushTo(this.byDesignation, designationKey(a.designation), a);
      // A German print is also found without its VDE classification, after every record under its own designation.
      for (const a of this.adoptions) {
        const bare = designationKey(withoutVdeClassification(a.designation));
        if (bare !== designationKey(a.designation) && !this.byDesignation.has(bare)) pushTo(this.byDesignation, bare, a);
      }
    }
    return this.byDesignation.get(designationKey(designation)) ?? [];
  }

  /** Records whose designation, without its date, amendments and optional organisation prefix, reads like `text`. */
  adoptionsByUndatedDesignation(text: string): readonly Adoption[] {
    if (!this.byUndatedDesignation) {
      this.byUndatedDesignation = new Map();
      for (const a of this.adoptions) {
        for (const key of [...looseDesignationKeys(a.designation), ...vdeClassificationKeys(a.designation)]) pushTo(this.byUndatedDesignation, key, a);
      }
    }
    // A VDE classification typed alone ("VDE 0750-1") is a key of its own, not a prefix to strip.
    const vde = /^(?:DIN\s+)?VDE\s/i.test(text.trim()) ? vdeClassificationKeys(text)[0] : undefined;
    return this.byUndatedDesignation.get(vde ?? looseDesignationKeys(text)[0]) ?? [];
  }

  latestEdition(key: string): StandardEdition | undefined {
    return this.editionsByKey.get(key)?.[0];
  }

  edition(key: string, year: number): StandardEdition | undefined {
    return this.editions.get(editionId(key, year));
  }

  harmonisedCitations(edition: string): readonly HarmonisedCitation[] {
    return this.harmonisedByEdition.get(edition) ?? [];
  }

  /** Citations of ENs no record links to an international edition; indexed on first use, as only misses ask. */
  get unlinkedCitations(): UnlinkedCitations {
    this.unlinked ??= new UnlinkedCitations(this.dataset.harmonisedUnlinked ?? []);
    return this.unlinked;
  }

  fdaRecognitions(edition: string): readonly FdaRecognition[] {
    return this.fdaByEdition.get(edition) ?? [];
  }

  fdaIncorporations(edition: string): readonly FdaIncorporation[] {
    return this.fdaIncorporationsByEdition.get(edition) ?? [];
  }

  memberships(scheme: string, jurisdiction: string): readonly SchemeMembership[] {
    if (!this.membershipsBySchemeAndPlace) {
      this.membershipsBySchemeAndPlace = new Map();
      for (const m of this.dataset.recognition) pushTo(this.membershipsBySchemeAndPlace, `${m.scheme}|${m.jurisdiction}`, m);
    }
    return this.membershipsBySchemeAndPlace.get(`${scheme}|${jurisdiction}`) ?? [];
  }

  /** The recorded search that found no adoption of a standard (by key, "ISO 37001") in a place, if one was made. */
  absence(key: string, jurisdiction: string): CompiledAbsence | undefined {
    return this.absencesByPlace(key)?.get(jurisdiction);
  }

  /** Every recorded search that found no adoption of a standard, one per place searched. */
  absencesOf(key: string): CompiledAbsence[] {
    return [...(this.absencesByPlace(key)?.values() ?? [])];
  }

  private absencesByPlace(key: string): Map<string, CompiledAbsence> | undefined {
    if (!this.absencesByKeyAndPlace) {
      this.absencesByKeyAndPlace = new Map();
      for (const a of this.dataset.absences ?? []) {
        const places = this.absencesByKeyAndPlace.get(a.standard) ?? new Map<string, CompiledAbsence>();
        this.absencesByKeyAndPlace.set(a.standard, places.set(a.jurisdiction, a));
      }
    }
    return this.absencesByKeyAndPlace.get(key);
  }

  source(index: number): string {
    return this.dataset.sources[index];
  }
}
