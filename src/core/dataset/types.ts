/** The compiled dataset as shipped in the bundle. Short, stable keys: shared workbooks depend on its meaning. */

export type Correspondence = 'IDT' | 'MOD' | 'NEQ';
export type Provenance = 'cited' | 'derived' | 'workbook';

export interface CompiledStandard {
  id: string;
  title?: string;
  committee?: string;
  status?: 'current' | 'withdrawn';
  replacedBy?: string;
  /** Index into `sources`. */
  src: number;
  read: string;
  /** True when no catalogue row lists the edition and an adoption's source is its only evidence. */
  evidencedByAdoption?: boolean;
}

export interface CompiledAdoption {
  standard: string;
  jurisdiction: string;
  designation: string;
  correspondence?: Correspondence;
  year?: number;
  status?: string;
  src: number;
  read: string;
  note?: string;
}

export interface DerivationRule {
  name: string;
  jurisdiction: string;
  body: string;
  template: string;
  dateStyle: string;
  /** `publisher-named`: verified only for ENs that name ISO or IEC (see ruleCovers). Absent: every EN. */
  scope?: 'publisher-named';
  example: string;
  src: number;
  read: string;
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

export interface FdaRecognition {
  standard: string;
  recognitionNumber: string;
  extent?: string;
  date?: string;
  designation?: string;
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

export interface CompiledDataset {
  version: string;
  date: string;
  checksum: string;
  licences: { name: string; licence: string; url: string }[];
  sources: string[];
  standards: CompiledStandard[];
  jurisdictions: CompiledJurisdiction[];
  adoptions: CompiledAdoption[];
  rules: DerivationRule[];
  harmonised: HarmonisedCitation[];
  fda: FdaRecognition[];
  recognition: SchemeMembership[];
  crosswalks: CompiledCrosswalk[];
}
