/*
 * What Excel accepts back from a custom function, in one place: a cell count core will build, and the bytes Excel
 * on the web takes in one result. Broadcasting, MATRIX and the CLI's range reader all check against these.
 */
import { isCatalogueNeeded } from './catalogue/catalogueNeeded';
import { HarmonizeError } from './errors';
import type { CellValue, Grid } from './values';

/** The largest result core will build, in cells; MAX_RESULT_BYTES below holds the bytes under what Excel accepts. */
export const MAX_RESULT_CELLS = 200_000;

/** The #VALUE! error for a result of `cells` cells over MAX_RESULT_CELLS, or null when it is within. */
export function tooManyCells(cells: number): HarmonizeError | null {
  return cells > MAX_RESULT_CELLS
    ? new HarmonizeError('#VALUE!', `The result would have ${cells} cells; the limit is ${MAX_RESULT_CELLS}. Split the range.`)
    : null;
}

/**
 * Excel on the web refuses a custom-function result over 5 MB and the call fails without a word; 200,000 cells of
 * source URLs or notes would pass the cell limit and still exceed it. Counted as JSON bytes, with headroom.
 */
export const MAX_RESULT_BYTES = 4_500_000;

const NON_ASCII = /[^\u0000-\u007f]/;

/** UTF-8 bytes of a text as JSON carries it, plus its quotes and separator. The native regex test settles the
 *  common all-ASCII case without a per-character loop in script. */
function textBytes(text: string): number {
  let bytes = text.length + 3;
  if (!NON_ASCII.test(text)) return bytes;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) bytes += 2;
  return bytes;
}

function cellBytes(value: CellValue): number {
  if (typeof value === 'string') return textBytes(value);
  // An error travels as its code and message (cut to 255 characters) in a small object.
  if (value instanceof HarmonizeError) return textBytes(value.code) + textBytes(value.message.slice(0, 255)) + 16;
  return 24;
}

/** Bytes the answer could take at most (three per character): cheap, and exact counting is rarely needed. */
function upperBoundBytes(answer: Grid<CellValue>): number {
  let bytes = 2;
  for (const row of answer) {
    bytes += 3;
    for (const cell of row) {
      if (typeof cell === 'string') bytes += cell.length * 3 + 3;
      else if (cell instanceof HarmonizeError) bytes += Math.min(cell.message.length, 255) * 3 + 32;
      else bytes += 24;
    }
  }
  return bytes;
}

/** Shorter than this, a reason says nothing useful; the errors then carry only the mark that it was cut. */
const SHORTEST_REASON = 12;
const CUT = '…';

/**
 * The answer itself; or, when its reasons make it too large, the same answer with every error's reason cut to
 * what fits (a 1,000 x 60 matrix of mostly #N/A cells keeps its values and codes, and EQUIVALENT on one cell still
 * gives the full reason); or a #VALUE! error that says what to do when even the values do not fit.
 */
export function withinPayloadLimit(answer: Grid<CellValue> | HarmonizeError): Grid<CellValue> | HarmonizeError {
  if (!Array.isArray(answer) || upperBoundBytes(answer) <= MAX_RESULT_BYTES) return answer;
  let bytes = 2;
  let errors = 0;
  let errorBytes = 0;
  for (const row of answer) {
    bytes += 3;
    for (const cell of row) {
      const size = cellBytes(cell);
      bytes += size;
      if (cell instanceof HarmonizeError) {
        errors++;
        errorBytes += size;
      }
    }
  }
  if (bytes <= MAX_RESULT_BYTES) return answer;
  const withoutReasons = bytes - errorBytes + errors * (textBytes('#VALUE!') + textBytes(CUT) + 16);
  if (errors === 0 || withoutReasons > MAX_RESULT_BYTES) {
    return new HarmonizeError(
      '#VALUE!',
      `The result would be over ${(MAX_RESULT_BYTES / 1e6).toFixed(1)} MB, more than Excel accepts from a function. Split the range or ask for a shorter field.`,
    );
  }
  // Three bytes per character at most, so the cut reasons fit whatever their script.
  const room = Math.floor((MAX_RESULT_BYTES - withoutReasons) / errors / 3);
  const length = room >= SHORTEST_REASON ? Math.min(room, 255) : 0;
  return answer.map((row) => row.map((cell) => (cell instanceof HarmonizeError && !isCatalogueNeeded(cell) ? shortened(cell, length) : cell)));
}

/**
 * The cut reasons of each length, kept as long as the error they cut: a recalculated matrix hands the same errors
 * from the answer memo, so it gets the same cut ones back instead of building tens of thousands anew.
 */
const cutReasons = new Map<number, WeakMap<HarmonizeError, HarmonizeError>>();

function shortened(error: HarmonizeError, length: number): HarmonizeError {
  if (error.message.length <= length) return error;
  let cut = cutReasons.get(length);
  if (!cut) cutReasons.set(length, (cut = new WeakMap()));
  let short = cut.get(error);
  if (!short) cut.set(error, (short = new HarmonizeError(error.code, length === 0 ? CUT : `${error.message.slice(0, length - 1)}${CUT}`)));
  return short;
}
