/**
 * Cells written per request. Excel on the web refuses requests of about 5 MB; a cell's formula or value, its format
 * and its share of the fills come to a few hundred bytes, so 4,000 cells keep each request near 1 MB at most.
 */
export const CELLS_PER_SYNC = 4_000;
/** Rows per request for a table of `columns` columns. */
export const rowsPerSync = (columns: number): number => Math.max(1, Math.floor(CELLS_PER_SYNC / Math.max(1, columns)));
