/** MATRIX: 1,000 real standard ids down, 60 real jurisdiction codes across, in one broadcasting call. */
import { installCustomFunctionsShim } from '../src/cli/customFunctionsShim';
import { Harmonize } from '../src/core/harmonize';
import { bundledDataset } from '../src/core/dataset/bundledDataset';
import * as functions from '../src/functions/functions';
import { jurisdictionCodes, standardIds } from './inputs';
import { consume, summarise, timeRuns, type Summary } from './stats';

installCustomFunctionsShim();

export const MATRIX_STANDARDS = 1_000;
export const MATRIX_JURISDICTIONS = 60;

export interface MatrixResult {
  /** Milliseconds per call, repeated calls over a warm engine (Excel recalculating). */
  warm: Summary;
  /** Milliseconds for the first call on a freshly indexed engine: every cell resolved from scratch. */
  firstCall: Summary;
  cells: number;
  answered: number;
}

export function matrixInputs(): { standards: string[][]; jurisdictions: string[][] } {
  return {
    standards: standardIds(MATRIX_STANDARDS).map((id) => [id]),
    jurisdictions: [jurisdictionCodes(MATRIX_JURISDICTIONS)],
  };
}

export function benchMatrix(runs = 25): MatrixResult {
  const { standards, jurisdictions } = matrixInputs();
  let grid: unknown[][] = [];
  const warm = timeRuns(() => consume((grid = functions.equivalent(standards, jurisdictions))), runs);
  const answered = grid.flat().filter((v) => typeof v === 'string').length;
  // A fresh engine per run (built outside the timing) has empty memos, so every cell is resolved.
  const firstCall: number[] = [];
  for (let i = 0; i < Math.min(runs, 10); i++) {
    const engine = Harmonize.fromDataset(bundledDataset);
    const start = performance.now();
    consume(engine.equivalent(standards, jurisdictions));
    firstCall.push(performance.now() - start);
  }
  return { warm: summarise(warm), firstCall: summarise(firstCall), cells: MATRIX_STANDARDS * MATRIX_JURISDICTIONS, answered };
}
