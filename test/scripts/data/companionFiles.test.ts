import { splitCompanions } from '../../../scripts/data/companionFiles';
import { Harmonize } from '../../../src/core';
import { CatalogueIndex } from '../../../src/core/catalogue/catalogueIndex';
import { fixtureCatalogue } from '../../support/fixtureCatalogue';
import { fixtureWithChangelog } from '../../support/fixtureChangelog';
import { single } from '../../support/shownAnswer';

/** The fixture dataset with a changelog and a note on its Chinese record, as the compile step would hand it over. */
function compiled() {
  const dataset = fixtureWithChangelog();
  dataset.adoptions = dataset.adoptions.map((a) => (a.designation === 'GB/T 19001-2016' ? { ...a, note: 'read on the SAMR page' } : a));
  return dataset;
}

describe('splitCompanions', () => {
  test('the bundle keeps every record but no note and no changelog, and says how many changes and that notes ship apart', () => {
    const dataset = compiled();
    const { bundled, changelog, notes } = splitCompanions(dataset);
    expect(bundled.adoptions.map((a) => a.designation)).toEqual(dataset.adoptions.map((a) => a.designation));
    expect(bundled.adoptions.some((a) => 'note' in a)).toBe(false);
    expect(bundled.changes).toBeUndefined();
    expect(bundled).toMatchObject({ changeCount: dataset.changes!.length, notesApart: true, checksum: dataset.checksum });
    expect(changelog).toMatchObject({ format: 1, version: dataset.version, checksum: dataset.checksum, changes: dataset.changes });
    expect(notes.checksum).toBe(dataset.checksum);
    expect(notes.notes).toHaveLength(dataset.adoptions.length);
    expect(notes.notes.filter(Boolean)).toEqual(['read on the SAMR page']);
  });

  test('the split dataset answers a note once its notes file is loaded, as the unsplit one does', () => {
    const dataset = compiled();
    const { bundled, changelog, notes } = splitCompanions(dataset);
    const loaded = Harmonize.fromDataset(bundled).withCatalogue(new CatalogueIndex({ ...fixtureCatalogue(), changelog, notes }));
    expect(single(loaded.equivalent('ISO 9001:2015', 'CN', 'note'))).toBe('read on the SAMR page');
    expect(single(Harmonize.fromDataset(dataset).equivalent('ISO 9001:2015', 'CN', 'note'))).toBe('read on the SAMR page');
  });
});
