import { FUNCTION_TABLE } from '../core';
import { type FormulaArgument, parseFormula } from '../core/formula';
import * as functions from '../functions/functions';
import { readCataloguesSynchronously } from './catalogueFile';
import { installCustomFunctionsShim, isExcelError } from './customFunctionsShim';

installCustomFunctionsShim();
readCataloguesSynchronously();

type ExcelFunction = (...args: unknown[]) => unknown[][];

/** Excel function ids and the module functions behind them: the same code Excel calls, for every entry of core's table. */
export const FUNCTIONS: Record<string, ExcelFunction> = Object.fromEntries(
  FUNCTION_TABLE.map((f) => {
    const fn = (functions as unknown as Record<string, ExcelFunction | undefined>)[f.name.toLowerCase()];
    if (!fn) throw new Error(`src/functions/functions.ts has no function for HARMONIZE.${f.name}`);
    return [f.name, fn];
  }),
);

export type JsonCell = string | number | boolean | { error: string; message: string };

export type EvaluationResult =
  | { formula: string; value: JsonCell | JsonCell[][] }
  | { formula: string; error: string; message: string };

function jsonCell(value: unknown): JsonCell {
  if (isExcelError(value)) return { error: value.code, message: value.message };
  if (value === null || value === undefined) return '';
  return value as JsonCell;
}

/** Excel hands a matrix parameter [[value]] for a single cell; literals are passed the same way. */
function asExcelArgument(arg: FormulaArgument): unknown {
  return arg === null ? undefined : arg;
}

/** Evaluates one formula through the custom-functions module and reports a value or an error, never throws. */
export function evaluateFormula(text: string): EvaluationResult {
  const formula = text.trim();
  try {
    const parsed = parseFormula(formula);
    const fn = FUNCTIONS[parsed.name];
    if (!fn) {
      return { formula, error: '#NAME?', message: `Unknown function ${parsed.name}; known: ${Object.keys(FUNCTIONS).join(', ')}` };
    }
    const grid = fn(...parsed.args.map(asExcelArgument)).map((row) => row.map(jsonCell));
    const value = grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { formula, ...value };
    return { formula, value };
  } catch (error) {
    if (isExcelError(error)) return { formula, error: error.code, message: error.message };
    return { formula, error: '#VALUE!', message: error instanceof Error ? error.message : String(error) };
  }
}
