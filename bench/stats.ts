/** Repeated timing with a warm-up, summarised as median and spread: one slow run never decides a row. */
import { performance } from 'node:perf_hooks';

export interface Summary {
  runs: number;
  median: number;
  p10: number;
  p90: number;
  min: number;
  max: number;
}

function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export function summarise(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: quantile(sorted, 0.5),
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}

/** Milliseconds per run of `fn`, after `warmup` untimed runs so the JIT has settled. */
export function timeRuns(fn: () => unknown, runs: number, warmup = Math.ceil(runs / 5)): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Scales every value of a summary, e.g. a batch time to a per-call time. */
export function scaled(s: Summary, factor: number): Summary {
  return { runs: s.runs, median: s.median * factor, p10: s.p10 * factor, p90: s.p90 * factor, min: s.min * factor, max: s.max * factor };
}

/** Defeats dead-code elimination: results flow into a global, which the optimiser cannot prove unused. */
export function consume(value: unknown): void {
  (globalThis as { benchSink?: unknown }).benchSink = value;
}
