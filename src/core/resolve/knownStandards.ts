import type { Catalog, StandardEdition } from '../dataset/catalog';

/**
 * The standard a typed key names among the known ones: itself, else the only standard with its number, else the
 * only one of its publisher's family ("ISO 27001" -> "ISO/IEC 27001").
 */
export function pickKey(typedKey: string, isKnown: (key: string) => boolean, candidates: readonly string[], publisher: string | null): string | null {
  if (isKnown(typedKey)) return typedKey;
  if (candidates.length === 1) return candidates[0];
  if (publisher) {
    const sameFamily = candidates.filter((k) => k.split(' ')[0].split('/').includes(publisher.split('/')[0]));
    if (sameFamily.length === 1) return sameFamily[0];
  }
  return null;
}

/**
 * A standard's editions, newest first: the dataset's when it records the standard (they carry its cited facts),
 * else the IEC webstore catalogue's, once loaded.
 */
export function editionsOf(catalog: Catalog, key: string): readonly StandardEdition[] {
  return catalog.editionsByKey.get(key) ?? catalog.catalogue?.iec.editionsOf(key) ?? [];
}

/** One edition: the dataset's record, else the catalogue's, which also lists editions the dataset leaves out. */
export function editionOf(catalog: Catalog, key: string, year: number): StandardEdition | undefined {
  return catalog.edition(key, year) ?? catalog.catalogue?.iec.editionsOf(key).find((e) => e.year === year);
}
