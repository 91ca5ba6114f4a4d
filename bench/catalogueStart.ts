/**
 * The first formula that needs the IEC and JIS catalogues, in the built add-in: a fresh Node process runs
 * dist/functions.js, answers a first formula from the core data, then asks for a standard only the catalogue
 * lists. The bundle fetches dist/catalogue.json as it does beside taskpane.html; here `fetch` reads the file.
 */
import { execFileSync } from 'node:child_process';
import { summarise, type Summary } from './stats';

const SCRIPT = `
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const vm = require('node:vm');
const fns = {};
class ExcelError { constructor(code, message) { this.code = code; this.message = message ?? code; } }
globalThis.CustomFunctions = { associate: (name, fn) => { fns[name] = fn; }, Error: ExcelError, ErrorCode: {} };
globalThis.self = globalThis;
globalThis.fetch = async (url) => {
  const text = readFileSync(join(dirname(process.argv[1]), url), 'utf8');
  return { ok: true, status: 200, json: async () => JSON.parse(text) };
};
vm.runInThisContext(readFileSync(process.argv[1], 'utf8'), { filename: 'functions.js' });
fns.EQUIVALENT([['iso 9001']], [['China']]);
const t0 = performance.now();
const pending = fns.STANDARD([['IEC 60068-2-6']], 'title');
if (typeof pending.then !== 'function') throw new Error('the first catalogue lookup answered without loading the catalogues');
pending.then((grid) => {
  const first = performance.now() - t0;
  if (!/Vibration/.test(String(grid[0][0]))) throw new Error('unexpected answer ' + String(grid[0][0]));
  const t1 = performance.now();
  const status = fns.STANDARD([['CISPR 32:2015']], 'status')[0][0];
  const next = performance.now() - t1;
  if (status !== 'current') throw new Error('unexpected status ' + String(status));
  const t2 = performance.now();
  const hits = fns.SEARCH('vibration sinusoidal', 5);
  const firstSearch = performance.now() - t2;
  if (!Array.isArray(hits) || hits.length < 2) throw new Error('SEARCH did not answer at once');
  process.stdout.write(JSON.stringify({ first, next, firstSearch }));
});
`;

export interface CatalogueStartResult {
  /** The first catalogue answer: read and parse catalogue.json, decode and index the catalogues, answer. */
  first: Summary;
  /** The next catalogue answer, with everything loaded. */
  next: Summary;
  /** The first SEARCH, which builds the search index over the catalogues. */
  firstSearch: Summary;
}

export function benchCatalogueStart(bundlePath: string, runs = 7): CatalogueStartResult {
  const samples = Array.from({ length: runs }, () => {
    const out = execFileSync(process.execPath, ['-e', SCRIPT, bundlePath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return JSON.parse(out) as { first: number; next: number; firstSearch: number };
  });
  return {
    first: summarise(samples.map((s) => s.first)),
    next: summarise(samples.map((s) => s.next)),
    firstSearch: summarise(samples.map((s) => s.firstSearch)),
  };
}
