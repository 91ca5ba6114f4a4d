import { CatalogueIndex } from './catalogue/catalogueIndex';
import type { CompiledCatalogue } from './catalogue/types';
import type { Adoption } from './dataset/catalog';
import type { CompiledDataset } from './dataset/types';
import { Harmonize } from './harmonize';

/**
 * Where the catalogues come from, set by the host: the add-in fetches the file beside its page, the CLI reads it
 * from disk. Core itself never loads them, so no bundle carries them.
 */
export type CatalogueSource = () => CompiledCatalogue | Promise<CompiledCatalogue>;

const NO_SOURCE: CatalogueSource = () => {
  throw new Error('this host has not said where to read them from');
};

/**
 * The engine that answers in one runtime: a dataset, with the IEC and JIS catalogues once something has needed
 * them, and the workbook's own mappings laid over both once they have been read. Each adapter creates one host
 * (the add-in's shared runtime holds a single one, so the custom functions and the task pane always agree); core
 * keeps no module-level engine of its own.
 */
export class EngineHost {
  private bundled: Harmonize | null = null;
  private base: Harmonize | null = null;
  private engine: Harmonize | null = null;
  private overlayRows: readonly Adoption[] = [];
  private catalogue: CatalogueIndex | null = null;
  private loading: Promise<Harmonize> | null = null;
  private source: CatalogueSource = NO_SOURCE;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly dataset: CompiledDataset) {}

  /** The dataset alone, indexed on first use. */
  bundledEngine(): Harmonize {
    this.bundled ??= Harmonize.fromDataset(this.dataset);
    return this.bundled;
  }

  /** The dataset with the catalogues when loaded, without the workbook's mappings: what mappings are read against. */
  baseEngine(): Harmonize {
    this.base ??= this.catalogue ? this.bundledEngine().withCatalogue(this.catalogue) : this.bundledEngine();
    return this.base;
  }

  currentEngine(): Harmonize {
    this.engine ??= this.baseEngine().withOverlay(this.overlayRows);
    return this.engine;
  }

  setWorkbookMappings(rows: readonly Adoption[]): Harmonize {
    this.overlayRows = rows;
    this.changed();
    return this.currentEngine();
  }

  catalogueLoaded(): boolean {
    return this.catalogue !== null;
  }

  /**
   * The engine with the catalogues: at once when they are loaded or their source is synchronous, else a Promise
   * that settles when they arrive. One load at a time; a failed load is tried again on the next need.
   */
  engineWithCatalogue(): Harmonize | Promise<Harmonize> {
    if (this.catalogue) return this.currentEngine();
    if (this.loading) return this.loading;
    let compiled: CompiledCatalogue | Promise<CompiledCatalogue>;
    try {
      compiled = this.source();
    } catch (cause) {
      return Promise.reject(cause instanceof Error ? cause : new Error(String(cause)));
    }
    if (!(compiled instanceof Promise)) return this.attach(compiled);
    this.loading = compiled.then((loaded) => this.attach(loaded)).finally(() => (this.loading = null));
    return this.loading;
  }

  /** Sets where the catalogues come from (the CLI reads them synchronously) and forgets any already loaded. */
  setCatalogueSource(next: CatalogueSource): void {
    this.source = next;
    this.catalogue = null;
    this.base = null;
    this.loading = null;
    this.changed();
  }

  /** Lets the task pane re-render when the workbook's mappings or the catalogues change the engine. */
  onEngineChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private attach(compiled: CompiledCatalogue): Harmonize {
    this.catalogue = new CatalogueIndex(compiled);
    this.base = null;
    this.changed();
    return this.currentEngine();
  }

  private changed(): void {
    this.engine = null;
    for (const listener of this.listeners) listener();
  }
}
