import { type Answer, type CellValue, isHarmonizeError } from '../../src/core';

/** A cell as a test reads it: its value, or an error as "#N/A the reason". */
export const show = (v: CellValue) => (isHarmonizeError(v) ? `${v.code} ${v.message}` : v);

/** An answer as a test reads it: every cell shown, or the whole answer's error. */
export const grid = (answer: Answer) => (isHarmonizeError(answer) ? show(answer) : answer.map((row) => row.map(show)));

/** The one cell of a single-cell answer, shown. */
export const single = (answer: Answer) => {
  const shown = grid(answer);
  return Array.isArray(shown) ? shown[0][0] : shown;
};
