import { type CellValue, EngineHost, Harmonize, isHarmonizeError, readMappingRows } from '../../../src/core';
import { bundledDataset } from '../../support/bundledData';
import { fixtureDataset } from '../../support/fixtureDataset';

const base = Harmonize.fromDataset(fixtureDataset());
const HEADER = ['standard', 'jurisdiction', 'designation', 'correspondence', 'edition'];
const mappings = (rows: unknown[][], catalog = base.catalog) => {
  const read = readMappingRows(HEADER, rows, { today: '2026-12-01', catalog });
  expect(read.rejected).toEqual([]);
  return read.accepted;
};
const cell = (engine: Harmonize, standard: string, place: string, field = 'designation'): CellValue => {
  const answer = engine.equivalent(standard, place, field);
  const value = isHarmonizeError(answer) ? answer : answer[0][0];
  return isHarmonizeError(value) ? value.code : value;
};

describe('workbook overlay', () => {
  test('a workbook row wins over the cited record for the same edition and place, and says so', () => {
    const engine = base.withOverlay(mappings([['ISO 9001', 'CN', 'GB/T 19001-2016/XG1-2020', 'MOD', 'ISO 9001:2015']]));
    expect(cell(base, 'ISO 9001:2015', 'CN')).toBe('GB/T 19001-2016');
    expect(cell(engine, 'ISO 9001:2015', 'CN')).toBe('GB/T 19001-2016/XG1-2020');
    expect(cell(engine, 'ISO 9001:2015', 'CN', 'provenance')).toBe('workbook');
    expect(cell(engine, 'ISO 9001:2015', 'CN', 'correspondence')).toBe('MOD');
    expect(cell(engine, 'ISO 9001:2015', 'CN', 'read')).toBe('2026-12-01');
    // Other editions and places keep their bundled answers.
    expect(cell(engine, 'ISO 9001:2008', 'CN')).toBe('GB/T 19001-2008');
    expect(cell(engine, 'ISO 9001', 'JP', 'provenance')).toBe('cited');
  });

  test('a workbook row also wins over a derived record', () => {
    const engine = base.withOverlay(mappings([['ISO 9001:2015', 'GB', 'BS EN ISO 9001:2015+A1:2024']]));
    expect(cell(base, 'ISO 9001', 'GB', 'provenance')).toBe('derived');
    expect(cell(engine, 'ISO 9001', 'GB')).toBe('BS EN ISO 9001:2015+A1:2024');
    expect(cell(engine, 'ISO 9001', 'GB', 'provenance')).toBe('workbook');
  });

  test('an edition-less query picks the workbook row when it is the newest edition, not when it is older', () => {
    const newest = base.withOverlay(mappings([['ISO 9001:2015', 'CN', 'workbook 2015']]));
    expect(cell(newest, 'ISO 9001', 'CN')).toBe('workbook 2015');
    expect(cell(newest, 'ISO 9001', 'CN', 'provenance')).toBe('workbook');
    const older = base.withOverlay(mappings([['ISO 9001:2008', 'CN', 'workbook 2008']]));
    expect(cell(older, 'ISO 9001', 'CN')).toBe('GB/T 19001-2016');
    expect(cell(older, 'ISO 9001:2008', 'CN')).toBe('workbook 2008');
    // Where nothing was recorded, the workbook row is the only and so the newest adoption.
    const fresh = base.withOverlay(mappings([['ISO 9001:2008', 'US', 'ANSI/ISO/ASQ Q9001-2008']]));
    expect(cell(base, 'ISO 9001', 'US')).toBe('#N/A');
    expect(cell(fresh, 'ISO 9001', 'US')).toBe('ANSI/ISO/ASQ Q9001-2008');
  });

  test('workbook rows are counted by DATASET and listed by ADOPTIONS', () => {
    const engine = base.withOverlay(mappings([['ISO 9001:2015', 'US', 'ANSI/ISO/ASQ Q9001-2015']]));
    expect(engine.dataset('workbook')).toEqual([[1]]);
    const table = engine.adoptions('ISO 9001', 'designation,provenance');
    expect(isHarmonizeError(table) ? table : table.find((row) => row[0] === 'US')).toEqual(['US', 'ANSI/ISO/ASQ Q9001-2015', 'workbook']);
  });

  describe('an engine host (what the custom functions call through the runtime)', () => {
    test('editing the mappings changes the answers and notifies listeners; clearing them restores the bundled data', () => {
      const runtime = new EngineHost(bundledDataset);
      const bundled = runtime.bundledEngine();
      const cited = cell(bundled, 'ISO 9001:2015', 'CN');
      let notified = 0;
      const stop = runtime.onEngineChange(() => notified++);
      runtime.setWorkbookMappings(mappings([['ISO 9001:2015', 'CN', 'first version']], bundled.catalog));
      expect(cell(runtime.currentEngine(), 'ISO 9001:2015', 'CN')).toBe('first version');
      runtime.setWorkbookMappings(mappings([['ISO 9001:2015', 'CN', 'edited']], bundled.catalog));
      expect(cell(runtime.currentEngine(), 'ISO 9001:2015', 'CN')).toBe('edited');
      expect(cell(runtime.currentEngine(), 'ISO 9001:2015', 'CN', 'provenance')).toBe('workbook');
      runtime.setWorkbookMappings([]);
      expect(runtime.currentEngine()).toBe(bundled);
      expect(cell(runtime.currentEngine(), 'ISO 9001:2015', 'CN')).toBe(cited);
      stop();
      expect(notified).toBe(3);
    });
  });
});
