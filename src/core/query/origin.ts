import { CatalogueNeeded } from '../catalogue/catalogueNeeded';
import { adoptedPublication } from '../dataset/adoptedPublication';
import type { CataloguePublication } from '../catalogue/iecCatalogue';
import type { Adoption, Catalog } from '../dataset/catalog';
import { HarmonizeError, invalidValue, isHarmonizeError, notAvailable } from '../errors';
import { parseStandardId } from '../identifiers/parseStandardId';
import { JIS_LIKE, jisWithoutCorrespondence, namedPublication, namesMoreThanEdition } from '../resolve/resolveMiss';
import { resolveStandard } from '../resolve/resolveStandard';
import { quoteInput } from '../resolve/suggest';
import { recordsOfDesignation, unrecordedDesignationMessage } from '../dataset/designationLookup';
import { type CellValue, type Grid, type InputValue, isBlank, readText } from '../values';
import { fieldParser } from './adoptionFields';

export const ORIGIN_FIELDS = ['edition', 'jurisdiction', 'correspondence', 'source', 'provenance'] as const;
export type OriginField = (typeof ORIGIN_FIELDS)[number];
export const parseOriginField = fieldParser(ORIGIN_FIELDS, { STANDARD: 'edition' });

/** The adoption a national designation names: see recordsOfDesignation. */
export function findByDesignation(catalog: Catalog, text: string): Adoption | undefined {
  return recordsOfDesignation(catalog, text).records[0];
}

function originField(adoption: Adoption, field: OriginField): CellValue {
  switch (field) {
    case 'edition':
      // What the print adopts: the consolidation it names ("IEC 60601-1:2005+AMD1:2012"), not the base edition.
      return adoptedPublication(adoption);
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
  if (!adoption) return notRecorded(catalog, text);
  return field ? originField(adoption, field) : [[adoptedPublication(adoption), adoption.jurisdiction]];
}

/**
 * Why a designation has no origin: it is an international id (ORIGIN's argument is national), a JIS the JSA lists
 * with no recorded ISO/IEC correspondence, or nothing recorded at all. The catalogues tell the first two apart from
 * an unknown id, so a miss that might be theirs waits for them.
 */
function notRecorded(catalog: Catalog, text: string): HarmonizeError {
  const quoted = quoteInput(text);
  const parsed = parseStandardId(text);
  if (parsed?.publisher && !parsed.adoptionPrefix) {
    const resolved = resolveStandard(catalog, text);
    if (isHarmonizeError(resolved)) return resolved;
    const p = resolved.publication ?? (namesMoreThanEdition(text, parsed) ? catalogueNamed(catalog, text) : undefined);
    if (p instanceof CatalogueNeeded) return p;
    const what = p ? `${catalog.catalogue!.iec.describe(p)}, an international publication` : 'an international standard';
    return invalidValue(`'${quoted}' is ${what}; ORIGIN takes a national designation`);
  }
  if (JIS_LIKE.test(text)) {
    if (!catalog.catalogue) return new CatalogueNeeded(`ORIGIN '${quoted}'`);
    const jis = catalog.catalogue.jis.find(text);
    if (jis) return jisWithoutCorrespondence(jis);
  }
  return notAvailable(unrecordedDesignationMessage(quoted, recordsOfDesignation(catalog, text)));
}

function catalogueNamed(catalog: Catalog, text: string): CataloguePublication | undefined | CatalogueNeeded {
  if (!catalog.catalogue) return new CatalogueNeeded(`ORIGIN '${quoteInput(text)}'`);
  return namedPublication(catalog.catalogue.iec, text, parseStandardId(text));
}
