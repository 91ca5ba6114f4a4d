/**
 * A fixed piece of CPU work that has nothing to do with Harmonize's code or data, timed in the same run as the
 * benchmarks: sorting numbers, building strings, filling and reading a Map. Time budgets are held as multiples of
 * it, so a budget means the same on a fast laptop, a slow CI runner or a machine busy with other work.
 */
import { consume, summarise, timeRuns, type Summary } from './stats';

function workload(): number {
  let seed = 12345;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const numbers = Array.from({ length: 20_000 }, next).sort((a, b) => a - b);
  const map = new Map<string, number>();
  for (let i = 0; i < 10_000; i++) map.set(`key ${numbers[i].toString(36)}`, i);
  let sum = 0;
  for (let i = 0; i < 10_000; i++) sum += map.get(`key ${numbers[i].toString(36)}`) ?? 0;
  return sum;
}

export function machineUnit(runs = 15): Summary {
  return summarise(timeRuns(() => consume(workload()), runs, 3));
}

/**
 * What the workload takes on the machine the budgets were set on (2 x AMD EPYC, Node 20): 9.9 to 11.0 ms over three
 * runs on 2026-12-05. A budget of `ms` there is `ms / REFERENCE_UNIT_MS` units anywhere.
 */
export const REFERENCE_UNIT_MS = 10;
