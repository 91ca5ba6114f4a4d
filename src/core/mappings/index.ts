/**
 * Sharing workbooks, host-free: the workbook's own mappings (read, validate, import, export), the dataset stamp,
 * and recomputing saved HARMONIZE formulas to audit or refresh them. The task pane and the CLI adapt these to
 * Excel and to .xlsx files.
 */
export { MAPPING_COLUMNS, MAPPING_TABLE_NAME } from './mappingColumns';
export { readMappingRows, readMappingRowsInSlices, ROWS_PER_SLICE, type MappingImport, type RejectedRow } from './readMappingRows';
export {
  exportMappings,
  importMappingPack,
  importMappingPackInSlices,
  mappingTableRows,
  MAX_PACK_BYTES,
  MAX_PACK_ROWS,
  neutraliseCsvCell,
  packSizeProblem,
  readsAsFormula,
  parseMappingPack,
  type MappingPackFormat,
} from './mappingPacks';
export { compareStamp, readStamp, stampFromXml, stampOf, stampToXml, STAMP_NAMESPACE, type DatasetStamp, type StampComparison } from './datasetStamp';
export { anchorValue, auditFormulas, explainChange, shownValue, type FormulaAudit, type FormulaCell, type ShownValue, type SkippedCell, type ValueChange } from './formulaAudit';
export { answerCall, harmonizeFunctionOf, mentionsHarmonize, readHarmonizeFormula, recomputeFormula, type ReadCall, type ReadFormula, type Recomputed, type ReferenceValue, type ResolveReference } from './recomputeFormula';
export { changeReason, changesSinceStamp } from './changeReasons';
export { type CellAddress, type CellReference, columnLetters, columnNumber, formatAddress, mapReferences, parseAddress, referenceCells, referenceSize, sheetPrefix, shiftReferences } from './formulaReferences';
