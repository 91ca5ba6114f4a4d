import { columnLetters } from './matrixPlan';

/** "B2" for row 1, column 1 (zero-based), and back. */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

export function fromA1(address: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.replace(/^.*!/, '').split(':')[0].toUpperCase());
  if (!match) throw new Error(`Not a cell address: ${address}`);
  const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}
