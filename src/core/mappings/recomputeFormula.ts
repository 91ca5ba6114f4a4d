import { FormulaSyntaxError, type FormulaArgument, type Literal, formatArgument, parseFormula } from '../formula';
import { FUNCTION_BY_NAME } from '../functionTable';
import type { Answer, Harmonize } from '../harmonize';
import { type CellReference, mapReferences } from './formulaReferences';

/** What a reference stands for: one cell's literal value, or a range's rows; or why it cannot be read. */
export type ReferenceValue = Literal | Literal[][] | { unresolved: string };
export type ResolveReference = (ref: CellReference) => ReferenceValue;

export type Recomputed = { answer: Answer } | { skipped: string };

/**
 * The spellings a HARMONIZE call has: as typed (`HARMONIZE.X`), as Excel saves it in the file
 * (`_xldudf_HARMONIZE_X`), and as Excel saves an unknown user function (`_xludf.HARMONIZE.X`).
 */
const HARMONIZE_HEAD = /^\s*=?\s*(?:_xldudf_HARMONIZE_|_xludf\.HARMONIZE\.|HARMONIZE\.)([A-Za-z]+)\s*\(/i;
const MENTION = /(?:^|[^A-Za-z0-9_])(?:_xldudf_HARMONIZE_|(?:_xludf\.)?HARMONIZE\.)[A-Za-z]+\s*\(/i;

const withoutStrings = (formula: string): string => formula.replace(/"(?:[^"]|"")*"/g, '""');

/** True when a formula calls HARMONIZE anywhere (string literals do not count). */
export function mentionsHarmonize(formula: string): boolean {
  return MENTION.test(withoutStrings(formula));
}

/** The function name when the whole formula is one HARMONIZE call, e.g. "EQUIVALENT"; null otherwise. */
export function harmonizeFunctionOf(formula: string): string | null {
  return HARMONIZE_HEAD.exec(formula)?.[1].toUpperCase() ?? null;
}

class Unresolved extends Error {}

function substituteReferences(formula: string, resolve: ResolveReference | undefined): string {
  return mapReferences(formula, (ref, text) => {
    if (!resolve) throw new Unresolved(`${text} is a cell reference and no workbook was given to read it`);
    const value = resolve(ref);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) throw new Unresolved(value.unresolved);
    return formatArgument(value);
  });
}

/** A HARMONIZE call read back from a saved formula: its function and literal arguments. */
export interface ReadCall {
  name: string;
  args: FormulaArgument[];
}

/** A saved HARMONIZE formula read back as a call, or why it cannot be. */
export type ReadFormula = ReadCall | { skipped: string };

/**
 * Reads one saved HARMONIZE formula the way the custom function would receive it: references are replaced by the
 * literal values they point at, then the formula is parsed. Anything it cannot reproduce faithfully (a nested
 * call, a name, a reference to a formula) is skipped with the reason, never guessed.
 */
export function readHarmonizeFormula(formula: string, resolve?: ResolveReference): ReadFormula {
  const name = harmonizeFunctionOf(formula);
  if (!name) {
    return {
      skipped: mentionsHarmonize(formula)
        ? 'HARMONIZE is called inside another formula; only a formula that is one HARMONIZE call is recomputed'
        : 'Not a HARMONIZE formula',
    };
  }
  const target = FUNCTION_BY_NAME.get(name);
  if (!target) return { skipped: `Unknown function HARMONIZE.${name}` };
  let args: FormulaArgument[];
  try {
    const literal = substituteReferences(formula.replace(HARMONIZE_HEAD, `HARMONIZE.${name}(`), resolve);
    args = parseFormula(literal).args;
  } catch (error) {
    if (error instanceof Unresolved) return { skipped: error.message };
    if (error instanceof FormulaSyntaxError) return { skipped: `Only literal arguments and A1 references can be recomputed: ${error.message}` };
    throw error;
  }
  const arity = target.parameters.length;
  if (args.length > arity) return { skipped: `HARMONIZE.${name} takes at most ${arity} arguments, not ${args.length}` };
  return { name, args };
}

/** Answers a read call with an engine, through the function table; an engine failure is a skip with its message. */
export function answerCall(engine: Harmonize, call: ReadCall): Recomputed {
  try {
    return { answer: FUNCTION_BY_NAME.get(call.name)!.call(engine, call.args) };
  } catch (error) {
    return { skipped: `The engine failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Recomputes one saved HARMONIZE formula with an engine, the way the custom function would (see readHarmonizeFormula). */
export function recomputeFormula(engine: Harmonize, formula: string, resolve?: ResolveReference): Recomputed {
  const read = readHarmonizeFormula(formula, resolve);
  return 'skipped' in read ? read : answerCall(engine, read);
}
