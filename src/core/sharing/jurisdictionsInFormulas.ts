import { type FormulaArgument, parseFormula } from '../formula';
import { harmonizeFunctionOf } from '../mappings';

/** The argument that names jurisdictions, by function. */
const JURISDICTION_ARGUMENT: Record<string, number[]> = {
  EQUIVALENT: [1],
  CORRESPONDENCE: [1],
  MATRIX: [1],
  RECOGNITION: [0, 1],
};

function texts(argument: FormulaArgument | undefined): string[] {
  if (argument === undefined || argument === null) return [];
  if (Array.isArray(argument)) return argument.flat().filter((v): v is string => typeof v === 'string');
  return typeof argument === 'string' ? [argument] : [];
}

/**
 * The jurisdictions a workbook's HARMONIZE formulas name as literals ("US", {"EU","CN"}), in order of first use:
 * the matrix builder's "in this workbook" preset. Formulas that do not parse, or name places by reference, add
 * nothing here; the caller adds the headers of the matrices the pane itself built.
 */
export function jurisdictionsInFormulas(formulas: readonly unknown[]): string[] {
  const found = new Set<string>();
  for (const formula of formulas) {
    if (typeof formula !== 'string' || !harmonizeFunctionOf(formula)) continue;
    try {
      const parsed = parseFormula(formula);
      for (const index of JURISDICTION_ARGUMENT[parsed.name] ?? []) for (const t of texts(parsed.args[index])) found.add(t.trim());
    } catch {
      // A formula with references or nested calls names no literal jurisdiction.
    }
  }
  found.delete('');
  return [...found];
}
