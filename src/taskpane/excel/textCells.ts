import { readsAsFormula } from '../../core';

/** Excel's number format that makes a cell keep what is written to it as text. */
export const TEXT_FORMAT = '@';

/**
 * Number formats for a block of values about to be written with `Range.values`: Excel parses a value string that
 * starts with =, +, - or @ as a formula, so text from data (bundled or imported) that looks like one is written
 * into a text-formatted cell, and every other cell keeps the format it has.
 */
/** A number format as Excel reports it (a string); anything else reads as General. */
export function formatText(format: unknown): string {
  return typeof format === 'string' && format ? format : 'General';
}

export function textSafeFormats(values: readonly (readonly unknown[])[], current: readonly (readonly unknown[])[] | null = null): string[][] {
  return values.map((line, r) => line.map((v, c) => (readsAsFormula(v) ? TEXT_FORMAT : formatText(current?.[r]?.[c]))));
}

/** Whether any value in a block would be read as a formula, so its formats must be set before it is written. */
export function needsTextFormats(values: readonly (readonly unknown[])[]): boolean {
  return values.some((line) => line.some(readsAsFormula));
}
