import { CatalogueIndex } from './catalogue/catalogueIndex';
import type { CompiledCatalogue } from './catalogue/types';
import type { Adoption } from './dataset/catalog';
import type { Harmonize } from './harmonize';
import { bundledEngine } from './index';

/**
 * The engine that answers in this runtime: the bundled data, with the IEC and JIS catalogues once something has
 * needed them, and the workbook's own mappings laid over both once they have been read. The shared runtime holds
 * one instance, so the custom functions and the task pane always agree.
 */
let engine: Harmonize | null = null;
let base: Harmonize | null = null;
let overlayRows: readonly Adoption[] = [];
let catalogue: CatalogueIndex | null = null;
let loading: Promise<Harmonize> | null = null;
const listeners = new Set<() => void>();

/**
 * Where the catalogues come from, set by the host: the add-in fetches the file beside its page, the CLI reads it
 * from disk. Core itself never loads them, so no bundle carries them.
 */
export type CatalogueSource = () => CompiledCatalogue | Promise<CompiledCatalogue>;

let source: CatalogueSource = () => {
  throw new Error('this host has not said where to read them from');
};

/** The bundled data with the catalogues when loaded, without the workbook's mappings: what mappings are read against. */
export function baseEngine(): Harmonize {
  base ??= catalogue ? bundledEngine().withCatalogue(catalogue) : bundledEngine();
  return base;
}

export function currentEngine(): Harmonize {
  engine ??= baseEngine().withOverlay(overlayRows);
  return engine;
}

function changed(): void {
  engine = null;
  for (const listener of listeners) listener();
}

export function setWorkbookMappings(rows: readonly Adoption[]): Harmonize {
  overlayRows = rows;
  changed();
  return currentEngine();
}

export function catalogueLoaded(): boolean {
  return catalogue !== null;
}

function attach(compiled: CompiledCatalogue): Harmonize {
  catalogue = new CatalogueIndex(compiled);
  base = null;
  changed();
  return currentEngine();
}

/**
 * The engine with the catalogues: at once when they are loaded or their source is synchronous, else a Promise
 * that settles when they arrive. One load at a time; a failed load is tried again on the next need.
 */
export function engineWithCatalogue(): Harmonize | Promise<Harmonize> {
  if (catalogue) return currentEngine();
  if (loading) return loading;
  let compiled: CompiledCatalogue | Promise<CompiledCatalogue>;
  try {
    compiled = source();
  } catch (cause) {
    return Promise.reject(cause);
  }
  if (!(compiled instanceof Promise)) return attach(compiled);
  loading = compiled.then(attach).finally(() => (loading = null));
  return loading;
}

/** Sets where the catalogues come from (the CLI reads them synchronously) and forgets any already loaded. */
export function setCatalogueSource(next: CatalogueSource): void {
  source = next;
  catalogue = null;
  base = null;
  loading = null;
  changed();
}

/** Lets the task pane re-render when the workbook's mappings or the catalogues change the engine. */
export function onEngineChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
