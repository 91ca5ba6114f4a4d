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
export { compareStamp, readStamp, stampFromXml, stampOf, stampToXml, STAMP_NAMESPACE, type DatasetStamp } from './datasetStamp';
export { anchorValue, auditFormulas, explainChange, shownValue, type FormulaAudit, type FormulaCell, type ShownValue } from './formulaAudit';
export { answerCall, harmonizeFunctionOf, mentionsHarmonize, readHarmonizeFormula, recomputeFormula, type ReferenceValue } from './recomputeFormula';
export { changeReason, changesSinceStamp } from './changeReasons';
export {
  type CellReference,
  columnLetters,
  formatAddress,
  mapReferences,
  parseAddress,
  referenceCells,
  referenceSize,
  sheetPrefix,
  shiftReferences,
} from './formulaReferences';
