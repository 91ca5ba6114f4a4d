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

/** "Sheet 1!B2" -> sheet "Sheet 1", address "B2": the cell part never holds "!", so the last one splits them. */
export function splitQualified(qualified: string): { sheet: string; address: string } {
  const at = qualified.lastIndexOf('!');
  return { sheet: qualified.slice(0, at).replace(/^'(.*)'$/, (_, name: string) => name.replace(/''/g, "'")), address: qualified.slice(at + 1) };
}
