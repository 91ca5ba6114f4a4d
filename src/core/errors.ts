/**
 * Typed errors that core returns as values. Adapters map them to their host: a CustomFunctions.Error in Excel,
 * a message in the task pane, JSON and an exit code in the CLI. They are values, not exceptions, so that one bad
 * cell inside a matrix never fails the whole result.
 */
export type ErrorCode = '#N/A' | '#VALUE!' | '#NUM!' | '#REF!' | '#NULL!' | '#DIV/0!' | '#NAME?' | '#BUSY!';

export class HarmonizeError {
  readonly isHarmonizeError = true;
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
  ) {}

  toString(): string {
    return `${this.code} ${this.message}`;
  }
}

export const notAvailable = (message: string): HarmonizeError => new HarmonizeError('#N/A', message);
export const invalidValue = (message: string): HarmonizeError => new HarmonizeError('#VALUE!', message);

export function isHarmonizeError(value: unknown): value is HarmonizeError {
  return typeof value === 'object' && value !== null && (value as HarmonizeError).isHarmonizeError === true;
}
