import { encodeChange } from '../../src/core/dataset/changes';
import type { CompiledDataset, DatasetChange } from '../../src/core/dataset/types';
import { fixtureDataset } from './fixtureDataset';

/** Changes as the compile step writes them for the fixture released as 1.2.0, newest release first. */
export const FIXTURE_CHANGES: DatasetChange[] = [
  { release: '1.2.0', change: 'rule changed', jurisdiction: 'DE', subject: 'en-adoption:DE:cen', field: 'template', old: 'DIN {en}', new: 'DIN {en_undated}' },
  {
    release: '1.2.0',
    change: 'changed',
    standard: 'ISO 9001:2015',
    jurisdiction: 'DE',
    subject: 'DIN EN ISO 9001',
    field: 'designation',
    old: 'DIN EN ISO 9001:2015',
    new: 'DIN EN ISO 9001',
  },
  {
    release: '1.2.0',
    change: 'superseded',
    standard: 'ISO 9001:2008',
    jurisdiction: 'CN',
    subject: 'GB/T 19001-2008',
    field: 'status',
    old: 'unknown',
    new: 'superseded',
  },
  { release: '1.1.0', change: 'added', standard: 'ISO 13485:2016', jurisdiction: 'EU', subject: 'EN ISO 13485:2016' },
  { release: '1.1.0', change: 'removed', standard: 'IEC 60601-1:2005', jurisdiction: 'US', subject: 'UL 60601-1' },
];

/** The fixture as release 1.2.0, with two kept releases before it and the changelog above. */
export function fixtureWithChangelog(): CompiledDataset {
  return {
    ...fixtureDataset(),
    version: '1.2.0',
    releases: [
      { version: '1.0.0', date: '2026-01-01', checksum: 'sha256:a' },
      { version: '1.1.0', date: '2026-06-01', checksum: 'sha256:b' },
    ],
    changes: FIXTURE_CHANGES.map(encodeChange),
  };
}
