/** The compiled dataset as shipped in the bundle. Short, stable keys: shared workbooks depend on its meaning. */

export type Correspondence = 'IDT' | 'MOD' | 'NEQ';
export type Provenance = 'cited' | 'derived' | 'workbook';

export interface CompiledStandard {
  id: string;
  title?: string;
  committee?: string;
  status?: 'current' | 'withdrawn';
  replacedBy?: string;
  /** The publication date its source gives (YYYY-MM-DD, or YYYY-MM where only the month is given). */
  published?: string;
  /** Index into `sources`. */
  src: number;
  read: string;
  /** True when no catalogue row lists the edition and an adoption's source is its only evidence. */
  evidencedByAdoption?: boolean;
}

/** `current`: in force; `superseded`: replaced by a newer national adoption; `withdrawn`: withdrawn without one. */
/**
 * Whether a national document is in force, as a source states it. `upcoming`: published but not yet in force (China
 * issues a GB years before it takes effect: GB 18280.1-2025 takes effect on 2029-01-01), so it does not yet answer for
 * the current equivalent.
 */
export type AdoptionStatus = 'current' | 'superseded' | 'withdrawn' | 'upcoming';

export interface CompiledAdoption {
  standard: string;
  jurisdiction: string;
  designation: string;
  correspondence?: Correspondence;
  /** Name of the correspondence rule that gives the degree when the record's own source does not state it. */
  degreeRule?: string;
  year?: number;
  status?: AdoptionStatus;
  /** The day an `upcoming` document takes effect (YYYY-MM-DD), where its source gives it. */
  inForce?: string;
  /** What the record adopts when it is not the edition alone: "IEC 60601-1:2005+AMD1:2012". */
  adopts?: string;
  /** The EN a CEN/CENELEC member's record adopts, as its source names it. */
  en?: string;
  /**
   * For an EN record: the CEN or CEN/CENELEC committee that wrote it (`CEN/TC 206`, `CEN/CLC/JTC 3`), where a source
   * printed it (the note cites it). A body that publishes the ENs of joint committees under another prefix is derived
   * only for ENs whose committee is known (see DerivationRule.committees).
   */
  committee?: string;
  /**
   * True when the source names the national document but not the international edition, and the edition was deduced
   * from publication dates (the note gives the reasoning). Such a record answers, but says its edition is inferred.
   */
  editionInferred?: true;
  src: number;
  read: string;
  note?: string;
}

/**
 * A search of a national catalogue that found no adoption of a standard: EQUIVALENT still answers #N/A, but says
 * where and when the search was made, so that an analyst knows the gap was looked into rather than left unchecked.
 */
export interface CompiledAbsence {
  /** The standard without its year ("ISO 37001"): a catalogue searched by number and title covers every edition. */
  standard: string;
  jurisdiction: string;
  /** What was searched and how, in the researcher's words. */
  note: string;
  src: number;
  read: string;
}

/** Who published an EN: CEN (EN ISO, plain CEN ENs), CENELEC (EN IEC, EN 5xxxx, EN 6xxxx) or both (EN ISO/IEC). */
export type EnKind = 'cen' | 'cenelec' | 'joint';

/** How one CEN/CENELEC member publishes one kind of EN, proven by cited national records. */
export interface DerivationRule {
  name: string;
  jurisdiction: string;
  kind: EnKind;
  body: string;
  template: string;
  dateStyle: string;
  /** `iso-first`: the body adopts ISO/IEC standards directly, so a cited direct adoption stands alone. */
  practice?: 'iso-first';
  /** The first EN year the body could adopt: the year it joined CEN (or CENELEC, or the later of both). */
  memberSince: number;
  /**
   * The first EN year the template holds for, where the body changed how it prints that kind of EN (AFNOR printed
   * `NF EN ISO/CEI 17020` for a 2012 EN, `NF EN ISO/IEC 17021-1` from 2015): older ENs are not derived.
   */
  enSince?: number;
  /**
   * The committees whose ENs the rule covers, as prefixes (`CEN/TC`, `CEN/SS`): UNI prints the ENs of CEN's own
   * committees `UNI EN ...` but those of joint CEN/CENELEC committees `UNI CEI EN ...` (`UNI CEI EN ISO 14971:2020`,
   * from CEN/CLC/JTC 3), and a designation does not say which committee wrote an EN. Such a rule derives only ENs
   * whose recorded committee it lists; absent, the rule covers every EN of its kind.
   */
  committees?: string[];
  /** Cited national records the rule reproduces. */
  examples: string[];
  src: number;
  read: string;
}

/** A rule that a body's designation form states the degree of correspondence ("IS/ISO" dual numbering = IDT). */
export interface CorrespondenceRule {
  name: string;
  jurisdiction: string;
  prefix: string;
  correspondence: Correspondence;
  examples: string[];
  /** The first national year the rule covers: an older record, or one without a year, gets no degree from it. */
  since?: number;
  src: number;
  read: string;
  note?: string;
}

export interface NationalBody {
  name: string;
  acronym?: string;
  iso?: string;
  iec?: string;
  src: number;
  read: string;
  /** Where the IEC membership was read, when not on the body's own source. */
  iecSrc?: number;
  iecRead?: string;
}

export interface DatedFact {
  value: string;
  detail?: string;
  date?: string;
  src: number;
  read: string;
}

export interface CompiledJurisdiction {
  code: string;
  name: string;
  alpha3?: string;
  numeric?: string;
  /** Every other name it answers to, already folded for lookup. */
  aliases: string[];
  kind: 'country' | 'bloc';
  blocs: string[];
  members?: string[];
  /** For blocs whose regional standards are recorded under another code (CEN, EEA -> EU). */
  recordsUnder?: string;
  body?: NationalBody;
  wto?: DatedFact;
  gdprAdequacy?: DatedFact;
  ifrs?: DatedFact;
}

export interface HarmonisedCitation {
  standard: string;
  designation: string;
  act: string;
  ojReference?: string;
  src: number;
  read: string;
  note?: string;
}

/** A citation of an EN that no record links to an ISO or IEC edition (EN 285, or an EN whose adopted edition no source states). */
export type UnlinkedCitation = Omit<HarmonisedCitation, 'standard'>;

export interface FdaRecognition {
  standard: string;
  recognitionNumber: string;
  extent?: string;
  date?: string;
  designation?: string;
  src: number;
  read: string;
}

/** An edition that a US regulation incorporates by reference (the QMSR incorporates ISO 13485:2016). */
export interface FdaIncorporation {
  standard: string;
  regulation: string;
  effective: string;
  src: number;
  read: string;
}

export interface SchemeMembership {
  scheme: string;
  jurisdiction: string;
  body: string;
  acronym?: string;
  scope?: string;
  date?: string;
  src: number;
  read: string;
}

/** One link of a crosswalk: [from, to, index into `relationships`, index into `strengths` when NIST gives one].
 *  `to` is empty when NIST states that nothing maps (relationship "none" or "withdrawn"). */
export type CompiledCrosswalkLink = [from: string, to: string, relationship: number, strength?: number];

/** The links of one NIST mapping file, grouped so that the framework ids and the source are stored once. */
export interface CompiledCrosswalk {
  fromFramework: string;
  toFramework: string;
  relationships: string[];
  strengths: string[];
  links: CompiledCrosswalkLink[];
  src: number;
  read: string;
}

/** A family of standards from data/core-standards.csv ("medical devices"), which GAPS takes for a list of standards. */
export interface StandardFamily {
  name: string;
  /** Standard keys, without editions: "ISO 13485". */
  standards: string[];
}

/**
 * What one change did to the data: a record added, removed or changed (one entry per field), a record newly
 * superseded or withdrawn, or a derivation or correspondence rule added, changed or removed.
 */
export type ChangeKind =
  | 'added'
  | 'removed'
  | 'changed'
  | 'superseded'
  | 'withdrawn'
  | 'rule added'
  | 'rule changed'
  | 'rule removed'
  /** A search of a national catalogue that found no adoption was recorded (`new` is the day searched), or dropped. */
  | 'search recorded'
  | 'search removed';

/** One entry of the changelog the compile step computes against the previous release's snapshot. */
export interface DatasetChange {
  /** The release that brought the change: the newer of the two compared. */
  release: string;
  change: ChangeKind;
  /** The edition a record adopts ("ISO 9001:2015"), the standard a search covers ("ISO 37001"); absent for a rule. */
  standard?: string;
  jurisdiction: string;
  /** The record's designation (its new one when it changed), or the rule's name. */
  subject: string;
  /** For `changed` (and a status change), the field; `designation` when a record was renamed. */
  field?: string;
  old?: string;
  new?: string;
}

/**
 * A DatasetChange as the bundle stores it, a row like the crosswalk links: thousands of entries, so no repeated
 * keys. A rule's standard is ''; trailing empty fields are left out.
 */
export type CompiledChange = [
  release: string,
  change: ChangeKind,
  standard: string,
  jurisdiction: string,
  subject: string,
  field?: string,
  old?: string,
  new?: string,
];

/** A kept release before this dataset, whose snapshot the changelog was computed from. */
export interface ReleaseInfo {
  version: string;
  date: string;
  checksum: string;
}

export interface CompiledDataset {
  version: string;
  date: string;
  checksum: string;
  licences: { name: string; licence: string; url: string }[];
  sources: string[];
  standards: CompiledStandard[];
  jurisdictions: CompiledJurisdiction[];
  adoptions: CompiledAdoption[];
  /** Optional so that hand-made test datasets need not carry them. */
  absences?: CompiledAbsence[];
  rules: DerivationRule[];
  correspondenceRules: CorrespondenceRule[];
  harmonised: HarmonisedCitation[];
  /** Optional so that hand-made test datasets and older releases need not carry them. */
  harmonisedUnlinked?: UnlinkedCitation[];
  fda: FdaRecognition[];
  fdaIncorporations: FdaIncorporation[];
  recognition: SchemeMembership[];
  crosswalks: CompiledCrosswalk[];
  /** Optional so that hand-made test datasets need not carry them; the compile step always writes them. */
  families?: StandardFamily[];
  /** The kept releases before this one, oldest first. */
  releases?: ReleaseInfo[];
  /** The changelog, when it ships inside the dataset (hand-made and test datasets). */
  changes?: CompiledChange[];
  /**
   * How many entries the changelog holds when it ships beside the dataset instead (`changelog.json`, loaded with the
   * catalogues): the add-in's bundle carries what every formula needs, and only CHANGES and the audit read the log.
   */
  changeCount?: number;
  /**
   * True when the cited records' notes ship beside the dataset (`notes.json`, loaded with the catalogues) instead of
   * inside it: they are nearly half of the dataset's size, and only EQUIVALENT's "note" field reads them.
   */
  notesApart?: boolean;
}

/** The cited records' notes as `npm run data:build` writes them beside the dataset, in the order of its adoptions. */
export interface CompiledNotes {
  format: 1;
  version: string;
  checksum: string;
  /** One per cited adoption, at the same index; empty for a record without a note. */
  notes: string[];
}

/** The changelog as `npm run data:build` writes it beside the dataset: for exactly one dataset, by its checksum. */
export interface CompiledChangelog {
  format: 1;
  version: string;
  checksum: string;
  changes: CompiledChange[];
}
