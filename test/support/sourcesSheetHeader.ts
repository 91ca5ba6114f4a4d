/**
 * The header a matrix's Sources sheet must have, spelled out rather than imported from src, so that the pane's and
 * the CLI's tests fail if a column is dropped, renamed or moved: shared workbooks and their recipients rely on it.
 */
export const SOURCES_SHEET_HEADER = ['standard', 'jurisdiction', 'designation', 'correspondence', 'edition', 'basis', 'provenance', 'source', 'read', 'reason'];
