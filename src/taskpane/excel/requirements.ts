/*
 * What each Excel feature the pane uses needs, beyond the ExcelApi 1.5 the manifest requires (custom XML parts hold
 * the dataset stamp and the frozen formulas). A host without a set gets a sentence saying what is unavailable,
 * instead of a failure halfway through a change.
 */
export const FEATURE_SETS = {
  /** Spilled results: freeze must know a formula's whole spill to keep its values. */
  spills: { set: 'ExcelApi', version: '1.12', feature: 'Freezing formulas' },
  /** Cell notes on frozen cells. */
  comments: { set: 'ExcelApi', version: '1.10', feature: 'Notes on frozen cells' },
  /** Recalculating only the HARMONIZE formulas rather than the whole workbook. */
  rangeCalculate: { set: 'ExcelApi', version: '1.6', feature: 'Recalculating only HARMONIZE formulas' },
  /** Frozen header row and column on an inserted matrix. */
  freezePanes: { set: 'ExcelApi', version: '1.7', feature: "Freezing a matrix's headers" },
  /** Cell notes (not threaded comments) giving each #N/A's reason on an inserted matrix. */
  notes: { set: 'ExcelApi', version: '1.18', feature: 'Notes with the reason of each #N/A' },
  /** Recalculating when the HarmonizeMappings table is edited. */
  tableEvents: { set: 'ExcelApi', version: '1.7', feature: 'Recalculating when HarmonizeMappings is edited' },
} as const;

export type Feature = keyof typeof FEATURE_SETS;

export function supports(feature: Feature): boolean {
  const { set, version } = FEATURE_SETS[feature];
  return Office.context.requirements.isSetSupported(set, version);
}

/** The message for a host without the feature's requirement set. */
export function unavailable(feature: Feature): string {
  const { set, version, feature: name } = FEATURE_SETS[feature];
  return `${name} needs ${set} ${version}, which this version of Excel does not have. Update Excel or use Excel on the web.`;
}
