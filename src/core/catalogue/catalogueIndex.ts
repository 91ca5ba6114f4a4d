import { IecCatalogue } from './iecCatalogue';
import { JisCatalogue } from './jisCatalogue';
import type { CompiledCatalogue } from './types';

/**
 * The IEC webstore and JIS catalogues, decoded and indexed. Built once, when a formula or the search first needs
 * them: the core dataset answers everything else without them.
 */
export class CatalogueIndex {
  readonly iec: IecCatalogue;
  readonly jis: JisCatalogue;

  constructor(readonly compiled: CompiledCatalogue) {
    this.iec = new IecCatalogue(compiled.iec);
    this.jis = new JisCatalogue(compiled.jis);
  }
}
