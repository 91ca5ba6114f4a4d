import { HarmonizeError, invalidValue, isHarmonizeError } from './errors';

/** What a cell can hold when core answers: blank is null. */
export type CellValue = string | number | boolean | null | HarmonizeError;
/** What an adapter may pass in for one cell: hosts also hand over undefined for omitted arguments. */
export type InputValue = CellValue | undefined;
export type Grid<T> = T[][];

/** The longest text core reads from one cell; nothing legitimate comes near it. */
export const MAX_TEXT_LENGTH = 512;

export const isBlank = (value: InputValue): value is null | undefined | '' =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * Reads one cell as text for an argument that names something: numbers are accepted because Excel turns a typed
 * 9001 into a number, booleans are not because no standard or place is called TRUE.
 */
export function readText(value: InputValue, argument: string): string | HarmonizeError {
  if (isHarmonizeError(value)) return value;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? String(value) : invalidValue(`${argument} must be text, not a number`);
  }
  if (typeof value === 'boolean') return invalidValue(`${argument} must be text, not ${value ? 'TRUE' : 'FALSE'}`);
  if (typeof value !== 'string') return invalidValue(`${argument} must be text`);
  if (value.length > MAX_TEXT_LENGTH) {
    return invalidValue(`${argument} is ${value.length} characters long; the limit is ${MAX_TEXT_LENGTH}`);
  }
  return value.trim();
}

/** Reads an optional text option such as a field name; blank means the default. */
export function readOption(value: InputValue, argument: string, fallback: string): string | HarmonizeError {
  if (isBlank(value)) return fallback;
  return readText(value, argument);
}
