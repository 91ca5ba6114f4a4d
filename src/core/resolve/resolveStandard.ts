import type { Adoption, Catalog, StandardEdition } from '../dataset/catalog';
import { HarmonizeError, notAvailable } from '../errors';
import { parseStandardId, splitEditionId } from '../identifiers/parseStandardId';
import { closestMatches, quoteInput } from './suggest';

/** A standard as the user named it: always the standard (key), and the edition when one was named. */
export interface ResolvedStandard {
  key: string;
  edition: StandardEdition | null;
  /** Set when the input was a national or regional designation ("EN 60601-1:2006"). */
  viaDesignation: Adoption | null;
  amendments: string[];
}

export type StandardResolution = ResolvedStandard | HarmonizeError;

const cacheByCatalog = new WeakMap<Catalog, Map<string, StandardResolution>>();
const CACHE_LIMIT = 50_000;

function fromDesignation(catalog: Catalog, input: string): ResolvedStandard | null {
  const match = catalog.adoptionsByDesignation(input)[0];
  if (!match) return null;
  const split = splitEditionId(match.standard);
  if (!split) return null;
  return { key: split.key, edition: catalog.editions.get(match.standard) ?? null, viaDesignation: match, amendments: [] };
}

function findKey(catalog: Catalog, typedKey: string, number: string, publisher: string | null): string | null {
  if (catalog.editionsByKey.has(typedKey)) return typedKey;
  const candidates = catalog.keysByNumber.get(number) ?? [];
  if (candidates.length === 1) return candidates[0];
  if (publisher) {
    const sameFamily = candidates.filter((k) => k.split(' ')[0].split('/').includes(publisher.split('/')[0]));
    if (sameFamily.length === 1) return sameFamily[0];
  }
  return null;
}

function unknownStandard(catalog: Catalog, input: string, typedKey: string | null): HarmonizeError {
  const suggestions = typedKey ? closestMatches(typedKey, catalog.editionsByKey.keys(), 1) : [];
  const hint = suggestions.length ? ` - did you mean ${suggestions[0]}?` : '';
  return notAvailable(`Unknown standard '${quoteInput(input)}'${hint}`);
}

function resolveUncached(catalog: Catalog, input: string): StandardResolution {
  const parsed = parseStandardId(input);
  // A regional or national designation can name a different year than the edition it adopts
  // (EN ISO 10993-1:2020 adopts ISO 10993-1:2018), so the recorded designation is trusted first.
  if (!parsed || parsed.adoptionPrefix) {
    const viaDesignation = fromDesignation(catalog, input);
    if (viaDesignation) return viaDesignation;
  }
  if (!parsed) return unknownStandard(catalog, input, null);
  const key = findKey(catalog, parsed.key, parsed.number, parsed.publisher);
  if (!key) {
    const ambiguous = catalog.keysByNumber.get(parsed.number) ?? [];
    if (ambiguous.length > 1) {
      return notAvailable(`Ambiguous standard '${quoteInput(input)}' - name the publisher: ${ambiguous.join(', ')}`);
    }
    return unknownStandard(catalog, input, parsed.key);
  }
  if (parsed.year === null) return { key, edition: null, viaDesignation: null, amendments: parsed.amendments };
  const edition = catalog.edition(key, parsed.year);
  if (!edition) {
    const known = (catalog.editionsByKey.get(key) ?? []).map((e) => e.year).join(', ');
    return notAvailable(`Unknown edition ${key}:${parsed.year} - recorded editions of ${key}: ${known}`);
  }
  return { key, edition, viaDesignation: null, amendments: parsed.amendments };
}

/** Resolves any spelling of a standard to its canonical key and, if named, its edition. Memoised per catalog. */
export function resolveStandard(catalog: Catalog, input: string): StandardResolution {
  let cache = cacheByCatalog.get(catalog);
  if (!cache) {
    cache = new Map();
    cacheByCatalog.set(catalog, cache);
  }
  const hit = cache.get(input);
  if (hit) return hit;
  const result = resolveUncached(catalog, input);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(input, result);
  return result;
}
