/**
 * Over-limit input: each function handed a 1,000 x 1,000 range (a million cells, five times the result limit)
 * through the built bundle must answer with its error, not work through the range. Times the slowest function.
 */
import type { ExcelFunction } from './builtBundle';
import { summarise, timeRuns, type Summary } from './stats';

export interface LimitResult {
  /** Milliseconds for the slowest function to answer the over-limit call. */
  slowest: Summary;
  slowestName: string;
  /** Each function's error code, to show it answered with an error. */
  codes: Record<string, string>;
}

const HUGE: string[][] = Array.from({ length: 1000 }, () => Array.from({ length: 1000 }, () => 'ISO 9001'));

const CALLS: Record<string, (fn: ExcelFunction) => unknown> = {
  EQUIVALENT: (fn) => fn(HUGE, [['CN']]),
  CORRESPONDENCE: (fn) => fn(HUGE, [['CN']]),
  MATRIX: (fn) => fn(HUGE, [['CN', 'EU']]),
  STANDARD: (fn) => fn(HUGE),
  JURISDICTION: (fn) => fn(HUGE),
  ORIGIN: (fn) => fn(HUGE, 'edition'),
  ADOPTIONS: (fn) => fn(HUGE),
  GAPS: (fn) => fn('DE', 'US', HUGE),
  CHANGES: (fn) => fn(HUGE),
};

function errorCode(call: () => unknown): string {
  try {
    const answer = call() as unknown[][];
    const first = answer?.[0]?.[0] as { code?: string } | undefined;
    return typeof first === 'object' && first?.code ? first.code : 'value';
  } catch (error) {
    return (error as { code?: string }).code ?? 'exception';
  }
}

export function benchLimits(functions: Record<string, ExcelFunction>, runs = 7): LimitResult {
  const codes: Record<string, string> = {};
  let slowest: Summary | null = null;
  let slowestName = '';
  for (const [name, call] of Object.entries(CALLS)) {
    const fn = functions[name];
    codes[name] = errorCode(() => call(fn));
    const summary = summarise(timeRuns(() => errorCode(() => call(fn)), runs, 1));
    if (!slowest || summary.median > slowest.median) {
      slowest = summary;
      slowestName = name;
    }
  }
  return { slowest: slowest!, slowestName, codes };
}
