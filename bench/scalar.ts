/**
 * Scalar EQUIVALENT through the very entry point Excel calls (src/functions/functions.ts with the CustomFunctions
 * shim), against the physical limit: one Map.get on keys normalised in advance, returning the same answers.
 */
import { installCustomFunctionsShim } from '../src/cli/customFunctionsShim';
import { currentEngine } from '../src/core/activeEngine';
import { isHarmonizeError } from '../src/core/errors';
import { resolveJurisdiction } from '../src/core/resolve/resolveJurisdiction';
import { resolveStandard } from '../src/core/resolve/resolveStandard';
import * as functions from '../src/functions/functions';
import { MESSY_PAIRS } from './inputs';
import { consume, scaled, summarise, timeRuns, type Summary } from './stats';

installCustomFunctionsShim();

const CALLS_PER_RUN = 20_000;

export interface ScalarResult {
  harmonize: Summary;
  rawMapGet: Summary;
  /** Median of per-run ratios: both sides of each pair of runs share the machine's state at that moment. */
  ratio: Summary;
}

/** Pre-normalised keys "ISO 9001\u0000CN" and the answers they give, built outside the timed loop. */
function rawTable(): { keys: string[]; table: Map<string, unknown> } {
  const catalog = currentEngine().catalog;
  const table = new Map<string, unknown>();
  const keys = MESSY_PAIRS.map(([s, j]) => {
    const standard = resolveStandard(catalog, s.trim());
    const place = resolveJurisdiction(catalog, j.trim());
    const key = `${isHarmonizeError(standard) ? s : (standard.edition?.id ?? standard.key)}\u0000${isHarmonizeError(place) ? j : place.code}`;
    table.set(key, functions.equivalent([[s]], [[j]])[0][0]);
    return key;
  });
  return { keys, table };
}

export function benchScalar(runs = 40): ScalarResult {
  const inputs = MESSY_PAIRS.map(([s, j]) => [[[s]], [[j]]] as const);
  const { keys, table } = rawTable();
  const harmonizeRun = (): void => {
    for (let i = 0; i < CALLS_PER_RUN; i++) {
      const [s, j] = inputs[i % inputs.length];
      consume(functions.equivalent(s as unknown as string[][], j as unknown as string[][]));
    }
  };
  const rawRun = (): void => {
    for (let i = 0; i < CALLS_PER_RUN; i++) consume(table.get(keys[i % keys.length]));
  };
  timeRuns(harmonizeRun, 5);
  timeRuns(rawRun, 5);
  const h: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < runs; i++) {
    h.push(timeRuns(harmonizeRun, 1, 0)[0]);
    r.push(timeRuns(rawRun, 1, 0)[0]);
  }
  const perCallUs = 1000 / CALLS_PER_RUN;
  return {
    harmonize: scaled(summarise(h), perCallUs),
    rawMapGet: scaled(summarise(r), perCallUs),
    ratio: summarise(h.map((t, i) => t / r[i])),
  };
}
