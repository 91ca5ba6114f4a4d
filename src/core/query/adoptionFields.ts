import { adoptedPublication } from '../dataset/adoptedPublication';
import type { Adoption, Catalog } from '../dataset/catalog';
import type { CompiledJurisdiction } from '../dataset/types';
import { describeCitation } from '../dataset/europeanCitations';
import { splitEditionId } from '../identifiers/parseStandardId';
import { HarmonizeError, invalidValue, notAvailable } from '../errors';
import { noteOf } from './adoptionNote';
import { newerEdition } from './outdated';
import type { CellValue } from '../values';

/** What EQUIVALENT can return about one adoption. The order is the order shown in help and pickers. */
export const ADOPTION_FIELDS = [
  'designation',
  'correspondence',
  'edition',
  'newer',
  'basis',
  'year',
  'status',
  'title',
  'body',
  'source',
  'provenance',
  'read',
  'note',
  'rule',
  'harmonised',
  'fda',
] as const;
export type AdoptionField = (typeof ADOPTION_FIELDS)[number];

export function parseField<T extends string>(text: string, aliases: Record<string, T>, allowed: readonly string[]): T | HarmonizeError {
  const field =
    aliases[
      text
        .trim()
        .toUpperCase()
        .replace(/[\s_-]/g, '')
    ];
  return field ?? invalidValue(`Unknown field '${text.slice(0, 40)}' - use one of: ${allowed.join(', ')}`);
}

/** A parser for a function's field argument: each field by its own name in any case, plus extra spellings. */
export function fieldParser<T extends string>(fields: readonly T[], extra: Record<string, T> = {}): (text: string) => T | HarmonizeError {
  const aliases: Record<string, T> = { ...Object.fromEntries(fields.map((f) => [f.toUpperCase(), f])), ...extra };
  return (text) => parseField(text, aliases, fields);
}

export const parseAdoptionField = fieldParser(ADOPTION_FIELDS, {
  ID: 'designation',
  DEGREE: 'correspondence',
  URL: 'source',
  HARMONIZED: 'harmonised',
  EDITIONBASIS: 'basis',
  NEWEREDITION: 'newer',
});

function harmonisedText(catalog: Catalog, adoption: Adoption): CellValue {
  if (adoption.jurisdiction !== 'EU') return notAvailable('Harmonised status applies to EU (EN) adoptions only');
  const citations = catalog.harmonisedCitations(adoption.standard);
  if (citations.length === 0) {
    return notAvailable(`${adoption.designation} is not recorded as cited in the Official Journal${otherEditionsCited(catalog, adoption.standard)}`);
  }
  return citations.map((c) => `${c.designation}: ${c.act}${c.ojReference ? ` (${c.ojReference})` : ''}`).join('; ');
}

/**
 * The citations of the standard's other editions' ENs: the Official Journal often still cites the EN a newer one
 * replaced (EN 60335-1:2012 while EN IEC 60335-1:2023 is published), which is what an analyst asking needs to know.
 */
function otherEditionsCited(catalog: Catalog, edition: string): string {
  const key = splitEditionId(edition)?.key;
  const others = (key ? (catalog.editionsByKey.get(key) ?? []) : []).filter((e) => e.id !== edition);
  const adopting = (designation: string, id: string): string => {
    const en = catalog.adoptionsByDesignation(designation).find((a) => a.jurisdiction === 'EU' && a.standard === id);
    return en ? adoptedPublication(en) : id;
  };
  const cited = others.flatMap((e) => catalog.harmonisedCitations(e.id).map((c) => `${describeCitation(c)}, adopting ${adopting(c.designation, e.id)}`));
  if (cited.length === 0) return '';
  return `; cited: ${[...new Set(cited)].slice(0, 3).join('; ')}`;
}

/** FDA recognitions of one international edition: they exist whether or not a US adoption is recorded. */
export function fdaText(catalog: Catalog, edition: string): CellValue {
  const recognitions = catalog.fdaRecognitions(edition).map((f) => [`FDA recognition ${f.recognitionNumber}`, f.extent, f.date].filter(Boolean).join(', '));
  const incorporations = catalog.fdaIncorporations(edition).map((f) => `incorporated by reference in ${f.regulation}, effective ${f.effective}`);
  const facts = [...recognitions, ...incorporations];
  return facts.length ? facts.join('; ') : notAvailable(`${edition} is not recorded as FDA-recognized`);
}

/** One field of one adoption, or an error that says why the field has no value. */
export function adoptionField(catalog: Catalog, adoption: Adoption, field: AdoptionField, place: CompiledJurisdiction): CellValue {
  switch (field) {
    case 'designation':
      return adoption.designation;
    case 'correspondence':
      return adoption.correspondence ?? 'unknown';
    case 'edition':
      // A consolidation answers with what it carries ("IEC 60601-1:2005+AMD1:2012+AMD2:2020"), not its base edition alone.
      return adoptedPublication(adoption);
    case 'newer':
      // Blank, not #N/A, when the adoption carries the newest edition recorded: that is an answer, not a gap.
      return newerEdition(catalog, adoption)?.id ?? '';
    case 'basis':
      // "inferred": the source names the national document but not the edition, which was deduced from dates.
      return adoption.editionInferred ? 'inferred' : 'stated';
    case 'year':
      return adoption.year ?? notAvailable(`The publication year of ${adoption.designation} is not recorded`);
    case 'status':
      return adoption.status ?? 'unknown';
    case 'title':
      return catalog.editions.get(adoption.standard)?.title ?? notAvailable(`No title recorded for ${adoption.standard}`);
    case 'body':
      return place.body?.name ?? notAvailable(`No standards body recorded for ${place.code}`);
    case 'source':
      return adoption.source;
    case 'provenance':
      return adoption.provenance;
    case 'read':
      return adoption.read;
    case 'note': {
      const note = noteOf(catalog, adoption);
      return note ?? '';
    }
    case 'rule':
      return adoption.rule ?? '';
    case 'harmonised':
      return harmonisedText(catalog, adoption);
    case 'fda':
      return fdaText(catalog, adoption.standard);
  }
}
