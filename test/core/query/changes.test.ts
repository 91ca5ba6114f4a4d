import { Harmonize } from '../../../src/core/harmonize';
import type { CellValue } from '../../../src/core';
import { CatalogueIndex } from '../../../src/core/catalogue/catalogueIndex';
import { isCatalogueNeeded } from '../../../src/core/catalogue/catalogueNeeded';
import { bundledChangelog, bundledDataset, bundledEngine, bundledEngineWithCatalogues } from '../../support/bundledData';
import { fixtureCatalogue } from '../../support/fixtureCatalogue';
import { FIXTURE_CHANGES, fixtureWithChangelog } from '../../support/fixtureChangelog';
import { encodeChange } from '../../../src/core/dataset/changes';
import type { DatasetChange } from '../../../src/core/dataset/types';
import { changeReason } from '../../../src/core/mappings';
import { COVERED } from '../../../src/core/query/changes';
import { fixtureDataset } from '../../support/fixtureDataset';
import { grid } from '../../support/shownAnswer';

const engine = Harmonize.fromDataset(fixtureWithChangelog());
const HEADER = ['release', 'change', 'standard', 'jurisdiction', 'record', 'field', 'old', 'new'];

describe('CHANGES', () => {
  test('lists every kept change, newest release first, one row per change with its field and old and new values', () => {
    expect(grid(engine.changes())).toEqual([
      HEADER,
      ['1.2.0', 'rule changed', null, 'DE', 'en-adoption:DE:cen', 'template', 'DIN {en}', 'DIN {en_undated}'],
      ['1.2.0', 'changed', 'ISO 9001:2015', 'DE', 'DIN EN ISO 9001', 'designation', 'DIN EN ISO 9001:2015', 'DIN EN ISO 9001'],
      ['1.2.0', 'superseded', 'ISO 9001:2008', 'CN', 'GB/T 19001-2008', 'status', 'unknown', 'superseded'],
      ['1.1.0', 'added', 'ISO 13485:2016', 'EU', 'EN ISO 13485:2016', null, null, null],
      ['1.1.0', 'removed', 'IEC 60601-1:2005', 'US', 'UL 60601-1', null, null, null],
    ]);
    expect(engine.dataset('changes')).toEqual([[5]]);
  });

  test('since a version keeps the later releases; a version as Excel may type it (1.1) reads as 1.1.0', () => {
    const releases = (since: unknown) => (grid(engine.changes(since as never)) as CellValue[][]).slice(1).map((r) => r[0]);
    expect(releases('1.1.0')).toEqual(['1.2.0', '1.2.0', '1.2.0']);
    expect(releases(1.1)).toEqual(['1.2.0', '1.2.0', '1.2.0']);
    expect(releases('1.0.0')).toHaveLength(5);
    expect(releases('')).toHaveLength(5);
  });

  test('for one jurisdiction (rules included) or one standard or edition', () => {
    const subjects = (filter: string, since: string | null = null) => (grid(engine.changes(since, filter)) as CellValue[][]).slice(1).map((r) => r[4]);
    expect(subjects('Deutschland')).toEqual(['en-adoption:DE:cen', 'DIN EN ISO 9001']);
    expect(subjects('ISO 9001')).toEqual(['DIN EN ISO 9001', 'GB/T 19001-2008']);
    expect(subjects('ISO 9001:2008')).toEqual(['GB/T 19001-2008']);
    expect(subjects('CEN')).toEqual(['EN ISO 13485:2016']);
    expect(subjects('USMCA')).toEqual(['UL 60601-1']);
    expect(grid(engine.changes('1.1.0', 'US'))).toBe(`#N/A No adoption record or rule changed for US since 1.1.0 (${COVERED})`);
  });

  test('errors say what to ask instead', () => {
    expect(grid(engine.changes('0.9'))).toBe(
      '#N/A The changelog starts at release 1.0.0; changes before it are not kept. Ask for changes since 1.0.0 or later',
    );
    expect(grid(engine.changes('1.2.0'))).toBe('#N/A No changes since 1.2.0: it is the installed dataset');
    expect(grid(engine.changes('2.0'))).toBe('#N/A 2.0 is newer than the installed dataset 1.2.0');
    expect(grid(engine.changes('latest'))).toBe("#VALUE! since_version must be a dataset version such as 1.1.0, not 'latest'");
    expect(grid(engine.changes(null, 'Narnia'))).toMatch(/^#N\/A Unknown jurisdiction 'Narnia'/);
    expect(grid(engine.changes([['1.0.0', '1.1.0']]))).toBe('#VALUE! since_version and jurisdiction_or_standard must be single values, not ranges');
    expect(grid(Harmonize.fromDataset(fixtureDataset()).changes())).toBe('#N/A No release before test is kept, so its changelog is empty');
  });
});

describe('CHANGES on the bundled data', () => {
  test('the bundle carries the count, not the log: CHANGES waits for the changelog, DATASET("changes") does not', () => {
    const bare = bundledEngine();
    expect(bundledDataset.changes).toBeUndefined();
    expect(bare.dataset('changes')).toEqual([[bundledChangelog.changes.length]]);
    const waiting = bare.changes();
    expect(isCatalogueNeeded(waiting) && waiting.message).toBe('CHANGES: the changelog (loaded with the catalogues) is needed and not loaded');
  });

  test('a changelog written for other data is refused rather than listed', () => {
    const other = bundledEngine().withCatalogue(
      new CatalogueIndex({ ...fixtureCatalogue(), changelog: { ...bundledChangelog, version: '0.9.0', checksum: 'sha256:0000000000000000' } }),
    );
    expect(grid(other.changes())).toBe(
      `#N/A The changelog loaded is for dataset 0.9.0 (sha256:0000000000000000), not the installed ${bundledDataset.version} (${bundledDataset.checksum})`,
    );
  });

  test('lists the changelog the build computed, and DATASET("changes") counts its rows', () => {
    const live = bundledEngineWithCatalogues();
    const rows = live.changes() as CellValue[][];
    expect(rows[0]).toEqual(HEADER);
    expect(live.dataset('changes')).toEqual([[rows.length - 1]]);
    expect(rows.length - 1).toBe(bundledChangelog.changes.length);
    const releases = rows.slice(1).map((r) => String(r[0]));
    // Newest first: once a release is passed it never comes back.
    expect(releases).toEqual([...releases].sort((a, b) => b.localeCompare(a, 'en', { numeric: true })));
  });
});

describe("searches that found no adoption, in CHANGES and in a changed cell's reason", () => {
  const search: DatasetChange = {
    release: '1.2.0',
    change: 'search recorded',
    standard: 'ISO 13485',
    jurisdiction: 'JP',
    subject: 'no adoption found',
    new: '2026-12-05',
  };
  const engine = Harmonize.fromDataset({ ...fixtureWithChangelog(), changes: [search, ...FIXTURE_CHANGES].map(encodeChange) });
  const kinds = (subject: string) => (grid(engine.changes(null, subject)) as CellValue[][]).slice(1).map((r) => r[1]);

  test('CHANGES for the standard, or for any of its editions, lists the search', () => {
    expect(kinds('ISO 13485')).toEqual(['search recorded', 'added']);
    expect(kinds('ISO 13485:2016')).toEqual(['search recorded', 'added']);
    expect(kinds('JP')).toEqual(['search recorded']);
  });

  test('an EQUIVALENT cell whose #N/A now names the search is explained by it', () => {
    expect(changeReason(engine.catalog, 'EQUIVALENT', ['ISO 13485', 'JP'], '1.1.0')).toMatch(
      /1\.2\.0: ISO 13485 in JP: no adoption found \(national catalogue searched, or stated by the body; read 2026-12-05\)/,
    );
  });
});
