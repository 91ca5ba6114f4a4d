import type { Adoption, Catalog, StandardEdition } from '../dataset/catalog';

/**
 * Years after a newer international edition appeared from which an adoption of the older one, published before it
 * and not stated current by its source, is presumed replaced. National bodies adopt a new edition within a year or
 * two (CEN members within six months of the EN), so after five years the older adoption answering "the current
 * equivalent" is more likely wrong than right: the audits counted such answers (ANSI/ISO/ASQ Q9001-2000 for ISO 9001
 * in the US) as errors.
 */
export const OUTDATED_AFTER_YEARS = 5;

/**
 * The international edition that makes a place's newest record of a standard (`key`) a likely stale answer, or null
 * when the record stands: its source says it is current, it is the analyst's own workbook row, the body published it
 * after that edition appeared (a deliberate choice of the older text), or the newer edition is too recent for the
 * body to be expected to have adopted it. Only the dataset's own editions count, not the lazily loaded catalogues, so
 * an answer never changes when they arrive.
 */
export function outdatingEdition(catalog: Catalog, key: string, record: Adoption): StandardEdition | null {
  // The analyst's own workbook row is their statement of what is in force, not a record to second-guess.
  if (record.status === 'current' || record.provenance === 'workbook') return null;
  const editions = catalog.editionsByKey.get(key) ?? [];
  const adopted = editions.find((e) => e.id === record.standard);
  if (!adopted) return null;
  // Newest first: the last one newer than the adopted edition is the one that replaced it; an edition with no newer
  // one of its own number may have been replaced by another standard (ISO 12100-1:2003 by ISO 12100:2010).
  const newer = editions.filter((e) => e.year > adopted.year);
  const next = newer[newer.length - 1] ?? replacingOtherStandard(catalog, adopted);
  if (!next || next.year > dataYear(catalog) - OUTDATED_AFTER_YEARS) return null;
  if (record.year !== null && record.year >= next.year) return null;
  return next;
}

const dataYear = (catalog: Catalog): number => Number(catalog.dataset.date.slice(0, 4));

/** The edition of another standard that the adopted edition's record says replaced it, or null. */
function replacingOtherStandard(catalog: Catalog, adopted: StandardEdition): StandardEdition | null {
  const next = adopted.replacedBy ? catalog.editions.get(adopted.replacedBy) : undefined;
  return next && next.key !== adopted.key && next.year > adopted.year ? next : null;
}

/**
 * The newest international edition the dataset records that is newer than the one an adoption carries, or null when
 * it carries the newest. It says only that the text moved on, not that the place is behind: a body may adopt within
 * months, and a JIS confirmed after the newer edition stays current on purpose. Like outdatingEdition it reads the
 * dataset's own editions, so the answer does not change when the lazily loaded catalogues arrive.
 */
export function newerEdition(catalog: Catalog, adoption: Adoption): StandardEdition | null {
  const adopted = catalog.editions.get(adoption.standard);
  if (!adopted) return null;
  const newest = catalog.editionsByKey.get(adopted.key)?.[0];
  return newest && newest.year > adopted.year ? newest : null;
}
