import {
  type Answer,
  type Argument,
  type CellValue,
  FUNCTION_BY_NAME,
  FUNCTION_TABLE,
  type Harmonize,
  isHarmonizeError,
  needsCatalogue,
  parseFormula,
  withinPayloadLimit,
} from '../core';
import { runtime } from '../runtime/engine';
import { readCataloguesSynchronously } from './catalogueFile';

readCataloguesSynchronously();

export type JsonCell = string | number | boolean | { error: string; message: string };

export type EvaluationResult = { formula: string; value: JsonCell | JsonCell[][] } | { formula: string; error: string; message: string };

function jsonCell(value: CellValue): JsonCell {
  if (isHarmonizeError(value)) return { error: value.code, message: value.message };
  return value ?? '';
}

/**
 * The engine call of core's function table, as the custom functions make it: the runtime's engine, and the
 * catalogues read from disk only when an answer waits for them (most formulas never do).
 */
function answer(call: (engine: Harmonize, args: Argument[]) => Answer, args: Argument[]): Answer {
  const first = withinPayloadLimit(call(runtime.currentEngine(), args));
  if (!needsCatalogue(first)) return first;
  const loaded = runtime.engineWithCatalogue();
  // evaluateFormula answers at once: a host whose source is asynchronous (the add-in's fetch) gets the answer that
  // says what is missing, and its load is left to settle (or fail) without an unhandled rejection.
  if (loaded instanceof Promise) {
    loaded.catch(() => undefined);
    return first;
  }
  return withinPayloadLimit(call(loaded, args));
}

/** Evaluates one formula through core's function table and reports a value or an error; never throws. */
export function evaluateFormula(text: string): EvaluationResult {
  const formula = text.trim();
  try {
    const parsed = parseFormula(formula);
    const entry = FUNCTION_BY_NAME.get(parsed.name);
    if (!entry) {
      return { formula, error: '#NAME?', message: `Unknown function ${parsed.name}; known: ${FUNCTION_TABLE.map((f) => f.name).join(', ')}` };
    }
    const result = answer(entry.call, parsed.args);
    if (isHarmonizeError(result)) return { formula, error: result.code, message: result.message };
    const grid = result.map((row) => row.map(jsonCell));
    const value = grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid;
    if (typeof value === 'object' && !Array.isArray(value)) return { formula, ...value };
    return { formula, value };
  } catch (error) {
    return { formula, error: '#VALUE!', message: error instanceof Error ? error.message : String(error) };
  }
}
