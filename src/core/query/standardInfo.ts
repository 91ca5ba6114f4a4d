import type { Catalog } from '../dataset/catalog';
import { HarmonizeError, isHarmonizeError, notAvailable } from '../errors';
import { resolveStandard } from '../resolve/resolveStandard';
import { type CellValue, type InputValue, isBlank, readText } from '../values';
import { fieldParser } from './adoptionFields';

export const STANDARD_FIELDS = [
  'id',
  'title',
  'publisher',
  'edition',
  'editions',
  'status',
  'replacedBy',
  'committee',
  'adoptions',
  'source',
] as const;
export type StandardField = (typeof STANDARD_FIELDS)[number];
export const parseStandardField = fieldParser(STANDARD_FIELDS);

/** STANDARD: what is known about a standard; the named edition, or its newest recorded edition. */
export function standardInfo(catalog: Catalog, input: InputValue, field: StandardField): CellValue {
  if (isBlank(input)) return null;
  const text = readText(input, 'query');
  if (isHarmonizeError(text)) return text;
  const resolved = resolveStandard(catalog, text);
  if (isHarmonizeError(resolved)) return resolved;
  const edition = resolved.edition ?? catalog.latestEdition(resolved.key)!;
  const missing = (what: string): HarmonizeError => notAvailable(`No ${what} recorded for ${edition.id}`);
  switch (field) {
    case 'id':
      return resolved.edition ? resolved.edition.id : resolved.key;
    case 'title':
      return edition.title ?? missing('title');
    case 'publisher':
      return edition.publisher;
    case 'edition':
      return edition.id;
    case 'editions':
      return (catalog.editionsByKey.get(resolved.key) ?? []).map((e) => e.id).join(', ');
    case 'status':
      return edition.status ?? missing('status');
    case 'replacedBy':
      return edition.replacedBy ?? (edition.status === 'withdrawn' ? missing('successor') : '');
    case 'committee':
      return edition.committee ?? missing('committee');
    case 'adoptions':
      return new Set(catalog.adoptionsOf(resolved.key).map((a) => a.jurisdiction)).size;
    case 'source':
      return edition.source;
  }
}
