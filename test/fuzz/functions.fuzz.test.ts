/**
 * Property-based fuzzing of every custom function and of `harmonize eval`. Invariants: each call returns a 2-D
 * answer of values and Excel errors with messages, or throws the documented whole-call CustomFunctions.Error (with
 * a code and a message); nothing else escapes; two fresh engines, each with its own memo, give the same answer
 * to the same input. A short seeded run is part of `npm test`; `npm run fuzz` sets FUZZ_RUNS=100000 (FUZZ_SEED
 * picks another seed).
 */
import fc from 'fast-check';
import { installCustomFunctionsShim, isExcelError } from '../support/customFunctionsShim';
import { uninstallGlobals } from '../support/excel';
import { readCatalogueFile } from '../../src/cli/catalogueFile';
import { evaluateFormula } from '../../src/cli/evaluate';
import { type Argument, FUNCTION_BY_NAME } from '../../src/core';
import { fromExcel } from '../../src/functions/excelValues';
import * as functions from '../../src/functions/functions';
import { runtime } from '../../src/runtime/engine';
import { bundledDataset, freshEngine } from '../support/bundledData';
import { argument, cell, formulaText } from './arbitraries';
import { stringMatching } from '../support/matchers';

beforeAll(installCustomFunctionsShim);
afterAll(uninstallGlobals);
// In Node the catalogues are read from disk, as the CLI reads them, so no answer waits on a fetch.
runtime.setCatalogueSource(readCatalogueFile);
const catalogue = runtime.engineWithCatalogue();
if (catalogue instanceof Promise) throw new Error('the catalogues should load synchronously from disk');

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 20_251_126);
const settings: fc.Parameters<unknown> = { numRuns: RUNS, seed: SEED, endOnFailure: true };
// The long run needs minutes, not jest's default five seconds.
jest.setTimeout(process.env.FUZZ_RUNS ? 24 * 60 * 60 * 1000 : 60_000);

type Outcome = { thrown: { code: string; message: string } } | { value: unknown[][] };

const describeError = (e: { code: string; message: string }) => ({ code: e.code, message: e.message });

/** Calls once and checks the shape of whatever comes back; returns a comparable description of it. */
function outcome(call: () => unknown): Outcome {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (!isExcelError(error)) throw new Error(`A non-Excel exception escaped: ${String(error)}`);
    expect(error.code).toMatch(/^#[A-Z/0!?]+[!?A]?$/);
    expect(typeof error.message).toBe('string');
    expect(error.message.length).toBeGreaterThan(0);
    return { thrown: describeError(error) };
  }
  expect(Array.isArray(result)).toBe(true);
  const grid = result as unknown[][];
  expect(grid.length).toBeGreaterThan(0);
  const value = grid.map((row) => {
    expect(Array.isArray(row)).toBe(true);
    return row.map((v) => {
      if (isExcelError(v)) {
        expect(v.message.length).toBeGreaterThan(0);
        return { error: describeError(v) };
      }
      expect(['string', 'number', 'boolean']).toContain(typeof v);
      if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
      return v;
    });
  });
  return { value };
}

/** Two engines built apart, so that agreeing cannot come from one memo handing back what it already holds. */
const [engineA, engineB] = [freshEngine(), freshEngine()].map((e) => e.withCatalogue(catalogue.catalog.catalogue!));

/** The invariants of the custom function's answer, and determinism: two fresh engines answer alike. */
function holds(name: string, args: unknown[], call: () => unknown): void {
  outcome(call);
  // Core receives what the adapter makes of Excel's values.
  const coreArgs: Argument[] = args.map(fromExcel);
  const entry = FUNCTION_BY_NAME.get(name)!;
  expect(entry.call(engineB, coreArgs)).toEqual(entry.call(engineA, coreArgs));
}

type Fn = (...args: unknown[]) => unknown;
const CUSTOM_FUNCTIONS: [string, Fn, number][] = [
  ['EQUIVALENT', functions.equivalent as Fn, 3],
  ['CORRESPONDENCE', functions.correspondence as Fn, 2],
  ['ADOPTIONS', functions.adoptions as Fn, 2],
  ['MATRIX', functions.matrix as Fn, 3],
  ['STANDARD', functions.standard as Fn, 2],
  ['JURISDICTION', functions.jurisdiction as Fn, 2],
  ['ORIGIN', functions.origin as Fn, 2],
  ['SEARCH', functions.search as Fn, 2],
  ['DATASET', functions.dataset as Fn, 1],
  ['GAPS', functions.gaps as Fn, 4],
  ['CHANGES', functions.changes as Fn, 2],
];

describe.each(CUSTOM_FUNCTIONS)('HARMONIZE.%s under fuzzing', (name, fn, arity) => {
  test('any arguments give values or Excel errors with messages, deterministically', () => {
    fc.assert(
      fc.property(fc.array(argument, { minLength: 0, maxLength: arity }), (args) => holds(name, args, () => fn(...args))),
      settings,
    );
  });

  test('single cells of every kind, as Excel passes them ([[cell]]), behave the same way', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: arity, maxLength: arity }), (cells) =>
        holds(
          name,
          cells.map((c) => [[c]]),
          () => fn(...cells.map((c) => [[c]])),
        ),
      ),
      settings,
    );
  });
});

describe('over-limit input answers with a clear whole-call error', () => {
  const huge = Array.from({ length: 1000 }, () => Array.from({ length: 1000 }, () => 'ISO 9001'));
  const thrownBy = (call: () => unknown) => {
    const result = outcome(call);
    if (!('thrown' in result)) throw new Error(`expected a whole-call error, got a ${result.value.length}-row answer`);
    return result.thrown;
  };

  test.each([
    ['EQUIVALENT', () => functions.equivalent(huge, [['CN']]), '#VALUE!', /1000000 cells; the limit is 200000/],
    ['CORRESPONDENCE', () => functions.correspondence([['ISO 9001']], huge), '#VALUE!', /the limit is 200000/],
    ['MATRIX', () => functions.matrix(huge, [['CN', 'EU']]), '#VALUE!', /exceed 200000 cells/],
    ['STANDARD', () => functions.standard(huge), '#VALUE!', /the limit is 200000/],
    ['JURISDICTION', () => functions.jurisdiction(huge), '#VALUE!', /the limit is 200000/],
    ['ORIGIN', () => functions.origin(huge, 'edition'), '#VALUE!', /the limit is 200000/],
    ['ADOPTIONS', () => functions.adoptions(huge), '#VALUE!', /single cell/],
    ['SEARCH', () => functions.search(huge), '#VALUE!', /single value/],
    ['GAPS', () => functions.gaps('DE', 'US', huge), '#VALUE!', /6006 cells|the limit is 200000/],
    ['GAPS', () => functions.gaps(huge, 'US'), '#VALUE!', /single cells/],
    ['CHANGES', () => functions.changes(huge), '#VALUE!', /single values/],
  ])('%s with a 1000x1000 range', (_name, call, code, message) => {
    const error = thrownBy(call);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  test('an over-long text is refused by name, with its length and the limit', () => {
    const [[answer]] = functions.standard([['ISO 9001 '.repeat(100)]]) as unknown[][];
    expect(isExcelError(answer) && answer.message).toBe('query is 900 characters long; the limit is 512');
  });
});

describe('harmonize eval under fuzzing', () => {
  test('any formula text gives a value or an error with a message, never an exception, deterministically', () => {
    fc.assert(
      fc.property(formulaText, (text) => {
        const result = evaluateFormula(text);
        expect(result.formula).toBe(text.trim());
        if ('error' in result) {
          expect(result.error).toMatch(/^#/);
          expect(result.message.length).toBeGreaterThan(0);
        } else {
          expect(result.value).toBeDefined();
        }
        expect(evaluateFormula(text)).toEqual(result);
      }),
      settings,
    );
  });
});

describe('a spill larger than Excel accepts', () => {
  test('answers a clear #VALUE! instead of a payload Excel would refuse', () => {
    // 2,000 x 100 cells is within the cell limit, but each carries a reason or a note: well over 5 MB as JSON.
    const ids = bundledDataset.standards.map((s) => s.id);
    const standards = Array.from({ length: 2000 }, (_, i) => [ids[i % ids.length]]);
    const places = [bundledDataset.jurisdictions.slice(0, 100).map((j) => j.code)];
    expect(outcome(() => functions.equivalent(standards, places, 'note'))).toEqual({
      thrown: { code: '#VALUE!', message: stringMatching(/over 4\.5 MB, more than Excel accepts from a function/) },
    });
  });
});
