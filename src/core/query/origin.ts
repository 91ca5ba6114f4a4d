import type { Adoption, Catalog } from '../dataset/catalog';
import { HarmonizeError, invalidValue, isHarmonizeError, notAvailable } from '../errors';
import { parseStandardId } from '../identifiers/parseStandardId';
import { quoteInput } from '../resolve/suggest';
import { designationKey } from '../text';
import { type CellValue, type Grid, type InputValue, isBlank, readText } from '../values';
import { fieldParser } from './adoptionFields';

export const ORIGIN_FIELDS = ['edition', 'jurisdiction', 'correspondence', 'source', 'provenance'] as const;
export type OriginField = (typeof ORIGIN_FIELDS)[number];
export const parseOriginField = fieldParser(ORIGIN_FIELDS, { STANDARD: 'edition' });

/** The adoption a national designation names; an undated designation matches its newest dated form. */
export function findByDesignation(catalog: Catalog, text: string): Adoption | undefined {
  const exact = catalog.adoptionsByDesignation(text)[0];
  if (exact) return exact;
  const candidates = [...catalog.adoptionsByUndatedDesignation(designationKey(text))];
  return candidates.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || b.standard.localeCompare(a.standard))[0];
}

function originField(adoption: Adoption, field: OriginField): CellValue {
  switch (field) {
    case 'edition':
      return adoption.standard;
    case 'jurisdiction':
      return adoption.jurisdiction;
    case 'correspondence':
      return adoption.correspondence ?? 'unknown';
    case 'source':
      return adoption.source;
    case 'provenance':
      return adoption.provenance;
  }
}

/** ORIGIN: "GB/T 19001-2016" -> ISO 9001:2015, CN. Without a field it returns both, as one row. */
export function origin(catalog: Catalog, input: InputValue, field: OriginField | null): Grid<CellValue> | CellValue {
  if (isBlank(input)) return null;
  const text = readText(input, 'designation');
  if (isHarmonizeError(text)) return text;
  const adoption = findByDesignation(catalog, text);
  if (!adoption) {
    const parsed = parseStandardId(text);
    if (parsed?.publisher && !parsed.adoptionPrefix) {
      return invalidValue(`'${quoteInput(text)}' is an international standard; ORIGIN takes a national designation`);
    }
    return notAvailable(`No recorded national designation '${quoteInput(text)}'`);
  }
  return field ? originField(adoption, field) : [[adoption.standard, adoption.jurisdiction]];
}

export type { HarmonizeError };
