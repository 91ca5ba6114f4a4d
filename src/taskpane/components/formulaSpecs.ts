import { type Answer, FUNCTION_TABLE, type Harmonize } from '../../core';

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

const blankToNull = (v: string | undefined) => (v === undefined || v === '' ? null : v);

/**
 * The functions the formula builder offers: every entry of core's function table, previewed by the same engine
 * call the function makes. A number typed as SEARCH's limit goes in as a number, as Excel would pass it.
 */
export const FUNCTION_SPECS: FunctionSpec[] = FUNCTION_TABLE.map((f) => ({
  name: f.name,
  summary: f.summary,
  args: f.parameters.map((p) => ({ name: p.name, optional: p.optional, example: p.example, choices: p.choices })),
  preview: (engine, args) =>
    f.call(
      engine,
      f.parameters.map((p, i) => {
        const value = blankToNull(args[i]);
        return value !== null && p.name === 'limit' && /^\d+$/.test(value) ? Number(value) : value;
      }),
    ),
}));
