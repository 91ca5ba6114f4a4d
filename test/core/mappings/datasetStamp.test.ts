import { Harmonize } from '../../../src/core/harmonize';
import { auditFormulas, compareStamp, readMappingRows, readStamp, stampFromXml, stampOf, stampToXml, type FormulaCell } from '../../../src/core/mappings';
import type { CompiledDataset } from '../../../src/core/dataset/types';
import { fixtureDataset } from '../../support/fixtureDataset';
import { stringMatching } from '../../support/matchers';

const base = Harmonize.fromDataset(fixtureDataset());

describe('dataset stamp', () => {
  const stamp = stampOf(base, new Date('2026-12-01T10:00:00Z'));

  test('names the version and checksum of the engine it was computed with', () => {
    expect(stamp).toEqual({ version: 'test', checksum: 'sha256:test', computedAt: '2026-12-01T10:00:00.000Z' });
  });

  test('the comparison says whether the installed dataset differs', () => {
    const installed = stampOf(base, '2026-12-05T00:00:00Z');
    expect(compareStamp(stamp, installed)).toMatchObject({ differs: false, message: stringMatching(/with the installed dataset test\.$/) });
    const rebuilt: CompiledDataset = { ...fixtureDataset(), version: 'test', checksum: 'sha256:other' };
    const other = compareStamp(stamp, stampOf(Harmonize.fromDataset(rebuilt), '2026-12-05T00:00:00Z'));
    expect(other.differs).toBe(true);
    expect(other.message).toMatch(/dataset test \(sha256:test\); the installed dataset is test \(sha256:other\)/);
    expect(compareStamp(null, installed)).toMatchObject({ differs: false, recorded: null, message: stringMatching(/no dataset stamp/) });
  });

  test('round-trips through a custom XML part and through document settings (JSON)', () => {
    const odd = { ...stamp, version: '1.0 <beta> & "rc"' };
    expect(stampToXml(odd)).toContain('xmlns="urn:harmonize:dataset-stamp:1"');
    expect(stampFromXml(stampToXml(odd))).toEqual(odd);
    expect(readStamp(JSON.stringify(stamp))).toEqual(stamp);
    expect(readStamp(stamp)).toEqual(stamp);
    expect(readStamp('{"version":"x"}')).toBeNull();
    expect(stampFromXml('<other xmlns="urn:else"/>')).toBeNull();
  });
});

describe('audit', () => {
  const cells: FormulaCell[] = [
    { address: 'A1', formula: '=HARMONIZE.EQUIVALENT("ISO 9001","CN")', cachedValue: 'GB/T 19001-2016' },
    { address: 'A2', formula: '_xldudf_HARMONIZE_EQUIVALENT("ISO 9001","CN","provenance")', cachedValue: 'cited' },
    { address: 'A3', formula: '=HARMONIZE.EQUIVALENT("ISO 9001","US")', cachedValue: '#N/A' },
    { address: 'A4', formula: '=HARMONIZE.CORRESPONDENCE("ISO 9001","JP")', cachedValue: 'MOD' },
    { address: 'A5', formula: '=SUM(1,2)', cachedValue: 3 },
    { address: 'A6', formula: '=IFERROR(HARMONIZE.EQUIVALENT("ISO 9001","CN"),"")', cachedValue: '' },
    { address: 'A7', formula: '=HARMONIZE.EQUIVALENT(B7,"CN")', cachedValue: 'GB/T 19001-2016' },
    { address: 'A8', formula: '=HARMONIZE.ADOPTIONS("ISO 9001:2008","designation")', cachedValue: [['jurisdiction', 'designation'], ['CN', 'GB/T 19001-2008']] },
  ];

  test('with the same engine only the stale cell changes; others are unchanged or skipped with the reason', () => {
    const audit = auditFormulas(base, cells);
    expect(audit.changed).toEqual([{ address: 'A4', old: 'MOD', new: 'IDT' }]);
    expect(audit.unchanged).toBe(4);
    expect(audit.skipped).toEqual([
      { address: 'A6', reason: stringMatching(/inside another formula/) },
      { address: 'A7', reason: 'B7 is a cell reference and no workbook was given to read it' },
    ]);
  });

  test('with workbook mappings laid over, the cells they answer are listed with old and new values', () => {
    const rows = readMappingRows(
      ['standard', 'jurisdiction', 'designation'],
      [['ISO 9001:2015', 'CN', 'CN workbook'], ['ISO 9001:2008', 'CN', 'CN 2008 workbook']],
      { today: '2026-12-01', catalog: base.catalog },
    ).accepted;
    const audit = auditFormulas(base.withOverlay(rows), cells, (ref) => (ref.start.column === 2 ? 'ISO 9001' : { unresolved: 'no' }));
    expect(audit.changed).toEqual([
      { address: 'A1', old: 'GB/T 19001-2016', new: 'CN workbook' },
      { address: 'A2', old: 'cited', new: 'workbook' },
      { address: 'A4', old: 'MOD', new: 'IDT' },
      { address: 'A7', old: 'GB/T 19001-2016', new: 'CN workbook' },
      { address: 'A8', old: [['jurisdiction', 'designation'], ['CN', 'GB/T 19001-2008']], new: [['jurisdiction', 'designation'], ['CN', 'CN 2008 workbook']] },
    ]);
  });
});
