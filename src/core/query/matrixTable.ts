import type { Catalog } from '../dataset/catalog';
import { HarmonizeError, isHarmonizeError, notAvailable } from '../errors';
import { resolveJurisdiction } from '../resolve/resolveJurisdiction';
import { resolveStandard } from '../resolve/resolveStandard';
import { flattenNonBlank } from '../broadcast';
import { MAX_RESULT_CELLS } from '../resultLimits';
import { type CellValue, type Grid, type InputValue, readText } from '../values';
import type { AdoptionField } from './adoptionFields';
import { equivalent } from './equivalent';

function headerLabel(value: InputValue, resolve: (text: string) => string | HarmonizeError): CellValue {
  const text = readText(value, 'header');
  if (isHarmonizeError(text)) return text;
  const resolved = resolve(text);
  return isHarmonizeError(resolved) ? text : resolved;
}

/** MATRIX: standards down, jurisdictions across, with a header row and a header column. */
export function matrixTable(
  catalog: Catalog,
  standardsRange: Grid<InputValue>,
  placesRange: Grid<InputValue>,
  field: AdoptionField,
): Grid<CellValue> | HarmonizeError {
  const standards = flattenNonBlank(standardsRange);
  const places = flattenNonBlank(placesRange);
  if (standards.length === 0) return notAvailable('Give at least one standard');
  if (places.length === 0) return notAvailable('Give at least one jurisdiction');
  if ((standards.length + 1) * (places.length + 1) > MAX_RESULT_CELLS) {
    return new HarmonizeError('#VALUE!', `The matrix would exceed ${MAX_RESULT_CELLS} cells. Split the ranges.`);
  }
  const header: CellValue[] = [
    field,
    ...places.map((p) =>
      headerLabel(p, (t) => {
        const j = resolveJurisdiction(catalog, t);
        return isHarmonizeError(j) ? j : j.code;
      }),
    ),
  ];
  const body = standards.map((s) => [
    headerLabel(s, (t) => {
      const r = resolveStandard(catalog, t);
      return isHarmonizeError(r) ? r : (r.edition?.id ?? r.key);
    }),
    ...places.map((p) => equivalent(catalog, s, p, field)),
  ]);
  return [header, ...body];
}
