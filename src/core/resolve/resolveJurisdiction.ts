import type { Catalog } from '../dataset/catalog';
import type { CompiledJurisdiction } from '../dataset/types';
import { HarmonizeError, notAvailable } from '../errors';
import { boundedMemo } from '../memo';
import { foldForLookup } from '../text';
import { closestMatches, quoteInput } from './suggest';

export type JurisdictionResolution = CompiledJurisdiction | HarmonizeError;

interface JurisdictionIndex {
  byAlias: Map<string, CompiledJurisdiction>;
  resolve: (input: string) => JurisdictionResolution;
}

const indexes = new WeakMap<Catalog, JurisdictionIndex>();

/** "The United States of America" and "united-states" both fold to "UNITEDSTATESOFAMERICA"/"UNITEDSTATES". */
export function jurisdictionAliasKey(text: string): string {
  return foldForLookup(text)
    .replace(/^THE\s+/, '')
    .replace(/[^A-Z0-9\u0400-\u04FF\u0600-\u06FF\u4E00-\u9FFF]/g, '');
}

function aliasIndex(catalog: Catalog): Map<string, CompiledJurisdiction> {
  const byAlias = new Map<string, CompiledJurisdiction>();
  const add = (alias: string, j: CompiledJurisdiction): void => {
    const key = jurisdictionAliasKey(alias);
    if (key && !byAlias.has(key)) byAlias.set(key, j);
  };
  // Codes first so that a code never loses to somebody's name that folds to the same letters.
  for (const j of catalog.jurisdictions.values()) add(j.code, j);
  for (const j of catalog.jurisdictions.values()) if (j.alpha3) add(j.alpha3, j);
  for (const j of catalog.jurisdictions.values()) add(j.name, j);
  for (const j of catalog.jurisdictions.values()) for (const alias of j.aliases) add(alias, j);
  return byAlias;
}

/** A code as typed ("US", " de "): it folds to itself, and codes win over every other alias, so the code table
 *  answers it exactly as the alias index would. */
const CODE_AS_TYPED = /^\s*[A-Za-z]{2,3}\s*$/;

function buildIndex(catalog: Catalog): JurisdictionIndex {
  // Folding every name and alias in six languages is most of a first MATRIX's cost for a sheet that names its
  // places by code, as most do: the alias index is built on the first input that is not a code.
  let byAlias: Map<string, CompiledJurisdiction> | null = null;
  const index: JurisdictionIndex = {
    get byAlias() {
      return (byAlias ??= aliasIndex(catalog));
    },
    resolve: boundedMemo((input: string) => exactly(catalog, index, input) ?? unknownJurisdiction(index, input, jurisdictionAliasKey(input))),
  };
  return index;
}

function indexFor(catalog: Catalog): JurisdictionIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = buildIndex(catalog);
    indexes.set(catalog, index);
  }
  return index;
}

function unknownJurisdiction(index: JurisdictionIndex, input: string, key: string): HarmonizeError {
  const near = closestMatches(key, index.byAlias.keys(), 6);
  const names = [...new Set(near.map((k) => index.byAlias.get(k)!))].slice(0, 3).map((j) => `${j.code} (${j.name})`);
  const hint = names.length ? ` - did you mean ${names.join(', ')}?` : ' - use an ISO 3166 code such as US, DE or CN';
  return notAvailable(`Unknown jurisdiction '${quoteInput(input)}'${hint}`);
}

/** The jurisdiction a text names exactly, or undefined, without the suggestions an error would carry: for search. */
export function findJurisdiction(catalog: Catalog, input: string): CompiledJurisdiction | undefined {
  return exactly(catalog, indexFor(catalog), input);
}

/** A code as typed, else a name or alias; the alias index is built only for an input that is no code. */
function exactly(catalog: Catalog, index: JurisdictionIndex, input: string): CompiledJurisdiction | undefined {
  const code = CODE_AS_TYPED.test(input) ? catalog.jurisdictions.get(input.trim().toUpperCase()) : undefined;
  if (code) return code;
  const named = index.byAlias.get(jurisdictionAliasKey(input));
  if (named) return named;
  const turned = invertedName(input);
  return turned ? index.byAlias.get(jurisdictionAliasKey(turned)) : undefined;
}

/**
 * Country lists sort names by their main word and put the rest after it: "Korea, Republic of" (ISO 3166 tables,
 * UN lists), "Korea (the Republic of)" (ISO's Online Browsing Platform). Turned back, they read as the formal names
 * the index holds ("the Republic of Korea"). The main word alone is never tried: "Korea, Democratic People's
 * Republic of" must not become the Republic of Korea.
 */
function invertedName(input: string): string | null {
  const sorted = /^\s*([^,()]+?)\s*(?:,\s*([^,()]+?)|\(\s*([^()]+?)\s*\))\s*$/.exec(input);
  if (!sorted) return null;
  return `${sorted[2] ?? sorted[3]} ${sorted[1]}`;
}

/** Resolves a code, a name in any of the six UN languages, an endonym or a bloc to its jurisdiction. */
export function resolveJurisdiction(catalog: Catalog, input: string): JurisdictionResolution {
  return indexFor(catalog).resolve(input);
}
