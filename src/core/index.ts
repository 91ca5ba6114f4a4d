/**
 * Core's one public face: the custom functions, the task pane and the CLI import from here and nowhere else in
 * core (ESLint's no-restricted-imports holds them to it). Core holds no engine of its own and no data: each
 * adapter creates an EngineHost over the compiled dataset it ships (src/runtime/engine.ts).
 */
export { Harmonize, type Answer, type Argument } from './harmonize';
export { EngineHost } from './engineHost';
export { Catalog, type Adoption } from './dataset/catalog';
export { adoptedPublication } from './dataset/adoptedPublication';
export type { CompiledChangelog, CompiledDataset, CompiledJurisdiction, CompiledNotes } from './dataset/types';
export { HarmonizeError, isHarmonizeError } from './errors';
export type { CellValue, InputValue } from './values';
export { ADOPTION_FIELDS } from './query/adoptionFields';
export { newerEdition } from './query/outdated';
export { supersededBy, upcomingSuccessor, whenInForce } from './query/equivalent';
export { expandPlaces } from './query/placePresets';
export { DATASET_FIELDS, datasetFacts } from './query/datasetInfo';
export { adoptionsFor } from './query/adoptionsTable';
export { type RegulatoryFact, regulatoryFacts } from './query/regulatoryStanding';
export { prepareSearch, searchCatalog } from './search/catalogSearch';
export type { SearchKind } from './search/searchIndex';
export { editionsOf } from './resolve/knownStandards';
export { isCatalogueNeeded, needsCatalogue } from './catalogue/catalogueNeeded';
export type { CompiledCatalogue } from './catalogue/types';
export { toCsv } from './csv';
export { MAX_RESULT_CELLS, withinPayloadLimit } from './resultLimits';
export { FUNCTION_BY_NAME, FUNCTION_TABLE } from './functionTable';
export { type Literal, formatArgument, parseFormula } from './formula';
export { CORRESPONDENCE_FILLS } from './correspondenceFills';
export { escapeXml } from './xmlText';
export * from './mappings';
export { FROZEN_NAMESPACE, type FrozenCell, frozenNote, jsonFromXmlPart, jsonToXmlPart, mergeFrozen } from './sharing/frozenCells';
export { validFrozenCells } from './sharing/validFrozenCells';
export { jurisdictionsInFormulas } from './sharing/jurisdictionsInFormulas';
export { errorReason, MATRIX_SOURCE_COLUMNS, matrixSourceRows } from './sharing/matrixSources';
export type { Gap } from './query/gaps';
export { describeChange } from './dataset/changes';
export { selectChanges } from './query/changes';
export type { GapKind } from './query/gapKinds';
