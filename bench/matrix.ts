/** MATRIX: 1,000 real standard ids down, 60 real jurisdiction codes across, in one broadcasting call. */
import { installCustomFunctionsShim } from '../test/support/customFunctionsShim';
import * as functions from '../src/functions/functions';
import { type ExcelFunction, loadBuiltFunctions } from './builtBundle';
import { freshBundledEngine, loadBundledCore } from './bundledEngine';
import { jurisdictionCodes, standardIds } from './inputs';
import { consume, summarise, timeRuns, type Summary } from './stats';

installCustomFunctionsShim();

export const MATRIX_STANDARDS = 1_000;
export const MATRIX_JURISDICTIONS = 60;

export interface MatrixResult {
  /** Milliseconds per call, repeated calls over a warm engine (Excel recalculating). */
  warm: Summary;
  /** Milliseconds for the first call on a freshly indexed engine, bundled as shipped: every cell resolved from scratch. */
  firstCall: Summary;
  /** The same, in a freshly evaluated bundle: includes compiling the code; null without a bundle. */
  firstCallColdCode: Summary | null;
  cells: number;
  answered: number;
}

export function matrixInputs(): { standards: string[][]; jurisdictions: string[][] } {
  return {
    standards: standardIds(MATRIX_STANDARDS).map((id) => [id]),
    jurisdictions: [jurisdictionCodes(MATRIX_JURISDICTIONS)],
  };
}

/**
 * Three measures of one broadcasting call over the same 1,000 x 60 inputs:
 * - warm: repeated calls through the built dist/functions.js, as Excel recalculates a sheet;
 * - firstCall: a fresh engine (empty memos and caches) from src/core bundled as the add-in ships it (see
 *   bundledEngine.ts), over code the JIT has already compiled, which isolates the engine's own cost of resolving
 *   every cell once;
 * - firstCallColdCode: the bundle evaluated afresh and its index built outside the timing, so the call also pays
 *   for V8 compiling the code for the first time, as the very first MATRIX after Excel loads the add-in does.
 */
// Measured here: a fresh engine's first MATRIX settles after about a dozen calls into the process, as V8 tiers
// the resolving code up; five left the samples still paying for that.
const WARM_UP_CALLS = 15;
const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();

export function benchMatrix(runs = 25, bundlePath?: string): MatrixResult {
  const { standards, jurisdictions } = matrixInputs();
  let grid: unknown[][] = [];
  const equivalent = (bundlePath ? loadBuiltFunctions(bundlePath).EQUIVALENT : functions.equivalent) as ExcelFunction;
  const warm = timeRuns(() => consume((grid = equivalent(standards, jurisdictions))), runs);
  const answered = grid.flat().filter((v) => typeof v === 'string').length;
  const firstCall: number[] = [];
  const firstCallColdCode: number[] = [];
  const samples = Math.min(runs, 10);
  // The recalculation runs above warmed the bundle's copy of the engine, not this one: a few untimed calls first,
  // enough for V8 to optimise the resolving code, so the samples measure compiled code as the row says.
  const core = loadBundledCore();
  for (let i = 0; i < WARM_UP_CALLS; i++) consume(freshBundledEngine(core).equivalent(standards, jurisdictions));
  for (let i = 0; i < samples; i++) {
    const engine = freshBundledEngine(core);
    // Indexing the catalog leaves garbage that the cold-start row already pays for; collect it before timing
    // (npm run bench runs node with --expose-gc) so the call is charged only for its own work.
    collectGarbage();
    const start = performance.now();
    consume(engine.equivalent(standards, jurisdictions));
    firstCall.push(performance.now() - start);
  }
  // Evaluating a fresh copy of the bundle per sample leaves every copy's code and dataset in this process, which
  // Excel never does (it loads the bundle once); so these samples come after the first-call ones, not between them.
  for (let i = 0; bundlePath && i < samples; i++) {
    const fresh = loadBuiltFunctions(bundlePath).EQUIVALENT;
    consume(fresh([['ISO 9001']], [['CN']]));
    collectGarbage();
    const start = performance.now();
    consume(fresh(standards, jurisdictions));
    firstCallColdCode.push(performance.now() - start);
  }
  return {
    warm: summarise(warm),
    firstCall: summarise(firstCall),
    firstCallColdCode: firstCallColdCode.length ? summarise(firstCallColdCode) : null,
    cells: MATRIX_STANDARDS * MATRIX_JURISDICTIONS,
    answered,
  };
}
