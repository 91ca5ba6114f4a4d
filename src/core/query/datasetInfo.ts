import type { Catalog } from '../dataset/catalog';
import type { CellValue, Grid } from '../values';
import { fieldParser } from './adoptionFields';

export const DATASET_FIELDS = [
  'version',
  'date',
  'checksum',
  'standards',
  'editions',
  'jurisdictions',
  'adoptions',
  'cited',
  'derived',
  'workbook',
  'sources',
  'harmonised',
  'fda',
  'recognition',
  'crosswalks',
  'changes',
  'licences',
] as const;
export type DatasetField = (typeof DATASET_FIELDS)[number];
export const parseDatasetField = fieldParser(DATASET_FIELDS, { LICENSES: 'licences' });

/** Facts about the bundled dataset: what a shared workbook records to say which data it was computed with. */
export function datasetFacts(catalog: Catalog): Record<DatasetField, string | number> {
  const d = catalog.dataset;
  const count = (p: string): number => catalog.adoptions.filter((a) => a.provenance === p).length;
  return {
    version: d.version,
    date: d.date,
    checksum: d.checksum,
    standards: catalog.editionsByKey.size,
    editions: catalog.editions.size,
    jurisdictions: d.jurisdictions.length,
    adoptions: catalog.adoptions.length,
    cited: count('cited'),
    derived: count('derived'),
    workbook: count('workbook'),
    sources: d.sources.length,
    harmonised: d.harmonised.length,
    fda: d.fda.length,
    recognition: d.recognition.length,
    crosswalks: d.crosswalks.reduce((n, c) => n + c.links.length, 0),
    // The rows CHANGES() lists: every change the changelog keeps, across the kept releases.
    changes: d.changes?.length ?? d.changeCount ?? 0,
    licences: d.licences.map((l) => `${l.name}: ${l.licence}`).join('; '),
  };
}

export function datasetInfo(catalog: Catalog, field: DatasetField | null): CellValue | Grid<CellValue> {
  const facts = datasetFacts(catalog);
  if (field) return facts[field];
  return DATASET_FIELDS.map((f) => [f, facts[f]]);
}
