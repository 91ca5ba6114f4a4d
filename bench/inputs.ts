/** Inputs shared by the benchmarks: messy spellings as analysts type them, and real ids from the bundled data. */
import { bundledDataset } from '../test/support/bundledData';
import { splitEditionId } from '../src/core/identifiers/parseStandardId';

/** Standard and jurisdiction as typed: case, spacing, editions, designations as input, names and endonyms. */
export const MESSY_PAIRS: [string, string][] = [
  ['iso 9001', 'China'],
  ['ISO9001:2015', 'cn'],
  [' ISO 13485 ', 'Deutschland'],
  ['iec 60601-1', 'USA'],
  ['ISO/IEC 27001:2022', 'EU'],
  ['EN ISO 13485:2016', 'Japan'],
  ['iso 14001', 'france'],
  ['ISO 14971', 'GB'],
  ['iso 19011', '日本'],
  ['ISO 45001', 'Brasil'],
  ['iso/iec 17025', 'India'],
  ['ISO 22000', 'KOR'],
  ['iso 50001', 'Australia'],
  ['IEC 62304', 'Canada'],
  ['ISO 26000', 'México'],
  ['ISO 9001', 'The United States of America'],
];

/** `count` standard keys from the dataset, repeated in order when the dataset holds fewer. */
export function standardIds(count: number): string[] {
  const keys = [...new Set(bundledDataset.standards.map((s) => splitEditionId(s.id)?.key ?? s.id))];
  return Array.from({ length: count }, (_, i) => keys[i % keys.length]);
}

/** The `count` countries with the most recorded adoptions, so the matrix is mostly answers, not #N/A. */
export function jurisdictionCodes(count: number): string[] {
  const tally = new Map<string, number>();
  for (const a of bundledDataset.adoptions) tally.set(a.jurisdiction, (tally.get(a.jurisdiction) ?? 0) + 1);
  for (const r of bundledDataset.rules) tally.set(r.jurisdiction, (tally.get(r.jurisdiction) ?? 0) + 1);
  const ranked = bundledDataset.jurisdictions
    .filter((j) => j.kind === 'country' || j.code === 'EU')
    .map((j) => j.code)
    .sort((a, b) => (tally.get(b) ?? 0) - (tally.get(a) ?? 0) || a.localeCompare(b));
  if (ranked.length < count) throw new Error(`The dataset has only ${ranked.length} jurisdictions`);
  return ranked.slice(0, count);
}
