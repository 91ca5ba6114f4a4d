/** The host-free engine. Adapters (custom functions, task pane, CLI) import from here only. */
import { bundledDataset } from './dataset/bundledDataset';
import { Harmonize } from './harmonize';

export { Harmonize, type Answer, type Argument } from './harmonize';
export { Catalog, type Adoption, type StandardEdition } from './dataset/catalog';
export type { CompiledDataset, CompiledJurisdiction, Correspondence, Provenance } from './dataset/types';
export { HarmonizeError, isHarmonizeError, notAvailable, invalidValue, type ErrorCode } from './errors';
export type { CellValue, Grid, InputValue } from './values';
export { parseStandardId } from './identifiers/parseStandardId';
export { ADOPTION_FIELDS } from './query/adoptionFields';
export { STANDARD_FIELDS } from './query/standardInfo';
export { JURISDICTION_FIELDS } from './query/jurisdictionInfo';
export { DATASET_FIELDS, datasetFacts } from './query/datasetInfo';
export { adoptionsFor } from './query/adoptionsTable';
export { prepareSearch, searchCatalog, searchIndexFor } from './search/catalogSearch';
export type { SearchKind } from './search/searchIndex';
export { editionsOf } from './resolve/knownStandards';
export { CatalogueIndex } from './catalogue/catalogueIndex';
export { CatalogueNeeded, isCatalogueNeeded, needsCatalogue } from './catalogue/catalogueNeeded';
export type { CompiledCatalogue } from './catalogue/types';
export { parseCsv, parseCsvRecords, toCsv } from './csv';
export { MAX_RESULT_BYTES, MAX_RESULT_CELLS, withinPayloadLimit } from './resultLimits';
export { MAX_TEXT_LENGTH } from './values';
export type { Gap, GapComparison } from './query/gaps';
export { GAP_KINDS, type GapKind } from './query/gapKinds';

let engine: Harmonize | null = null;

/** The engine over the bundled dataset, indexed on first use and shared by every caller in the runtime. */
export function bundledEngine(): Harmonize {
  engine ??= Harmonize.fromDataset(bundledDataset);
  return engine;
}
export { FUNCTION_BY_NAME, FUNCTION_TABLE, type FunctionEntry, type ParameterSpec } from './functionTable';
