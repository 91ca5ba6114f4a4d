import { parseAddress } from '../../core';
import { columnLettersOfIndex } from './matrixPlan';

/** "B2" for zero-based row 1, column 1, and back: Excel.run's indexes are zero-based, A1 notation is not. */
export function a1(row: number, column: number): string {
  return `${columnLettersOfIndex(column)}${row + 1}`;
}

export function fromA1(address: string): { row: number; column: number } {
  const parsed = parseAddress(address.replace(/^.*!/, '').split(':')[0].toUpperCase());
  if (!parsed) throw new Error(`Not a cell address: ${address}`);
  return { row: parsed.row - 1, column: parsed.column - 1 };
}
