import type { Adoption, Catalog } from '../dataset/catalog';
import { ruleCovers } from '../dataset/derivation';
import type { CompiledJurisdiction } from '../dataset/types';
import { HarmonizeError, isHarmonizeError, notAvailable } from '../errors';
import { resolveJurisdiction } from '../resolve/resolveJurisdiction';
import { type ResolvedStandard, resolveStandard } from '../resolve/resolveStandard';
import { type CellValue, type InputValue, isBlank, readText } from '../values';
import { type AdoptionField, adoptionField, fdaText } from './adoptionFields';

/**
 * The code under which a place's adoptions are recorded: CEN and the EEA share the EU's EN records; a bloc with
 * regional standards of its own (EU, GCC) answers for itself; any other bloc has nothing to answer with.
 */
export function recordPlace(catalog: Catalog, place: CompiledJurisdiction): string | HarmonizeError {
  if (place.recordsUnder) return place.recordsUnder;
  if (place.kind === 'bloc' && !catalog.recordedPlaces.has(place.code)) {
    return notAvailable(
      `${place.code} (${place.name}) is a group of ${place.members?.length ?? 0} jurisdictions without recorded ` +
        'regional standards; ask for one member, or EU for European Standards',
    );
  }
  return place.code;
}

function noAdoption(catalog: Catalog, standard: ResolvedStandard, place: CompiledJurisdiction, code: string): HarmonizeError {
  const named = standard.edition?.id ?? standard.key;
  const others = catalog.adoptionsIn(standard.key, code).map((a) => a.standard);
  const hint = others.length ? ` (recorded: ${[...new Set(others)].join(', ')})` : '';
  return notAvailable(`No recorded adoption of ${named} in ${place.code}${hint}${unnamedEnAdoption(catalog, standard, place)}`);
}

/**
 * A CEN/CENELEC member must adopt every EN, so when the EN exists but the member's naming rule could not be
 * sourced, the analyst is better served by being pointed at the EN than by a bare "not recorded".
 */
function unnamedEnAdoption(catalog: Catalog, standard: ResolvedStandard, place: CompiledJurisdiction): string {
  if (place.kind !== 'country' || !place.blocs.includes('CEN')) return '';
  const en = standard.edition ? catalog.adoption(standard.edition.id, 'EU') : catalog.adoptionsIn(standard.key, 'EU')[0];
  const rule = catalog.derivationRule(place.code);
  if (!en || (rule && ruleCovers(rule, en.designation))) return '';
  const why = rule
    ? `the naming rule of ${rule.body} is verified only for ENs that name ISO or IEC`
    : `no source read shows how ${place.body?.acronym ?? 'its standards body'} designates its adoption`;
  return `. ${place.code} is a CEN/CENELEC member, and members adopt each EN (here ${en.designation}), but ${why}; ask for EU to see the EN`;
}

/** The adoption that answers "standard in place": the named edition, or the place's newest adoption. */
export function findAdoption(
  catalog: Catalog,
  standard: ResolvedStandard,
  place: CompiledJurisdiction,
): Adoption | HarmonizeError {
  const code = recordPlace(catalog, place);
  if (isHarmonizeError(code)) return code;
  const found = standard.edition
    ? catalog.adoption(standard.edition.id, code)
    : catalog.adoptionsIn(standard.key, code)[0];
  return found ?? noAdoption(catalog, standard, place, code);
}

/** One cell of EQUIVALENT: blank in, blank out; every failure is an error value with its reason. */
export function equivalent(
  catalog: Catalog,
  standardInput: InputValue,
  placeInput: InputValue,
  field: AdoptionField,
): CellValue {
  if (isBlank(standardInput) || isBlank(placeInput)) return null;
  const standardText = readText(standardInput, 'standard');
  if (isHarmonizeError(standardText)) return standardText;
  const placeText = readText(placeInput, 'jurisdiction');
  if (isHarmonizeError(placeText)) return placeText;
  const standard = resolveStandard(catalog, standardText);
  if (isHarmonizeError(standard)) return standard;
  const place = resolveJurisdiction(catalog, placeText);
  if (isHarmonizeError(place)) return place;
  const adoption = findAdoption(catalog, standard, place);
  if (isHarmonizeError(adoption)) return field === 'fda' && place.code === 'US' ? recognisedEdition(catalog, standard) : adoption;
  return adoptionField(catalog, adoption, field, place);
}

/**
 * The FDA recognises international editions, often with no US national adoption recorded: the named edition's
 * recognitions, or those of the newest edition that has any.
 */
function recognisedEdition(catalog: Catalog, standard: ResolvedStandard): CellValue {
  if (standard.edition) return fdaText(catalog, standard.edition.id);
  const editions = catalog.editionsByKey.get(standard.key) ?? [];
  const recognised = editions.find((e) => catalog.fdaRecognitions(e.id).length > 0);
  return recognised ? fdaText(catalog, recognised.id) : notAvailable(`${standard.key} is not recorded as FDA-recognized`);
}
