import { type Adoption, Harmonize, bundledEngine } from '../core';

/**
 * The engine the custom functions use: the bundled data, with the workbook's own mappings laid over it once the
 * shared runtime has read them. The task pane sets the overlay; the functions only read it.
 */
let overlaid: Harmonize | null = null;

export function currentEngine(): Harmonize {
  return overlaid ?? bundledEngine();
}

export function setWorkbookMappings(rows: readonly Adoption[]): Harmonize {
  overlaid = rows.length ? bundledEngine().withOverlay(rows) : null;
  return currentEngine();
}
