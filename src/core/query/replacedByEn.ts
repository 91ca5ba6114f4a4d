import type { Adoption, Catalog } from '../dataset/catalog';
import { enYear } from '../dataset/derivation';
import { splitEditionId } from '../identifiers/parseStandardId';

/** Whether a national designation prints an EN number ("SN EN ISO 9001:2015", "NEN-EN-ISO 13485", "DS/EN 62304"). */
const printsEn = (designation: string): boolean => /(?:^|[\s/-])EN(?:[\s-]|$)/.test(designation);

/**
 * The EN that presumably replaced a CEN member's own adoption of an international standard: CEN members implement
 * every EN as a national standard and withdraw conflicting national standards (CEN BOSS, "Implementation of European
 * Standards"), so a national document that adopts the ISO text directly (Switzerland's SN ISO/IEC 27001:2013,
 * Serbia's SRPS ISO 45001:2018) gave way to the member's print of a later EN of that edition or a newer one. Null
 * when the record prints an EN, its source says it is current, the place is no member since the EN, or the EN is of
 * the data's own year, which members may still be publishing.
 */
export function replacingEn(catalog: Catalog, key: string, record: Adoption): Adoption | null {
  // Asked for every answered cell of a MATRIX: the cheap tests first, and most places are no CEN member.
  if (record.status === 'current' || record.provenance !== 'cited' || record.en) return null;
  const since = memberSince(catalog, record.jurisdiction);
  if (since === null || printsEn(record.designation)) return null;
  const adopted = splitEditionId(record.standard)?.year;
  if (adopted === undefined) return null;
  const published = record.year ?? adopted;
  const lastYear = Number(catalog.dataset.date.slice(0, 4)) - 1;
  let replacing: Adoption | null = null;
  for (const en of catalog.adoptionsIn(key, 'EU')) {
    const year = enYear(en.designation);
    const edition = splitEditionId(en.standard)?.year;
    if (year === null || edition === undefined || year <= published || year < since || year > lastYear || edition < adopted) continue;
    if (!replacing || year < (enYear(replacing.designation) ?? Infinity)) replacing = en;
  }
  return replacing;
}

/** The year each place joined CEN or CENELEC, from its derivation rules (the earliest of them), once per catalog. */
const membershipByCatalog = new WeakMap<Catalog, Map<string, number>>();

function memberSince(catalog: Catalog, code: string): number | null {
  let since = membershipByCatalog.get(catalog);
  if (!since) {
    since = new Map();
    for (const rule of catalog.dataset.rules) since.set(rule.jurisdiction, Math.min(since.get(rule.jurisdiction) ?? Infinity, rule.memberSince));
    membershipByCatalog.set(catalog, since);
  }
  return since.get(code) ?? null;
}
