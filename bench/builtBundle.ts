/**
 * Loads the built dist/functions.js the way Excel's runtime does: as a script that registers its functions with
 * CustomFunctions.associate. Node lacks Excel's globals, so the two the bundle touches are provided here.
 */
import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import { installCustomFunctionsShim } from '../test/support/customFunctionsShim';

export type ExcelFunction = (...args: unknown[]) => unknown[][];

/**
 * The same script as a string, for a fresh child process: prints the milliseconds from read to first answer, and
 * then, as the run's own yardstick, the median of nine parses of the compiled core data (argv[2]): a ratio to it
 * holds still when the machine is busier or slower, which absolute times do not.
 */
export const COLD_START_SCRIPT = `
const t0 = performance.now();
const fns = {};
class ExcelError { constructor(code, message) { this.code = code; this.message = message ?? code; } }
globalThis.CustomFunctions = { associate: (name, fn) => { fns[name] = fn; }, Error: ExcelError, ErrorCode: {} };
globalThis.self = globalThis;
require('node:vm').runInThisContext(require('node:fs').readFileSync(process.argv[1], 'utf8'), { filename: 'functions.js' });
const loaded = performance.now();
const answer = fns.EQUIVALENT([['iso 9001']], [['China']])[0][0];
const done = performance.now();
if (answer !== 'GB/T 19001-2016') throw new Error('unexpected first answer ' + String(answer));
process.stdout.write(JSON.stringify({ total: done - t0, load: loaded - t0, firstAnswer: done - loaded }));
`;

/** The bundle's functions by Excel name. Errors they return use the CLI's CustomFunctions shim, as in `harmonize eval`. */
export function loadBuiltFunctions(bundlePath: string): Record<string, ExcelFunction> {
  installCustomFunctionsShim();
  const registered: Record<string, ExcelFunction> = {};
  const g = globalThis as Record<string, unknown>;
  const shim = g.CustomFunctions as object;
  g.CustomFunctions = { ...shim, associate: (name: string, fn: ExcelFunction) => (registered[name] = fn) };
  g.self ??= globalThis;
  runInThisContext(readFileSync(bundlePath, 'utf8'), { filename: bundlePath });
  return registered;
}
