import {
  type Answer,
  type CellValue,
  type Harmonize,
  HarmonizeError,
  type InputValue,
  isCatalogueNeeded,
  isHarmonizeError,
  needsCatalogue,
  withinPayloadLimit,
} from '../core';
import { runtime } from '../runtime/engine';

/** Error values Excel can pass into a custom function (CustomFunctions.ErrorCode); #BUSY! has no custom-function form. */
const INPUT_CODES = new Set<string>(['#N/A', '#VALUE!', '#NUM!', '#REF!', '#NULL!', '#DIV/0!', '#NAME?']);

/**
 * The only codes Excel shows with a custom message when a custom function returns them (#NUM!, #DIV/0! and #NULL!
 * drop the message; #REF! and #NAME? are not accepted as outputs at all), so every answer uses one of these two.
 */
const OUTPUT_CODES = new Set<string>(['#N/A', '#VALUE!']);

/** Cheap to build: Excel's CustomFunctions.Error is a plain value, not a JavaScript Error with a stack trace. */
export function toExcelError(error: HarmonizeError): CustomFunctions.Error {
  const code = (OUTPUT_CODES.has(error.code) ? error.code : '#VALUE!') as CustomFunctions.ErrorCode;
  return new CustomFunctions.Error(code, error.message.slice(0, 255));
}

/**
 * An error value that arrives inside a range: #N/A passes on as #N/A; any other becomes #VALUE! naming the error
 * it met, because Excel will not show #REF! or #NAME? from a custom function, nor a message with #NUM!.
 */
function fromExcelCell(value: unknown): InputValue {
  if (value === null || value === undefined || typeof value !== 'object') return value as InputValue;
  if (isHarmonizeError(value)) return value;
  const code = (value as { code?: string }).code;
  if (typeof code === 'string' && INPUT_CODES.has(code)) {
    const message = (value as { message?: unknown }).message;
    const detail = typeof message === 'string' && message ? `: ${message}` : '';
    return code === '#N/A'
      ? new HarmonizeError('#N/A', `The input cell holds #N/A${detail}`)
      : new HarmonizeError('#VALUE!', `The input cell holds ${code}${detail}`);
  }
  return new HarmonizeError('#VALUE!', 'Unsupported value in the input cell');
}

/** True when every row is an array of plain values: loops, not callbacks, because this runs on every call. */
function isPlainRange(range: unknown[]): boolean {
  for (let r = 0; r < range.length; r++) {
    const row = range[r];
    if (!Array.isArray(row)) return false;
    for (let c = 0; c < row.length; c++) if (row[c] !== null && typeof row[c] === 'object') return false;
  }
  return true;
}

/**
 * Excel passes a scalar for a cell and a 2-D array for a range; core takes both shapes. A range of plain values
 * (the usual case) is passed through as is: core never mutates its arguments, and copying is most of a call's cost.
 */
export function fromExcel(value: unknown): InputValue | InputValue[][] {
  if (!Array.isArray(value)) return fromExcelCell(value);
  if (isPlainRange(value)) return value as InputValue[][];
  return value.map((row) => (Array.isArray(row) ? row.map(fromExcelCell) : [fromExcelCell(row)]));
}

function isPlainRow(row: CellValue[]): boolean {
  for (let c = 0; c < row.length; c++) if (row[c] === null || typeof row[c] === 'object') return false;
  return true;
}

/** Excel's form of each error core hands out, kept while core keeps the error (memoised answers repeat them). */
const excelErrors = new WeakMap<HarmonizeError, CustomFunctions.Error>();

function toExcelCell(value: CellValue): unknown {
  if (value === null) return '';
  if (!isHarmonizeError(value)) return value;
  let error = excelErrors.get(value);
  if (!error) excelErrors.set(value, (error = toExcelError(value)));
  return error;
}

/**
 * Core hands the very same grid back for a repeated one-cell question (its answer memo), so the Excel form of a
 * grid with errors is kept beside it, weakly: it lives exactly as long as core keeps the grid.
 */
const excelGrids = new WeakMap<CellValue[][], unknown[][]>();

/** Maps a core answer to what Excel expects: a 2-D array whose errors are CustomFunctions.Error values. */
export function toExcel(answer: Answer): unknown[][] {
  // Excel takes a thrown CustomFunctions.Error as the whole call's error value; it is not a JavaScript Error.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  if (!Array.isArray(answer)) throw toExcelError(answer);
  // Rows without blanks or errors already are what Excel expects; core never mutates an answer it returned.
  let plain = true;
  for (const row of answer) plain &&= isPlainRow(row);
  if (plain) return answer;
  let converted = excelGrids.get(answer);
  if (!converted) {
    converted = answer.map((row) => (isPlainRow(row) ? row : row.map(toExcelCell)));
    excelGrids.set(answer, converted);
  }
  return converted;
}

/** The text of a cell as Excel passes one ([[text]]), or null for anything else. */
function singleText(value: unknown): string | null {
  if (!Array.isArray(value) || value.length !== 1) return null;
  const row: unknown = value[0];
  if (!Array.isArray(row) || row.length !== 1) return null;
  const cell: unknown = row[0];
  return typeof cell === 'string' ? cell : null;
}

/**
 * EQUIVALENT for one cell of text each, the shape of nearly every call in a recalculated sheet: core's answer
 * memo hands back the same one-cell grid, and this skips what only a range can need (copying its cells, checking
 * its payload size). Anything else, or an answer that waits for the catalogues, goes the general way.
 */
export function equivalentOfCells(standard: unknown, jurisdiction: unknown, field: unknown): unknown[][] {
  const s = singleText(standard);
  const p = singleText(jurisdiction);
  if (s !== null && p !== null && (field === undefined || field === null || typeof field === 'string')) {
    try {
      const answer = runtime.currentEngine().equivalent(s, p, field ?? null);
      if (Array.isArray(answer) && answer.length === 1 && answer[0].length === 1 && !isCatalogueNeeded(answer[0][0])) return toExcel(answer);
    } catch {
      // Answered by the general path below, which turns the failure into a #VALUE! with its message.
    }
  }
  return answerFor((engine) => engine.equivalent(fromExcel(standard), fromExcel(jurisdiction), fromExcel(field)));
}

/** Runs a core call and turns any unexpected failure into a #VALUE! with a message, never a bare exception. */
function settle(compute: (engine: Harmonize) => Answer, engine: Harmonize): Answer {
  try {
    return withinPayloadLimit(compute(engine));
  } catch (cause) {
    return new HarmonizeError('#VALUE!', `Unexpected failure: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/**
 * Answers a call with the runtime's engine. When the answer waits for the IEC and JIS catalogues, they are loaded
 * (once, for every formula) and the call is answered again; in the add-in that returns a Promise, which Excel
 * awaits like any asynchronous custom function. The result is typed as the settled grid because functions.json
 * is generated from the functions' signatures, and a union with a Promise would lose the result's dimensionality.
 */
export function answerFor(compute: (engine: Harmonize) => Answer): unknown[][] {
  const answer = settle(compute, runtime.currentEngine());
  if (!needsCatalogue(answer)) return toExcel(answer);
  let loaded: Harmonize | Promise<Harmonize>;
  try {
    loaded = runtime.engineWithCatalogue();
  } catch (cause) {
    return toExcel(withoutCatalogues(answer, cause));
  }
  if (!(loaded instanceof Promise)) return toExcel(settle(compute, loaded));
  const later = loaded.then(
    (engine) => toExcel(settle(compute, engine)),
    (cause: unknown) => toExcel(withoutCatalogues(answer, cause)),
  );
  return later as unknown as unknown[][];
}

/** When the catalogues cannot be loaded, the cells that waited for them say why; every other cell stands. */
function withoutCatalogues(answer: Answer, cause: unknown): Answer {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const failure = new HarmonizeError('#N/A', `The IEC and JIS catalogues could not be loaded (${reason}); try again`);
  if (!Array.isArray(answer)) return failure;
  return answer.map((row) => row.map((cell) => (isCatalogueNeeded(cell) ? failure : cell)));
}
