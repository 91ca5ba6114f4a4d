import type { Catalog } from '../dataset/catalog';
import type { CompiledJurisdiction, DatedFact } from '../dataset/types';
import { isHarmonizeError, notAvailable } from '../errors';
import { resolveJurisdiction } from '../resolve/resolveJurisdiction';
import { type CellValue, type InputValue, isBlank, readText } from '../values';
import { fieldParser } from './adoptionFields';

export const JURISDICTION_FIELDS = [
  'code',
  'name',
  'alpha3',
  'body',
  'acronym',
  'iso',
  'iec',
  'blocs',
  'members',
  'wto',
  'gdprAdequacy',
  'ifrs',
  'bodySource',
  'iecSource',
  'wtoSource',
  'gdprAdequacySource',
  'ifrsSource',
] as const;
export type JurisdictionField = (typeof JURISDICTION_FIELDS)[number];
export const parseJurisdictionField = fieldParser(JURISDICTION_FIELDS, {
  GDPR: 'gdprAdequacy',
  ADEQUACY: 'gdprAdequacy',
  ISOSOURCE: 'bodySource',
  GDPRSOURCE: 'gdprAdequacySource',
});

/** Where a jurisdiction fact was read, with the day: every fact can be traced, as adoptions can. */
function sourceOf(catalog: Catalog, src: number | undefined, read: string | undefined, what: string, place: CompiledJurisdiction): CellValue {
  if (src === undefined) return notAvailable(`No ${what} recorded for ${place.code}`);
  return `${catalog.source(src)} (read ${read})`;
}

function describe(fact: DatedFact | undefined, what: string, place: CompiledJurisdiction): CellValue {
  if (!fact) return notAvailable(`No ${what} recorded for ${place.code}`);
  return [fact.value, fact.detail, fact.date].filter(Boolean).join(', ');
}

/** JURISDICTION: resolves any name or code and returns one fact about the place. */
export function jurisdictionInfo(catalog: Catalog, input: InputValue, field: JurisdictionField): CellValue {
  if (isBlank(input)) return null;
  const text = readText(input, 'query');
  if (isHarmonizeError(text)) return text;
  const place = resolveJurisdiction(catalog, text);
  if (isHarmonizeError(place)) return place;
  switch (field) {
    case 'code':
      return place.code;
    case 'name':
      return place.name;
    case 'alpha3':
      return place.alpha3 ?? notAvailable(`${place.code} has no ISO 3166 alpha-3 code`);
    case 'body':
      return place.body?.name ?? notAvailable(`No standards body recorded for ${place.code}`);
    case 'acronym':
      return place.body?.acronym ?? notAvailable(`No standards body recorded for ${place.code}`);
    case 'iso':
      return place.body?.iso ?? notAvailable(`No ISO membership recorded for ${place.code}`);
    case 'iec':
      return place.body?.iec ?? notAvailable(`No IEC membership recorded for ${place.code}`);
    case 'blocs':
      return place.blocs.join(', ');
    case 'members':
      return place.members?.join(', ') ?? notAvailable(`${place.code} is not a group of jurisdictions`);
    case 'wto':
      return describe(place.wto, 'WTO membership', place);
    case 'gdprAdequacy':
      return describe(place.gdprAdequacy, 'EU adequacy decision', place);
    case 'ifrs':
      return describe(place.ifrs, 'IFRS adoption status', place);
    case 'bodySource':
      return sourceOf(catalog, place.body?.src, place.body?.read, 'standards body', place);
    case 'iecSource':
      if (!place.body?.iec) return notAvailable(`No IEC membership recorded for ${place.code}`);
      return sourceOf(catalog, place.body.iecSrc ?? place.body.src, place.body.iecRead ?? place.body.read, 'IEC membership', place);
    case 'wtoSource':
      return sourceOf(catalog, place.wto?.src, place.wto?.read, 'WTO membership', place);
    case 'gdprAdequacySource':
      return sourceOf(catalog, place.gdprAdequacy?.src, place.gdprAdequacy?.read, 'EU adequacy decision', place);
    case 'ifrsSource':
      return sourceOf(catalog, place.ifrs?.src, place.ifrs?.read, 'IFRS adoption status', place);
  }
}
