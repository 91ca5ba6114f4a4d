import { newestInForce } from '../dataset/adoptionOrder';
import type { Adoption, Catalog } from '../dataset/catalog';
import { HarmonizeError, isHarmonizeError, notAvailable } from '../errors';
import { resolveStandard } from '../resolve/resolveStandard';
import { type CellValue, type Grid, type InputValue, isBlank, readText } from '../values';
import { type AdoptionField, adoptionField, parseAdoptionField } from './adoptionFields';

export const DEFAULT_ADOPTION_COLUMNS: AdoptionField[] = ['designation', 'correspondence', 'edition'];

/** Reads "designation, edition" or a range of field names into a list of fields. */
export function parseFieldList(input: InputValue[]): AdoptionField[] | HarmonizeError {
  const names = input.flatMap((v) => (isBlank(v) ? [] : String(v).split(/[,;]/))).filter((s) => s.trim());
  if (names.length === 0) return DEFAULT_ADOPTION_COLUMNS;
  const fields: AdoptionField[] = [];
  for (const name of names) {
    const field = parseAdoptionField(name);
    if (isHarmonizeError(field)) return field;
    fields.push(field);
  }
  return fields;
}

/**
 * The adoptions that answer "where is this standard adopted": the named edition's adoptions, or each
 * jurisdiction's newest adoption of any edition, sorted by jurisdiction code.
 */
export function adoptionsFor(catalog: Catalog, standardText: string): Adoption[] | HarmonizeError {
  const standard = resolveStandard(catalog, standardText);
  if (isHarmonizeError(standard)) return standard;
  // Newest first per place, as the catalog keeps them; a document still to take effect gives way to the one in force,
  // as in EQUIVALENT.
  const byPlace = new Map<string, Adoption[]>();
  for (const a of catalog.adoptionsOf(standard.key)) {
    if (standard.edition && a.standard !== standard.edition.id) continue;
    const records = byPlace.get(a.jurisdiction);
    if (records) records.push(a);
    else byPlace.set(a.jurisdiction, [a]);
  }
  const list = [...byPlace.values()].map((records) => newestInForce(records) ?? records[0]).sort((a, b) => a.jurisdiction.localeCompare(b.jurisdiction));
  if (list.length === 0) return notAvailable(`No recorded adoption of ${standard.edition?.id ?? standard.key}`);
  return list;
}

/** ADOPTIONS as a spilled table with a header row: jurisdiction, then the requested fields. */
export function adoptionsTable(catalog: Catalog, standardInput: InputValue, fields: AdoptionField[]): Grid<CellValue> | HarmonizeError {
  if (isBlank(standardInput)) return notAvailable('Name a standard, e.g. "ISO 9001"');
  const text = readText(standardInput, 'standard');
  if (isHarmonizeError(text)) return text;
  const adoptions = adoptionsFor(catalog, text);
  if (isHarmonizeError(adoptions)) return adoptions;
  const header: CellValue[] = ['jurisdiction', ...fields];
  const rows = adoptions.map((a) => {
    const place = catalog.jurisdictions.get(a.jurisdiction)!;
    return [a.jurisdiction, ...fields.map((f) => adoptionField(catalog, a, f, place))];
  });
  return [header, ...rows];
}
