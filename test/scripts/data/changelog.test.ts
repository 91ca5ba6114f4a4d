import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changelog, diffReleases } from '../../../scripts/data/changelog';
import { changesMarkdown } from '../../../scripts/data/changesFile';
import { compileDataset } from '../../../scripts/data/compile';
import { readSnapshots, snapshotJson, snapshotOf } from '../../../scripts/data/releaseSnapshot';
import { decodeChange, describeChange, encodeChange } from '../../../src/core/dataset/changes';
import type { CompiledDataset } from '../../../src/core/dataset/types';
import { fixtureDataset } from '../../support/fixtureDataset';

/** Two tiny releases of the fixture dataset: the second adds, removes, renames and re-rates records, and edits a rule. */
function releases(): { older: CompiledDataset; newer: CompiledDataset } {
  const older = { ...fixtureDataset(), version: '1.0.0', date: '2026-01-01', checksum: 'sha256:old' };
  const newer = structuredClone({ ...older, version: '1.1.0', date: '2026-02-01', checksum: 'sha256:new' });
  const jp = newer.adoptions.find((a) => a.designation === 'JIS Q 9001:2015')!;
  jp.correspondence = 'MOD';
  // GB/T 19001-2008 disappears; a Japanese ISO 13485 adoption appears; the US consolidation is renamed.
  newer.adoptions = newer.adoptions.filter((a) => a.designation !== 'GB/T 19001-2008');
  newer.adoptions.push({ standard: 'ISO 13485:2016', jurisdiction: 'JP', designation: 'JIS T 14485:2018', correspondence: 'IDT', src: 5, read: '2026-02-01' });
  // A newer Chinese publication of ISO 9001:2015: the engine now marks GB/T 19001-2016 superseded.
  newer.adoptions.push({ standard: 'ISO 9001:2015', jurisdiction: 'CN', designation: 'GB/T 19001-2024', correspondence: 'IDT', year: 2024, src: 1, read: '2026-02-01' });
  newer.adoptions.find((a) => a.jurisdiction === 'US')!.designation = 'ANSI/AAMI ES60601-1:2005/(R)2012';
  newer.rules.find((r) => r.name === 'en-adoption:DE:cen')!.template = 'DIN {en}';
  return { older, newer };
}

describe('the changelog of a release against the one before it', () => {
  const { older, newer } = releases();
  const changes = diffReleases(snapshotOf(older), snapshotOf(newer));
  const find = (change: string, subject: string, field?: string) => changes.filter((c) => c.change === change && c.subject === subject && (field === undefined || c.field === field));

  test('a record added, removed, renamed or with a changed field shows up, with the field and its old and new values', () => {
    expect(find('added', 'JIS T 14485:2018')).toEqual([{ release: '1.1.0', change: 'added', standard: 'ISO 13485:2016', jurisdiction: 'JP', subject: 'JIS T 14485:2018' }]);
    expect(find('changed', 'JIS Q 9001:2015', 'correspondence')).toEqual([expect.objectContaining({ standard: 'ISO 9001:2015', jurisdiction: 'JP', old: 'IDT', new: 'MOD' })]);
    expect(find('changed', 'ANSI/AAMI ES60601-1:2005/(R)2012', 'designation')).toEqual([
      expect.objectContaining({ jurisdiction: 'US', old: 'ANSI/AAMI ES60601-1:2005/(R)2012 & A1:2012', new: 'ANSI/AAMI ES60601-1:2005/(R)2012' }),
    ]);
  });

  test('a record gone from the data is removed; a record newly superseded is named so', () => {
    expect(find('removed', 'GB/T 19001-2008')).toEqual([expect.objectContaining({ standard: 'ISO 9001:2008', jurisdiction: 'CN' })]);
    expect(find('added', 'GB/T 19001-2024')).toHaveLength(1);
    expect(find('superseded', 'GB/T 19001-2016')).toEqual([expect.objectContaining({ field: 'status', old: 'unknown', new: 'superseded' })]);
  });

  test('a rule change is listed once, with its field, and derived records it renames follow it', () => {
    expect(find('rule changed', 'en-adoption:DE:cen')).toEqual([expect.objectContaining({ field: 'template', old: 'DIN {en_undated}', new: 'DIN {en}' })]);
    expect(changes[0].change).toBe('rule changed');
    expect(find('changed', 'DIN EN ISO 45001:2023', 'designation')).toEqual([expect.objectContaining({ old: 'DIN EN ISO 45001', new: 'DIN EN ISO 45001:2023' })]);
  });

  test('the same data gives no changes, and entries survive the compact form the bundle stores', () => {
    expect(diffReleases(snapshotOf(older), snapshotOf(older))).toEqual([]);
    for (const c of changes) expect(decodeChange(encodeChange(c))).toEqual(c);
    expect(describeChange(find('changed', 'JIS Q 9001:2015')[0])).toBe('1.1.0: JIS Q 9001:2015 (ISO 9001:2015 in JP): correspondence changed from IDT to MOD');
  });

  test('the current data is compared with the latest kept release older than its version, and each kept release with its predecessor', () => {
    const current = { ...snapshotOf(newer), version: '1.2.0' };
    const ignored = { ...snapshotOf(newer), version: '1.3.0' };
    const sameVersion = { ...snapshotOf(older), version: '1.2.0' };
    const log = changelog([ignored, snapshotOf(newer), sameVersion, snapshotOf(older)], current);
    expect(log.releases.map((r) => r.version)).toEqual(['1.0.0', '1.1.0']);
    // 1.1.0 -> 1.2.0 changed nothing; 1.0.0 -> 1.1.0 is the list above, labelled 1.1.0.
    expect(new Set(log.changes.map((c) => c.release))).toEqual(new Set(['1.1.0']));
    expect(log.changes).toHaveLength(changes.length);
  });
});

describe('searches that found no adoption in the changelog', () => {
  const SEARCHED = 'https://webdesk.jsa.or.jp/';
  /** The fixture with searches of ISO 37001 and ISO 37301 in Japan, as a release that recorded them. */
  const withSearches = (version: string, standards: string[]): CompiledDataset => {
    const d = { ...fixtureDataset(), version, date: '2026-12-05', checksum: `sha256:${version}` };
    d.sources = [...d.sources, SEARCHED];
    d.absences = standards.map((standard) => ({ standard, jurisdiction: 'JP', note: 'no JIS by number or title', src: d.sources.length - 1, read: '2026-12-05' }));
    return d;
  };

  test('a search recorded or dropped is listed apart from the records, with the day searched', () => {
    const changes = diffReleases(snapshotOf(withSearches('1.0.0', ['ISO 37001'])), snapshotOf(withSearches('1.1.0', ['ISO 37301'])));
    expect(changes).toEqual([
      { release: '1.1.0', change: 'search removed', standard: 'ISO 37001', jurisdiction: 'JP', subject: 'no adoption found' },
      { release: '1.1.0', change: 'search recorded', standard: 'ISO 37301', jurisdiction: 'JP', subject: 'no adoption found', new: '2026-12-05' },
    ]);
    expect(changes.map((c) => describeChange(c))).toEqual([
      '1.1.0: ISO 37001 in JP: the recorded search that found no adoption was withdrawn',
      '1.1.0: ISO 37301 in JP: no adoption found (national catalogue searched, or stated by the body; read 2026-12-05)',
    ]);
    for (const c of changes) expect(decodeChange(encodeChange(c))).toEqual(c);
  });

  test('a release kept before searches were recorded had none, so each later search counts as recorded', () => {
    const before = snapshotOf({ ...fixtureDataset(), version: '1.0.0', date: '2026-11-26', checksum: 'sha256:old' });
    expect(before.absences).toBeUndefined();
    const changes = diffReleases(before, snapshotOf(withSearches('1.1.0', ['ISO 37001'])));
    expect(changes.map((c) => c.change)).toEqual(['search recorded']);
  });

  test('a snapshot keeps its searches through its file form, and the release notes count them apart', () => {
    const snapshot = snapshotOf(withSearches('1.1.0', ['ISO 37301', 'ISO 37001']));
    expect(JSON.parse(snapshotJson(snapshot))).toEqual(snapshot);
    expect(snapshot.absences!.map((a) => [a[0], a[1], a[2], snapshot.sources[a[3]]])).toEqual([
      ['ISO 37001', 'JP', '2026-12-05', SEARCHED],
      ['ISO 37301', 'JP', '2026-12-05', SEARCHED],
    ]);
    const older = snapshotOf({ ...fixtureDataset(), version: '1.0.0', date: '2026-11-26', checksum: 'sha256:old' });
    const dataset = { ...withSearches('1.1.0', ['ISO 37001']), releases: [{ version: '1.0.0', date: '2026-11-26', checksum: 'sha256:old' }] };
    dataset.changes = diffReleases(older, snapshotOf(dataset)).map(encodeChange);
    const notes = changesMarkdown(dataset);
    expect(notes).toContain('1 changes: 0 to rules; records 0 added, 0 removed, 0 changed, 0 superseded, 0 withdrawn; 1 to recorded searches that found no adoption.');
    expect(notes).toContain('### Searches that found no adoption\n\n- ISO 37001 in JP: no adoption found (national catalogue searched, or stated by the body; read 2026-12-05)');
  });
});

describe('the compile step', () => {
  test('computes the changelog from the kept snapshot in data/releases, and the release notes from it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'harmonize-releases-'));
    const write = (path: string, text: string) => {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    const SRC = 'https://example.org/cn,2026-11-26';
    const header = 'standard,jurisdiction,designation,correspondence,year,status,source,read,note';
    write('licences.json', '[]');
    write('shared/country-codes/country-codes.csv', 'ISO3166-1-Alpha-2,ISO3166-1-Alpha-3,CLDR display name\nCN,CHN,China\n');
    write('shared/country-intl-orgs/CountrycodesOrgs.csv', 'ISO_3166_2,org_id,org_member\n');
    write('dataset.json', '{"version":"1.0.0","date":"2026-11-26"}');
    write('adoptions/cn.csv', `${header}\nISO 9001:2015,CN,GB/T 19001-2016,,2016,,${SRC},\nISO 14001:2015,CN,GB/T 24001-2016,IDT,2016,,${SRC},\n`);
    const first = compileDataset(dir, join(dir, 'shared'));
    expect(first.dataset.changes).toEqual([]);
    write('releases/1.0.0.json', snapshotJson(snapshotOf(first.dataset)));
    expect(readSnapshots(dir).map((s) => s.version)).toEqual(['1.0.0']);

    write('dataset.json', '{"version":"1.1.0","date":"2026-12-01"}');
    write('adoptions/cn.csv', `${header}\nISO 9001:2015,CN,GB/T 19001-2016,IDT,2016,,${SRC},\nISO 13485:2016,CN,YY/T 0287-2017,IDT,2017,,${SRC},\n`);
    const { dataset } = compileDataset(dir, join(dir, 'shared'));
    expect(dataset.releases).toEqual([{ version: '1.0.0', date: '2026-11-26', checksum: first.dataset.checksum }]);
    expect(dataset.changes!.map((c) => describeChange(decodeChange(c))).sort()).toEqual([
      '1.1.0: GB/T 19001-2016 (ISO 9001:2015 in CN): correspondence changed from unknown to IDT',
      '1.1.0: added YY/T 0287-2017 (ISO 13485:2016 in CN)',
      '1.1.0: removed GB/T 24001-2016 (ISO 14001:2015 in CN)',
    ]);
    const notes = changesMarkdown(dataset);
    expect(notes).toContain('## 1.1.0 (2026-12-01) against 1.0.0 (2026-11-26)');
    expect(notes).toContain('3 changes: 0 to rules; records 1 added, 1 removed, 1 changed, 0 superseded, 0 withdrawn (changed fields: correspondence 1).');
    expect(notes).toContain('- added YY/T 0287-2017 (ISO 13485:2016 in CN)');
  });
});
