/**
 * npm run bench: every row a median and a spread over repeated runs, every ratio taken in the same run. Prints a
 * table, writes bench/results.json, and exits non-zero when a target or budget is missed (after printing it all).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { loadBuiltFunctions } from './builtBundle';
import { bundleSizes } from './bundleSizes';
import { benchCatalogueStart } from './catalogueStart';
import { benchColdStart } from './coldStart';
import { benchCoreSearch, SYNTHETIC_RECORDS } from './coreSearch';
import { benchLimits } from './limits';
import { machineUnit, REFERENCE_UNIT_MS } from './machineUnit';
import { benchMatrix, FIRST_CALL_PROCESSES, MATRIX_JURISDICTIONS, MATRIX_STANDARDS } from './matrix';
import { type Row, failed, row, skipped, table } from './report';
import { benchScalar } from './scalar';
import { benchSpreadsheet } from './spreadsheet';
import { summarise } from './stats';
import { benchTaskPane } from './taskpane';

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
const BUNDLE = join(DIST, 'functions.js');
const KB = 1024;
/**
 * Cold start as a multiple of parsing compiled.json in the same process. Before the catalogues it measured 25 to
 * 32 on a shared 2-core machine, and the same after; the bound leaves room for that noise, not for growth: parsing
 * the catalogues at start-up would add about 200 ms, several times the whole cold start.
 */
const COLD_START_RATIO = 30;

/** The newest modification time of any file under a folder: a bundle older than its sources measures old code. */
function newestUnder(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs), 0);
}

function ensureBuilt(): void {
  const built = existsSync(BUNDLE) && existsSync(join(DIST, 'taskpane.js'));
  const stale = built && statSync(BUNDLE).mtimeMs < newestUnder(join(ROOT, 'src'));
  if (built && !stale && !process.argv.includes('--build')) return;
  console.log(stale ? 'dist/ is older than src/: rebuilding (npm run build)...' : 'Building dist/ (npm run build)...');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
}

async function main(): Promise<void> {
  ensureBuilt();
  const rows: (Row | ((machine: number) => Row))[] = [];
  const log = (message: string): void => console.log(`  ${message}`);

  // Time budgets were set on the reference machine; here each scales with this machine's speed in this run, taken
  // before and after the rest so that load which comes and goes during the run is averaged in.
  const unitBefore = machineUnit();
  const timeBudget = (stat: 'median' | 'p90', ms: number) => (machine: number) => ({ stat, limit: ms, machine });

  log('scalar EQUIVALENT...');
  const viaSource = benchScalar();
  const viaBundle = benchScalar(loadBuiltFunctions(BUNDLE).EQUIVALENT);
  rows.push(
    row('EQUIVALENT scalar, built bundle', 'ns/call', viaBundle.viaEntryPoint, null, 'dist/functions.js, messy inputs, Excel [[cell]] arguments'),
    row('raw Map.get, pre-normalised keys', 'ns/call', viaBundle.rawMapGet, null, 'the physical limit'),
    row('EQUIVALENT / Map.get, built bundle', 'x', viaBundle.ratio, { stat: 'median', limit: 5 }, 'per-run ratio'),
    row(
      'EQUIVALENT scalar, src via tsx',
      'ns/call',
      viaSource.viaEntryPoint,
      null,
      `ratio ${viaSource.ratio.median.toFixed(1)}x; tsx adds an accessor per import`,
    ),
  );

  log('MATRIX...');
  // A section that cannot run is reported as a failed row, so the rest of the bench still measures and prints.
  try {
    const matrix = benchMatrix(25, BUNDLE);
    const cells = MATRIX_STANDARDS * MATRIX_JURISDICTIONS;
    rows.push(
      (m: number) =>
        row(
          `MATRIX ${MATRIX_STANDARDS}x${MATRIX_JURISDICTIONS}, recalculation`,
          'ms',
          matrix.warm,
          timeBudget('median', 30)(m),
          `dist/functions.js; ${matrix.answered} of ${cells} cells answered`,
        ),
      (m: number) =>
        row(
          `MATRIX ${MATRIX_STANDARDS}x${MATRIX_JURISDICTIONS}, first call`,
          'ms',
          matrix.firstCall,
          timeBudget('median', 30)(m),
          `fresh engine, src/core bundled as shipped: every cell resolved; samples from ${FIRST_CALL_PROCESSES} processes`,
        ),
      ...(matrix.firstCallColdCode
        ? [
            row(
              `MATRIX ${MATRIX_STANDARDS}x${MATRIX_JURISDICTIONS}, first call, fresh bundle`,
              'ms',
              matrix.firstCallColdCode,
              null,
              'also pays for V8 compiling the code',
            ),
          ]
        : []),
      row('MATRIX cost per cell, first call', 'ns/cell', summarise([(matrix.firstCall.median * 1e6) / cells]), null),
    );

    log('spreadsheet baseline (HyperFormula, about a minute per run)...');
    const sheet = benchSpreadsheet(Number(process.env.BENCH_SPREADSHEET_RUNS ?? 3));
    rows.push(
      row('HyperFormula INDEX/MATCH, same lookups', 'ms', sheet.evaluate, null, `${sheet.answered} cells answered; column index on`),
      row(
        'HyperFormula / MATRIX first call',
        'x',
        summarise([sheet.evaluate.median / matrix.firstCall.median]),
        { stat: 'median', limit: 100, atLeast: true },
        'ratio of medians',
      ),
    );
  } catch (error) {
    const reason = (error as { message?: string }).message ?? String(error);
    rows.push(failed(`MATRIX ${MATRIX_STANDARDS}x${MATRIX_JURISDICTIONS}`, 'median <= 30 ms', `did not run: ${reason}`));
  }

  log('cold start...');
  const cold = benchColdStart(BUNDLE);
  // Absolute times follow the machine's load; the target is held on the ratio to a parse in a fresh process.
  rows.push(
    row(
      'cold start: bundle to first answer',
      'ms',
      cold.total,
      null,
      `load ${cold.load.median.toFixed(1)} + first answer ${cold.firstAnswer.median.toFixed(1)} ms; fresh process each run`,
    ),
    row(
      'cold start / parsing compiled.json',
      'x',
      cold.ratio,
      { stat: 'median', limit: COLD_START_RATIO },
      `per-run ratio; the parse takes ${cold.parse.median.toFixed(2)} ms`,
    ),
  );

  log('first formula that needs the catalogues...');
  const catalogue = benchCatalogueStart(BUNDLE);
  rows.push(
    row(
      'first catalogue answer, built bundle',
      'ms',
      catalogue.first,
      null,
      'fetch and parse catalogue.json, changelog.json and notes.json, index, answer; once per session',
    ),
    row('next catalogue answer', 'ms', catalogue.next, null, 'everything loaded'),
    row(
      'first SEARCH over the catalogues',
      'ms',
      catalogue.firstSearch,
      null,
      'builds the search index once; the task pane builds it when the catalogues arrive',
    ),
  );

  // The issue's budgets, "at most 300 KB and 250 KB gzipped", read as one gzipped budget per bundle, in the
  // order it names them: what crosses the network. Raw size costs parse time, which the cold-start row holds.
  const BUDGET_KB: Record<string, number> = { 'functions.js': 300, 'taskpane.js': 250 };
  const ABOUT: Record<string, string> = {
    'functions.js': 'includes the dataset, not its changelog or notes',
    'taskpane.js': 'Fluent UI and React; the engine is in functions.js',
    'catalogue.json': 'IEC and JIS catalogues, fetched on first need only',
    'changelog.json': 'the dataset changelog, fetched with the catalogues',
    'notes.json': "the cited records' notes, fetched with the catalogues",
  };
  for (const size of bundleSizes(DIST)) {
    const budget = BUDGET_KB[size.file];
    rows.push(
      row(`${size.file} raw`, 'KB', summarise([size.rawBytes / KB]), null, ABOUT[size.file]),
      row(`${size.file} gzipped`, 'KB', summarise([size.gzipBytes / KB]), budget ? { stat: 'median', limit: budget } : null),
    );
  }

  log('over-limit input...');
  const limits = benchLimits(loadBuiltFunctions(BUNDLE));
  const codes = Object.entries(limits.codes)
    .map(([name, code]) => `${name} ${code}`)
    .join(', ');
  rows.push((m) => row(`over-limit 1000x1000 range, slowest (${limits.slowestName})`, 'ms', limits.slowest, timeBudget('median', 100)(m), codes));

  log('core search per keystroke...');
  const search = benchCoreSearch();
  rows.push(
    (m: number) =>
      row(
        `search keystroke, real catalog (${search.realDocuments} docs)`,
        'ms',
        search.realKeystroke,
        timeBudget('p90', 10)(m),
        `max ${search.realKeystroke.max.toFixed(1)} ms`,
      ),
    (m: number) =>
      row(
        `search keystroke, synthetic ${SYNTHETIC_RECORDS / 1000}k records`,
        'ms',
        search.syntheticKeystroke,
        timeBudget('p90', 10)(m),
        `max ${search.syntheticKeystroke.max.toFixed(1)} ms; index built in ${search.syntheticBuildMs.toFixed(0)} ms`,
      ),
    (m: number) =>
      row(
        'search keystroke, dataset and catalogues',
        'ms',
        search.catalogueKeystroke,
        timeBudget('p90', 10)(m),
        `max ${search.catalogueKeystroke.max.toFixed(1)} ms; catalogue index built in ${search.catalogueBuildMs.toFixed(0)} ms`,
      ),
  );

  log('task pane in headless Chromium...');
  const pane = await benchTaskPane(DIST);
  if (typeof pane === 'string') {
    rows.push(skipped('task pane time to interactive', 'median <= 1000 ms', pane), skipped('task pane keystroke', 'p90 <= 10 ms', pane));
  } else {
    rows.push(
      (m: number) => row('task pane time to interactive', 'ms', pane.interactive, timeBudget('median', 1000)(m), 'navigation start to search box, cache off'),
      (m: number) =>
        row(
          'task pane keystroke, dataset and catalogues',
          'ms',
          pane.keystroke,
          timeBudget('p90', 10)(m),
          `input event to results laid out; max ${pane.keystroke.max.toFixed(1)} ms`,
        ),
      row('task pane catalogues ready', 'ms', pane.cataloguesReady, null, 'focus to catalogues fetched, parsed and indexed'),
    );
  }

  const unitAfter = machineUnit();
  const speed = (unitBefore.median + unitAfter.median) / 2 / REFERENCE_UNIT_MS;
  const results = [
    row(
      'machine unit (fixed workload)',
      'ms',
      summarise([unitBefore.median, unitAfter.median]),
      null,
      `time budgets below are x ${speed.toFixed(2)}: this run's unit / ${REFERENCE_UNIT_MS} ms on the reference machine`,
    ),
    ...rows.map((r) => (typeof r === 'function' ? r(speed) : r)),
  ];
  const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${process.platform}`;
  console.log(`\nHarmonize benchmarks on ${machine}\n`);
  console.log(table(results));
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, speed, rows: results }, null, 2)}\n`);
  const missed = results.filter((r) => r.met === false);
  console.log(`\n${missed.length ? `MISSED: ${missed.map((r) => r.name).join('; ')}` : 'Every target met.'} Results in bench/results.json.`);
  process.exitCode = missed.length ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
