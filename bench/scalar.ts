/**
 * Scalar EQUIVALENT per call, against the physical limit: one Map.get on keys normalised in advance, giving the
 * same answers. Measured twice: through src/functions/functions.ts under tsx (as `harmonize eval` runs it) and
 * through the built dist/functions.js (the code Excel runs; webpack joins the modules, tsx adds an accessor per
 * import, so the built bundle is the fair measure of what an analyst gets).
 */
import { installCustomFunctionsShim } from '../test/support/customFunctionsShim';
import { runtime } from '../src/runtime/engine';
import { isHarmonizeError } from '../src/core/errors';
import { resolveJurisdiction } from '../src/core/resolve/resolveJurisdiction';
import { resolveStandard } from '../src/core/resolve/resolveStandard';
import * as functions from '../src/functions/functions';
import type { ExcelFunction } from './builtBundle';
import { MESSY_PAIRS } from './inputs';
import { consume, scaled, summarise, timeRuns, type Summary } from './stats';

installCustomFunctionsShim();

const CALLS_PER_RUN = 20_000;

export interface ScalarResult {
  /** Nanoseconds per call. */
  viaEntryPoint: Summary;
  rawMapGet: Summary;
  /** Per-run ratios: both sides of each pair of runs share the machine's state at that moment. */
  ratio: Summary;
}

/** Pre-normalised keys "ISO 9001\u0000CN" and the answers they give, built outside the timed loop. */
function rawTable(): { keys: string[]; table: Map<string, unknown> } {
  const catalog = runtime.currentEngine().catalog;
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

/** `equivalent` defaults to the src module; pass the built bundle's EQUIVALENT to measure that instead. */
export function benchScalar(equivalent: ExcelFunction = functions.equivalent as ExcelFunction, runs = 40): ScalarResult {
  // Excel hands every argument as a 2-D range, a single cell as [[value]].
  const inputs = MESSY_PAIRS.map(([s, j]) => [[[s]], [[j]]] as const);
  const { keys, table } = rawTable();
  const viaEntryPoint = (): void => {
    for (let i = 0; i < CALLS_PER_RUN; i++) {
      const [s, j] = inputs[i % inputs.length];
      consume(equivalent(s, j));
    }
  };
  const rawRun = (): void => {
    for (let i = 0; i < CALLS_PER_RUN; i++) consume(table.get(keys[i % keys.length]));
  };
  timeRuns(viaEntryPoint, 5);
  timeRuns(rawRun, 5);
  const h: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < runs; i++) {
    h.push(timeRuns(viaEntryPoint, 1, 0)[0]);
    r.push(timeRuns(rawRun, 1, 0)[0]);
  }
  const nsPerCall = 1e6 / CALLS_PER_RUN;
  return {
    viaEntryPoint: scaled(summarise(h), nsPerCall),
    rawMapGet: scaled(summarise(r), nsPerCall),
    ratio: summarise(h.map((t, i) => t / r[i])),
  };
}
