import { CatalogueNeeded } from '../catalogue/catalogueNeeded';
import { type CataloguePublication, type IecCatalogue, onIecWebstore } from '../catalogue/iecCatalogue';
import type { Catalog } from '../dataset/catalog';
import { isHarmonizeError, notAvailable } from '../errors';
import type { ParsedStandardId } from '../identifiers/parseStandardId';
import { pickKey } from './knownStandards';
import { fromPublication } from './resolveMiss';
import type { StandardResolution } from './resolveStandard';
import { quoteInput } from './suggest';

/**
 * The publication an IEC edition number names: the edition itself ("Ed. 3" is IEC 60601-1:2005), or the consolidated
 * version that carries the number ("Ed. 3.1" is IEC 60601-1:2005+AMD1:2012), never one of its corrigenda.
 */
function numberedPublication(publications: readonly CataloguePublication[], editionNumber: string): CataloguePublication | undefined {
  const numbered = publications.filter((p) => p.editionNumber === editionNumber);
  return numbered.find((p) => p.isEdition) ?? numbered.find((p) => / CSV$/.test(p.suffix));
}

/** The standard an edition-numbered id names in the webstore, and the publications the webstore lists for it. */
function webstoreStandard(iec: IecCatalogue, parsed: ParsedStandardId): { key: string | null; publications: readonly CataloguePublication[] } {
  const key = pickKey(parsed.key, (k) => iec.byKey.has(k), iec.keysByNumber.get(parsed.number) ?? [], parsed.publisher);
  return { key, publications: key ? (iec.byKey.get(key) ?? []) : [] };
}

/** The webstore publication an id with an IEC edition number names ("IEC 60601-1 Ed. 3.1"), if the webstore lists it. */
export function editionNumberPublication(iec: IecCatalogue, parsed: ParsedStandardId): CataloguePublication | undefined {
  if (!parsed.editionNumber || !parsed.publisher || !onIecWebstore(parsed.publisher)) return undefined;
  return numberedPublication(webstoreStandard(iec, parsed).publications, parsed.editionNumber);
}

/**
 * A standard named by its IEC edition number ("IEC 60601-1 Ed. 3.1"). The number is only the IEC webstore's, so an ISO
 * standard so named, or a number the webstore does not list, answers #N/A rather than a guess at the edition: an
 * adoption of edition 3.2 is no answer to a question about 3.1.
 */
export function resolveEditionNumber(catalog: Catalog, input: string, parsed: ParsedStandardId): StandardResolution {
  const editionNumber = parsed.editionNumber!;
  if (!parsed.publisher || !onIecWebstore(parsed.publisher)) {
    return notAvailable(
      `'${quoteInput(input)}' names edition ${editionNumber}, but edition numbers are read from the IEC webstore, which lists IEC, CISPR and joint ISO/IEC publications only: name the edition by its year (${parsed.key}:YYYY)`,
    );
  }
  const catalogue = catalog.catalogue;
  if (!catalogue) return new CatalogueNeeded(`'${quoteInput(input)}' names an edition by its number`);
  const iec = catalogue.iec;
  const { key, publications } = webstoreStandard(iec, parsed);
  const p = numberedPublication(publications, editionNumber);
  if (!key || !p) {
    const known = [...new Set(publications.map((q) => q.editionNumber).filter(Boolean))].join(', ');
    return notAvailable(`The IEC webstore lists no edition ${editionNumber} of ${key ?? parsed.key}${known ? ` (editions: ${known})` : ''}`);
  }
  const resolved = fromPublication(catalog, iec, p);
  if (!isHarmonizeError(resolved) && parsed.year !== null && resolved.edition?.year !== parsed.year) {
    return notAvailable(`${key}:${parsed.year} is not edition ${editionNumber}: the IEC webstore gives that number to ${p.id}`);
  }
  return resolved;
}
