import { CatalogueNeeded } from '../catalogue/catalogueNeeded';
import type { Adoption, Catalog } from '../dataset/catalog';
import { type HarmonizeError, notAvailable } from '../errors';

/**
 * A record's note: its own (derived and workbook records, hand-made datasets), or for a cited record of a dataset
 * whose notes ship apart, the one in the notes file. Null when the record has none; CatalogueNeeded while the file is
 * not loaded, so the host loads it and asks again; #N/A when the loaded file belongs to another dataset, because
 * its notes would describe other records.
 */
export function noteOf(catalog: Catalog, adoption: Adoption): string | null | HarmonizeError {
  const index = catalog.citedIndexOf(adoption);
  if (index === undefined) return adoption.note;
  const loaded = catalog.catalogue?.compiled.notes;
  if (!loaded) return new CatalogueNeeded(`The note of ${adoption.designation}`, 'the record notes (loaded with the catalogues) are');
  const { dataset } = catalog;
  if (loaded.checksum !== dataset.checksum) {
    return notAvailable(`The notes loaded are for dataset ${loaded.version} (${loaded.checksum}), not the installed ${dataset.version} (${dataset.checksum})`);
  }
  return loaded.notes[index] || null;
}
