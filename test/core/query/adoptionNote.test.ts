/**
 * The cited records' notes ship beside the bundled dataset (notes.json) and load with the catalogues: EQUIVALENT's
 * "note" field waits for them like a catalogue answer, and never answers a note of other data.
 */
import { Harmonize } from '../../../src/core';
import { CatalogueIndex } from '../../../src/core/catalogue/catalogueIndex';
import { needsCatalogue } from '../../../src/core/catalogue/catalogueNeeded';
import { readCatalogueFile } from '../../../src/cli/catalogueFile';
import { bundledDataset, bundledEngine, bundledEngineWithCatalogues } from '../../support/bundledData';
import { fixtureCatalogue } from '../../support/fixtureCatalogue';
import { fixtureDataset } from '../../support/fixtureDataset';
import { single } from '../../support/shownAnswer';

const notesFile = readCatalogueFile().notes!;

describe('notes of cited records', () => {
  test('the bundle carries no note; the notes file holds one per cited record, in order, for this dataset', () => {
    expect(bundledDataset.notesApart).toBe(true);
    expect(bundledDataset.adoptions.some((a) => 'note' in a)).toBe(false);
    expect(notesFile.checksum).toBe(bundledDataset.checksum);
    expect(notesFile.notes).toHaveLength(bundledDataset.adoptions.length);
    const i = bundledDataset.adoptions.findIndex((a) => a.designation === 'JIS Q 9001:2015');
    expect(notesFile.notes[i]).toMatch(/^certification body criteria page lists JIS Q 9001:2015\(ISO 9001:2015\)/);
  });

  test('EQUIVALENT(...,"note") waits for the notes file, then answers the record\'s note', () => {
    const waiting = bundledEngine().equivalent('ISO 9001:2015', 'JP', 'note');
    expect(needsCatalogue(waiting)).toBe(true);
    expect(single(waiting)).toBe('#N/A The note of JIS Q 9001:2015: the record notes (loaded with the catalogues) are needed and not loaded');
    expect(single(bundledEngineWithCatalogues().equivalent('ISO 9001:2015', 'JP', 'note'))).toMatch(/^certification body criteria page/);
  });

  test("a derived record's note is its rule, known without the file", () => {
    expect(single(bundledEngine().equivalent('ISO 9001:2015', 'CZ', 'note'))).toMatch(/^Derived from EN ISO 9001:2015 by the /);
  });

  test('notes written for other data are refused', () => {
    const other = bundledEngine().withCatalogue(
      new CatalogueIndex({ ...fixtureCatalogue(), notes: { ...notesFile, version: '0.9.0', checksum: 'sha256:0000000000000000' } }),
    );
    expect(single(other.equivalent('ISO 9001:2015', 'JP', 'note'))).toBe(
      `#N/A The notes loaded are for dataset 0.9.0 (sha256:0000000000000000), not the installed ${bundledDataset.version} (${bundledDataset.checksum})`,
    );
  });

  test('a dataset that keeps its notes inside answers them without any file', () => {
    const dataset = fixtureDataset();
    dataset.adoptions = dataset.adoptions.map((a) => (a.designation === 'GB/T 19001-2016' ? { ...a, note: 'read on the SAMR page' } : a));
    expect(single(Harmonize.fromDataset(dataset).equivalent('ISO 9001:2015', 'CN', 'note'))).toBe('read on the SAMR page');
  });
});
