import type { Answer, Argument, Harmonize } from './harmonize';
import { ADOPTION_FIELDS } from './query/adoptionFields';
import { FRAMEWORK_IDS } from './query/crosswalkFrameworks';
import { GAP_KINDS } from './query/gapKinds';
import { DATASET_FIELDS } from './query/datasetInfo';
import { JURISDICTION_FIELDS } from './query/jurisdictionInfo';
import { ORIGIN_FIELDS } from './query/origin';
import { RECOGNITION_SCHEMES } from './query/recognition';
import { STANDARD_FIELDS } from './query/standardInfo';

export interface ParameterSpec {
  name: string;
  optional: boolean;
  /** What the formula builder shows as the placeholder, and uses when a required argument is left empty. */
  example: string;
  /** Choices offered by a picker; free text when absent. */
  choices?: readonly string[];
  /**
   * What the argument names, so that the Workbook tab's audit can trace a changed answer to the changelog entries
   * about those standards and places.
   */
  names?: 'standards' | 'places' | 'standards or places';
}

export interface FunctionEntry {
  /** The Excel name under the HARMONIZE namespace. */
  name: string;
  summary: string;
  parameters: ParameterSpec[];
  /** The engine call behind the function, with its arguments as Excel passes them (an empty optional is null). */
  call: (engine: Harmonize, args: Argument[]) => Answer;
}

const req = (name: string, example: string, choices?: readonly string[]): ParameterSpec => ({ name, optional: false, example, choices });
const opt = (name: string, example: string, choices?: readonly string[]): ParameterSpec => ({ name, optional: true, example, choices });
const naming = (spec: ParameterSpec, names: ParameterSpec['names']): ParameterSpec => ({ ...spec, names });
const standard = (name: string, example: string): ParameterSpec => naming(req(name, example), 'standards');
const place = (name: string, example: string): ParameterSpec => naming(req(name, example), 'places');

/**
 * The one list of HARMONIZE functions: the custom functions, `harmonize eval` and `recalc`, the Workbook tab's audit
 * and the formula builder all read it, and a test holds it against the generated functions.json, so a function
 * cannot be known to one of them and missing from another.
 */
export const FUNCTION_TABLE: readonly FunctionEntry[] = [
  {
    name: 'EQUIVALENT',
    summary: "A jurisdiction's equivalent of a standard",
    parameters: [standard('standard', 'ISO 13485'), place('jurisdiction', 'CN'), opt('field', 'designation', ADOPTION_FIELDS)],
    call: (e, a) => e.equivalent(a[0], a[1], a[2] ?? null),
  },
  {
    name: 'CORRESPONDENCE',
    summary: 'IDT, MOD or NEQ',
    parameters: [standard('standard', 'ISO 9001'), place('jurisdiction', 'JP')],
    call: (e, a) => e.correspondence(a[0], a[1]),
  },
  {
    name: 'ADOPTIONS',
    summary: 'Every recorded adoption, as a table',
    parameters: [standard('standard', 'ISO 14971'), opt('fields', 'designation,correspondence')],
    call: (e, a) => e.adoptions(a[0], a[1] ?? null),
  },
  {
    name: 'MATRIX',
    summary: 'Standards against jurisdictions, as a table',
    parameters: [standard('standards', 'ISO 9001'), place('jurisdictions', 'CN'), opt('field', 'designation', ADOPTION_FIELDS)],
    call: (e, a) => e.matrix(a[0], a[1], a[2] ?? null),
  },
  {
    name: 'STANDARD',
    summary: 'Resolve a standard and read a fact',
    parameters: [req('query', 'iso9001'), opt('field', 'title', STANDARD_FIELDS)],
    call: (e, a) => e.standard(a[0], a[1] ?? null),
  },
  {
    name: 'JURISDICTION',
    summary: 'Resolve a jurisdiction and read a fact',
    parameters: [req('query', 'Deutschland'), opt('field', 'body', JURISDICTION_FIELDS)],
    call: (e, a) => e.jurisdiction(a[0], a[1] ?? null),
  },
  {
    name: 'ORIGIN',
    summary: 'The international standard behind a designation',
    parameters: [standard('designation', 'GB/T 19001-2016'), opt('field', 'edition', ORIGIN_FIELDS)],
    call: (e, a) => e.origin(a[0], a[1] ?? null),
  },
  {
    name: 'SEARCH',
    summary: 'Search standards, places and designations',
    parameters: [req('query', 'medical devices'), opt('limit', '5')],
    call: (e, a) => e.search(a[0], a[1] ?? null),
  },
  {
    name: 'DATASET',
    summary: 'Facts about the bundled dataset',
    parameters: [opt('field', 'version', DATASET_FIELDS)],
    call: (e, a) => e.dataset(a[0] ?? null),
  },
  {
    name: 'CROSSWALK',
    summary: 'NIST crosswalk of a control between frameworks',
    parameters: [req('control', 'GV.OC-01'), req('from_framework', 'CSF-2.0', FRAMEWORK_IDS), req('to_framework', 'SP800-53r5', FRAMEWORK_IDS)],
    call: (e, a) => e.crosswalk(a[0], a[1], a[2]),
  },
  {
    name: 'RECOGNITION',
    summary: 'Whether two jurisdictions recognise each other under a scheme',
    parameters: [req('jurisdiction_a', 'US'), req('jurisdiction_b', 'GB'), opt('scheme', 'IAF-MLA', RECOGNITION_SCHEMES)],
    call: (e, a) => e.recognition(a[0], a[1], a[2] ?? null),
  },
  {
    name: 'GAPS',
    summary: 'Where two jurisdictions differ, most material first',
    parameters: [
      place('jurisdiction_a', 'DE'),
      place('jurisdiction_b', 'US'),
      naming(opt('standards_or_family', 'medical devices'), 'standards'),
      opt('kind', 'a-only', GAP_KINDS),
    ],
    call: (e, a) => e.gaps(a[0], a[1], a[2] ?? null, a[3] ?? null),
  },
  {
    name: 'CHANGES',
    summary: 'What changed in the data, newest first',
    parameters: [opt('since_version', '1.1.0'), naming(opt('jurisdiction_or_standard', 'DE'), 'standards or places')],
    call: (e, a) => e.changes(a[0] ?? null, a[1] ?? null),
  },
];

export const FUNCTION_BY_NAME: ReadonlyMap<string, FunctionEntry> = new Map(FUNCTION_TABLE.map((f) => [f.name, f]));
