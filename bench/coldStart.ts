/**
 * Cold start: a fresh Node process reads the built dist/functions.js, runs it (parsing the embedded dataset),
 * and answers its first EQUIVALENT, which indexes the catalog. Timed inside the child from before the read to
 * the answer, so Node's own boot (about 40 ms, which Excel's already-running runtime does not pay) is excluded.
 * Each run also parses the compiled core data in a fresh process of its own, and the cold start is reported as a
 * multiple of that parse. Not in the same process: there the parse's speed followed the garbage the bundle had just
 * made (it took 3.2 ms after a first answer that allocated much and 7.5 ms after one that allocated little), so the
 * yardstick moved with the code it measures.
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

/** The yardstick: the median of nine parses of the compiled core data, in a process that has run nothing else. */
const PARSE_SCRIPT = `
const coreData = require('node:fs').readFileSync(process.argv[1], 'utf8');
const parses = [];
for (let i = 0; i < 9; i++) { const p0 = performance.now(); JSON.parse(coreData); parses.push(performance.now() - p0); }
process.stdout.write(JSON.stringify(parses.sort((a, b) => a - b)[4]));
`;

function runChild<T>(script: string, args: readonly string[]): T {
  try {
    return JSON.parse(execFileSync(process.execPath, ['-e', script, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as T;
  } catch (error) {
    // The child's stack trace quotes the minified bundle; its first line of stderr says enough.
    const stderr = (error as { stderr?: string | Buffer }).stderr?.toString() ?? '';
    throw new Error(`cold-start child failed: ${stderr.split('\n').find((l) => /Error/.test(l)) ?? 'no message'}`);
  }
}

export function benchColdStart(bundlePath: string, runs = 15): ColdStartResult {
  const samples = Array.from({ length: runs }, () => {
    const start = runChild<{ total: number; load: number; firstAnswer: number }>(COLD_START_SCRIPT, [bundlePath]);
    return { ...start, parse: runChild<number>(PARSE_SCRIPT, [CORE_DATA]) };
  });
  return {
    total: summarise(samples.map((s) => s.total)),
    load: summarise(samples.map((s) => s.load)),
    firstAnswer: summarise(samples.map((s) => s.firstAnswer)),
    parse: summarise(samples.map((s) => s.parse)),
    ratio: summarise(samples.map((s) => s.total / s.parse)),
  };
}
