import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledChangelog, CompiledDataset, CompiledNotes } from '../../src/core/dataset/types';

/**
 * The files committed beside compiled.json that the add-in loads with the catalogues, not in the functions bundle:
 * the changelog (only CHANGES and the workbook audit read it) and the cited records' notes (only EQUIVALENT's
 * "note" field reads them). Each is stamped with the dataset's checksum so that a host never pairs it with other
 * data; the checksum still covers them, because it was computed before the split.
 */
const DATASET_FOLDER = join(__dirname, '..', '..', 'src', 'core', 'dataset');
export const CHANGELOG_FILE = join(DATASET_FOLDER, 'changelog.json');
export const NOTES_FILE = join(DATASET_FOLDER, 'notes.json');

export interface SplitDataset {
  bundled: CompiledDataset;
  changelog: CompiledChangelog;
  notes: CompiledNotes;
}

/** Splits a compiled dataset into what the functions bundle carries and its two companion files. */
export function splitCompanions(dataset: CompiledDataset): SplitDataset {
  const { changes = [], adoptions, ...rest } = dataset;
  const stamp = { format: 1 as const, version: dataset.version, checksum: dataset.checksum };
  return {
    bundled: { ...rest, adoptions: adoptions.map(({ note: _note, ...record }) => record), changeCount: changes.length, notesApart: true },
    changelog: { ...stamp, changes },
    notes: { ...stamp, notes: adoptions.map((a) => a.note ?? '') },
  };
}

/** The dataset checksum a committed companion file was written for, or null when there is none. */
export function committedChecksum(file: string): string | null {
  if (!existsSync(file)) return null;
  return (JSON.parse(readFileSync(file, 'utf8')) as { checksum: string }).checksum;
}
