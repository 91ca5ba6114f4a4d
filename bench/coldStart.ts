/**
 * Cold start: a fresh Node process reads the built dist/functions.js, runs it (parsing the embedded dataset),
 * and answers its first EQUIVALENT, which indexes the catalog. Timed inside the child from before the read to
 * the answer, so Node's own boot (about 40 ms, which Excel's already-running runtime does not pay) is excluded.
 * Each run also parses the compiled core data, and the cold start is reported as a multiple of that parse.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { COLD_START_SCRIPT } from './builtBundle';
import { summarise, type Summary } from './stats';

export const CORE_DATA = join(__dirname, '..', 'src', 'core', 'dataset', 'compiled.json');

export interface ColdStartResult {
  total: Summary;
  load: Summary;
  firstAnswer: Summary;
  /** Milliseconds to JSON.parse compiled.json in the same process: the run's yardstick. */
  parse: Summary;
  /** Per-run cold start divided by that run's parse. */
  ratio: Summary;
}

export function benchColdStart(bundlePath: string, runs = 15): ColdStartResult {
  const samples = Array.from({ length: runs }, () => {
    let out: string;
    try {
      out = execFileSync(process.execPath, ['-e', COLD_START_SCRIPT, bundlePath, CORE_DATA], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      // The child's stack trace quotes the minified bundle; its first line of stderr says enough.
      const stderr = (error as { stderr?: string | Buffer }).stderr?.toString() ?? '';
      throw new Error(`cold-start child failed: ${stderr.split('\n').find((l) => /Error/.test(l)) ?? 'no message'}`);
    }
    return JSON.parse(out) as { total: number; load: number; firstAnswer: number; parse: number };
  });
  return {
    total: summarise(samples.map((s) => s.total)),
    load: summarise(samples.map((s) => s.load)),
    firstAnswer: summarise(samples.map((s) => s.firstAnswer)),
    parse: summarise(samples.map((s) => s.parse)),
    ratio: summarise(samples.map((s) => s.total / s.parse)),
  };
}
