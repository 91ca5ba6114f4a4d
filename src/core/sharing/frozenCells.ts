/**
 * What "freeze" keeps so that "unfreeze" can restore a HARMONIZE formula exactly, after a save and a reopen.
 * The records travel inside the workbook as JSON in a custom XML part; this module owns that format.
 */
import { escapeXml, unescapeXml } from '../xmlText';
export interface FrozenCell {
  sheet: string;
  /** Top-left cell in A1 notation, without the sheet: "B2". */
  address: string;
  formula: string;
  /** The size of the spilled result the formula had, so unfreeze clears exactly the frozen values. */
  rows: number;
  columns: number;
  datasetVersion: string;
  datasetChecksum: string;
  frozenAt: string;
  /** Whether freeze left a comment on the cell, which unfreeze then removes. */
  noted?: boolean;
  /** Cells (offsets from the anchor) that freeze made text-formatted to hold a value that looks like a formula,
   *  with the number format each had, so unfreeze can give it back. */
  textFormatted?: { row: number; column: number; format: string }[];
}

export const FROZEN_NAMESPACE = 'urn:harmonize:frozen-cells:v1';

/** A whole custom XML part holding JSON under a namespace: Excel needs well-formed XML with a namespace. */
export function jsonToXmlPart(namespace: string, value: unknown): string {
  return `<?xml version="1.0" encoding="UTF-8"?><harmonize xmlns="${namespace}">${escapeXml(JSON.stringify(value))}</harmonize>`;
}

/**
 * The JSON inside a part written by jsonToXmlPart. Found with indexOf rather than a regular expression: a part is
 * workbook content anyone can edit, and a pattern that backtracks turns a hostile part into seconds of work in the
 * runtime that also serves the functions.
 */
export function jsonFromXmlPart<T>(xml: string | null | undefined, fallback: T): T {
  if (!xml) return fallback;
  const open = xml.indexOf('<harmonize');
  const start = open < 0 ? -1 : xml.indexOf('>', open);
  const end = xml.lastIndexOf('</harmonize>');
  if (start < 0 || end <= start) return fallback;
  try {
    return JSON.parse(unescapeXml(xml.slice(start + 1, end))) as T;
  } catch {
    return fallback;
  }
}

const key = (c: Pick<FrozenCell, 'sheet' | 'address'>): string => `${c.sheet}!${c.address}`;

/** Adds new records; freezing a cell again keeps its first (original) formula. */
export function mergeFrozen(existing: FrozenCell[], added: FrozenCell[]): FrozenCell[] {
  const byKey = new Map(existing.map((c) => [key(c), c]));
  for (const c of added) if (!byKey.has(key(c))) byKey.set(key(c), c);
  return [...byKey.values()];
}

/** The note a frozen cell carries, so a reader without the add-in knows what the value is. */
export function frozenNote(cell: FrozenCell): string {
  return `Frozen by Harmonize on ${cell.frozenAt.slice(0, 10)} with dataset ${cell.datasetVersion} (${cell.datasetChecksum}). Original formula: ${cell.formula}`;
}
