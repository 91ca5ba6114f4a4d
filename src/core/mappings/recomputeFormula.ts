import { FormulaSyntaxError, type FormulaArgument, type Literal, formatArgument, parseFormula } from '../formula';
import type { Answer, Argument, Harmonize } from '../harmonize';
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

type Call = (engine: Harmonize, a: Argument[]) => Answer;
const CALLS: Record<string, { arity: number; call: Call }> = {
  EQUIVALENT: { arity: 3, call: (e, a) => e.equivalent(a[0], a[1], a[2]) },
  CORRESPONDENCE: { arity: 2, call: (e, a) => e.correspondence(a[0], a[1]) },
  ADOPTIONS: { arity: 2, call: (e, a) => e.adoptions(a[0], a[1]) },
  MATRIX: { arity: 3, call: (e, a) => e.matrix(a[0], a[1], a[2]) },
  STANDARD: { arity: 2, call: (e, a) => e.standard(a[0], a[1]) },
  JURISDICTION: { arity: 2, call: (e, a) => e.jurisdiction(a[0], a[1]) },
  ORIGIN: { arity: 2, call: (e, a) => e.origin(a[0], a[1]) },
  SEARCH: { arity: 2, call: (e, a) => e.search(a[0], a[1]) },
  DATASET: { arity: 1, call: (e, a) => e.dataset(a[0]) },
};

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
    return formatArgument(value as FormulaArgument);
  });
}

/**
 * Recomputes one saved HARMONIZE formula with an engine, the way the custom function would: references are
 * replaced by the literal values they point at, then the formula is parsed and dispatched to the engine. Anything
 * it cannot reproduce faithfully (a nested call, a name, a reference to a formula) is skipped with the reason,
 * never guessed.
 */
export function recomputeFormula(engine: Harmonize, formula: string, resolve?: ResolveReference): Recomputed {
  const name = harmonizeFunctionOf(formula);
  if (!name) {
    return { skipped: mentionsHarmonize(formula) ? 'HARMONIZE is called inside another formula; only a formula that is one HARMONIZE call is recomputed' : 'Not a HARMONIZE formula' };
  }
  const target = CALLS[name];
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
  if (args.length > target.arity) return { skipped: `HARMONIZE.${name} takes at most ${target.arity} arguments, not ${args.length}` };
  try {
    return { answer: target.call(engine, args) };
  } catch (error) {
    return { skipped: `The engine failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
