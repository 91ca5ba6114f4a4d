/** MATRIX: 1,000 real standard ids down, 60 real jurisdiction codes across, in one broadcasting call. */
import { installCustomFunctionsShim } from '../test/support/customFunctionsShim';
import * as functions from '../src/functions/functions';
import { type ExcelFunction, loadBuiltFunctions } from './builtBundle';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundleCore } from './bundledEngine';
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
 *   every cell once; timed in a process of its own (see FIRST_CALL_SCRIPT);
 * - firstCallColdCode: the bundle evaluated afresh and its index built outside the timing, so the call also pays
 *   for V8 compiling the code for the first time, as the very first MATRIX after Excel loads the add-in does.
 */
// Measured here: a fresh engine's first MATRIX settles after about a dozen calls into the process, as V8 tiers
// the resolving code up; five left the samples still paying for that.
const WARM_UP_CALLS = 15;
const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();

/**
 * The first-call samples, in a Node process that has loaded nothing but the bundled core. In the bench's own process
 * the same row slowed with every copy of the bundle the rows before it had left in memory (22, 36, then 52 ms over
 * three runs of this row in one process, on unchanged code and data), so it measured the bench, not the engine.
 * Warm-up calls first, so the samples run on compiled code; garbage is collected before each (--expose-gc), since
 * indexing a fresh engine's catalog leaves garbage the cold-start row already pays for.
 */
const FIRST_CALL_SCRIPT = `
const core = require(process.argv[1]);
const { standards, jurisdictions, warmUps, samples } = JSON.parse(require('node:fs').readFileSync(process.argv[2], 'utf8'));
let rows = 0; // each answer is used, so no call can be optimised away
for (let i = 0; i < warmUps; i++) rows += core.Harmonize.fromDataset(core.dataset).equivalent(standards, jurisdictions).length;
const times = [];
for (let i = 0; i < samples; i++) {
  const engine = core.Harmonize.fromDataset(core.dataset);
  globalThis.gc();
  const start = performance.now();
  rows += engine.equivalent(standards, jurisdictions).length;
  times.push(performance.now() - start);
}
process.stdout.write(JSON.stringify({ times, rows }));
`;

/**
 * Processes the first-call samples are taken in, each taking `samples` of them. The samples of one process share its
 * hash seed and heap layout, and this machine is shared with other work: on unchanged code and data, the medians of
 * single processes ranged from 22.8 to 32.2 ms over 14 processes (2026-12-07), so one process measured its own luck
 * as much as the engine.
 */
export const FIRST_CALL_PROCESSES = 3;

function firstCallSamples(standards: string[][], jurisdictions: string[][], samples: number): number[] {
  const core = bundleCore();
  // The inputs go beside the bundled core, in the temporary folder bundleCore made.
  const inputs = join(dirname(core), 'matrix.json');
  writeFileSync(inputs, JSON.stringify({ standards, jurisdictions, warmUps: WARM_UP_CALLS, samples }));
  const times: number[] = [];
  for (let p = 0; p < FIRST_CALL_PROCESSES; p++) {
    const out = execFileSync(process.execPath, ['--expose-gc', '-e', FIRST_CALL_SCRIPT, core, inputs], { encoding: 'utf8', maxBuffer: 1 << 20 });
    times.push(...(JSON.parse(out) as { times: number[] }).times);
  }
  return times;
}

export function benchMatrix(runs = 25, bundlePath?: string): MatrixResult {
  const { standards, jurisdictions } = matrixInputs();
  let grid: unknown[][] = [];
  const equivalent = (bundlePath ? loadBuiltFunctions(bundlePath).EQUIVALENT : functions.equivalent) as ExcelFunction;
  const warm = timeRuns(() => consume((grid = equivalent(standards, jurisdictions))), runs);
  const answered = grid.flat().filter((v) => typeof v === 'string').length;
  const samples = Math.min(runs, 10);
  const firstCall = firstCallSamples(standards, jurisdictions, samples);
  const firstCallColdCode: number[] = [];
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
