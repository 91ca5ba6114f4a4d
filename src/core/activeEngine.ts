import type { Adoption } from './dataset/catalog';
import type { Harmonize } from './harmonize';
import { bundledEngine } from './index';

/**
 * The engine that answers in this runtime: the bundled data, with the workbook's own mappings laid over it once
 * they have been read. The shared runtime holds one instance, so the custom functions and the task pane always
 * agree.
 */
let overlaid: Harmonize | null = null;
const listeners = new Set<() => void>();

export function currentEngine(): Harmonize {
  return overlaid ?? bundledEngine();
}

export function setWorkbookMappings(rows: readonly Adoption[]): Harmonize {
  overlaid = rows.length ? bundledEngine().withOverlay(rows) : null;
  for (const listener of listeners) listener();
  return currentEngine();
}

/** Lets the task pane re-render when the workbook's mappings change. */
export function onEngineChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
