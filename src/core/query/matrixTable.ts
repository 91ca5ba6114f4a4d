import type { Catalog } from '../dataset/catalog';
import { HarmonizeError, isHarmonizeError, notAvailable } from '../errors';
import { resolveJurisdiction } from '../resolve/resolveJurisdiction';
import { resolveStandard } from '../resolve/resolveStandard';
import { countNonBlank, flattenNonBlank } from '../broadcast';
import { MAX_RESULT_CELLS } from '../resultLimits';
import { type CellValue, type Grid, type InputValue, readText } from '../values';
import type { AdoptionField } from './adoptionFields';
import { equivalent } from './equivalent';
import { expandPlaces } from './placePresets';

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
  // Counted before anything is flattened, and only as far as the limit: a million-cell range answers its error at
  // once. (s + 1) x (p + 1) > MAX exactly when s exceeds the largest count that still fits beside p places.
  const placeCount = countNonBlank(placesRange, MAX_RESULT_CELLS);
  const fittingStandards = Math.max(0, Math.floor(MAX_RESULT_CELLS / (placeCount + 1)) - 1);
  const standardCount = countNonBlank(standardsRange, fittingStandards);
  if (standardCount === 0) return notAvailable('Give at least one standard');
  if (placeCount === 0) return notAvailable('Give at least one jurisdiction');
  if (standardCount > fittingStandards) {
    return new HarmonizeError('#VALUE!', `The matrix would exceed ${MAX_RESULT_CELLS} cells. Split the ranges.`);
  }
  const standards = flattenNonBlank(standardsRange);
  // A group without standards of its own ("G20", "USMCA", "EU27") spreads into its members' columns, as in the
  // CLI and the pane's builder; before, it gave one column of #N/A.
  const places = flattenNonBlank(placesRange).flatMap((p): InputValue[] => (typeof p === 'string' ? expandPlaces(catalog, [p]) : [p]));
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
