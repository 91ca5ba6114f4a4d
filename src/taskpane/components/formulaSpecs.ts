import { ADOPTION_FIELDS, type Answer, type Harmonize, JURISDICTION_FIELDS, STANDARD_FIELDS } from '../../core';

export interface ArgumentSpec {
  name: string;
  optional: boolean;
  /** Choices offered by a picker; free text when absent. */
  choices?: readonly string[];
  example: string;
}

export interface FunctionSpec {
  name: string;
  summary: string;
  args: ArgumentSpec[];
  preview: (engine: Harmonize, args: string[]) => Answer;
}

const opt = (name: string, example: string, choices?: readonly string[]): ArgumentSpec => ({ name, optional: true, example, choices });
const req = (name: string, example: string): ArgumentSpec => ({ name, optional: false, example });
const blankToNull = (v: string | undefined) => (v === undefined || v === '' ? null : v);

/** The functions the formula builder offers, each previewed by the same engine method the function calls. */
export const FUNCTION_SPECS: FunctionSpec[] = [
  {
    name: 'EQUIVALENT',
    summary: "A jurisdiction's equivalent of a standard",
    args: [req('standard', 'ISO 13485'), req('jurisdiction', 'CN'), opt('field', 'designation', ADOPTION_FIELDS)],
    preview: (e, [s, j, f]) => e.equivalent(s, j, blankToNull(f)),
  },
  {
    name: 'CORRESPONDENCE',
    summary: 'IDT, MOD or NEQ',
    args: [req('standard', 'ISO 9001'), req('jurisdiction', 'JP')],
    preview: (e, [s, j]) => e.correspondence(s, j),
  },
  {
    name: 'ADOPTIONS',
    summary: 'Every recorded adoption, as a table',
    args: [req('standard', 'ISO 14971'), opt('fields', 'designation,correspondence')],
    preview: (e, [s, f]) => e.adoptions(s, blankToNull(f)),
  },
  {
    name: 'STANDARD',
    summary: 'Resolve a standard and read a fact',
    args: [req('query', 'iso9001'), opt('field', 'title', STANDARD_FIELDS)],
    preview: (e, [q, f]) => e.standard(q, blankToNull(f)),
  },
  {
    name: 'JURISDICTION',
    summary: 'Resolve a jurisdiction and read a fact',
    args: [req('query', 'Deutschland'), opt('field', 'body', JURISDICTION_FIELDS)],
    preview: (e, [q, f]) => e.jurisdiction(q, blankToNull(f)),
  },
  {
    name: 'ORIGIN',
    summary: 'The international standard behind a designation',
    args: [req('designation', 'GB/T 19001-2016')],
    preview: (e, [d]) => e.origin(d),
  },
  {
    name: 'SEARCH',
    summary: 'Search standards and designations',
    args: [req('query', 'medical devices'), opt('limit', '5')],
    preview: (e, [q, l]) => e.search(q, l ? Number(l) : null),
  },
];
