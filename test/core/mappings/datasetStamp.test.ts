import { Harmonize } from '../../../src/core/harmonize';
import {
  auditFormulas,
  changeReason,
  changesSinceStamp,
  compareStamp,
  readMappingRows,
  readStamp,
  stampFromXml,
  stampOf,
  stampToXml,
  type FormulaCell,
} from '../../../src/core/mappings';
import type { CompiledDataset } from '../../../src/core/dataset/types';
import { fixtureWithChangelog } from '../../support/fixtureChangelog';
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
    {
      address: 'A8',
      formula: '=HARMONIZE.ADOPTIONS("ISO 9001:2008","designation")',
      cachedValue: [
        ['jurisdiction', 'designation'],
        ['CN', 'GB/T 19001-2008'],
      ],
    },
  ];

  test('with the same engine only the stale cell changes; others are unchanged or skipped with the reason', () => {
    const audit = auditFormulas(base, cells);
    expect(audit.changed).toEqual([{ address: 'A4', old: 'MOD', new: 'IDT', reason: stringMatching(/^No change in the changelog names ISO 9001, JP;/) }]);
    expect(audit.unchanged).toBe(4);
    expect(audit.skipped).toEqual([
      { address: 'A6', reason: stringMatching(/inside another formula/) },
      { address: 'A7', reason: 'B7 is a cell reference and no workbook was given to read it' },
    ]);
  });

  test('with workbook mappings laid over, the cells they answer are listed with old and new values', () => {
    const rows = readMappingRows(
      ['standard', 'jurisdiction', 'designation'],
      [
        ['ISO 9001:2015', 'CN', 'CN workbook'],
        ['ISO 9001:2008', 'CN', 'CN 2008 workbook'],
      ],
      { today: '2026-12-01', catalog: base.catalog },
    ).accepted;
    const audit = auditFormulas(base.withOverlay(rows), cells, (ref) => (ref.start.column === 2 ? 'ISO 9001' : { unresolved: 'no' }));
    const mappings = "the workbook's own mappings (HarmonizeMappings) answer it";
    expect(audit.changed).toEqual([
      { address: 'A1', old: 'GB/T 19001-2016', new: 'CN workbook', reason: mappings },
      { address: 'A2', old: 'cited', new: 'workbook', reason: mappings },
      { address: 'A4', old: 'MOD', new: 'IDT', reason: stringMatching(/^No change in the changelog/) },
      { address: 'A7', old: 'GB/T 19001-2016', new: 'CN workbook', reason: mappings },
      {
        address: 'A8',
        old: [
          ['jurisdiction', 'designation'],
          ['CN', 'GB/T 19001-2008'],
        ],
        new: [
          ['jurisdiction', 'designation'],
          ['CN', 'CN 2008 workbook'],
        ],
        reason: mappings,
      },
    ]);
  });
});

describe('the reason a changed answer gives, from the changelog', () => {
  const released = Harmonize.fromDataset(fixtureWithChangelog());
  const reason = (formula: string, since: string | null) =>
    auditFormulas(released, [{ address: 'A1', formula, cachedValue: 'old value' }], undefined, since).changed[0]?.reason;

  test('a workbook stamped with an older release lists the changes after it; the installed version counts its own', () => {
    expect(changesSinceStamp(released.catalog.dataset, '1.1.0')).toBe('1.1.0');
    expect(changesSinceStamp(released.catalog.dataset, '1.2.0')).toBe('1.1.0');
    expect(changesSinceStamp(released.catalog.dataset, null)).toBeNull();
  });

  test('the entries about the standards and places the formula names, records before rules', () => {
    expect(reason('=HARMONIZE.EQUIVALENT("ISO 9001","Deutschland")', '1.1.0')).toBe(
      '1.2.0: ISO 9001:2015 in DE: designation changed from DIN EN ISO 9001:2015 to DIN EN ISO 9001',
    );
    // The record the new answer shows (EN ISO 13485:2016) comes before the others.
    expect(reason('=HARMONIZE.MATRIX({"ISO 9001";"ISO 13485"},{"CN","EU"})', null)).toBe(
      '1.1.0: added EN ISO 13485:2016 (ISO 13485:2016 in EU); 1.2.0: GB/T 19001-2008 (ISO 9001:2008 in CN) is now superseded (was unknown)',
    );
    // CEN answers with the EU's records; the USMCA with its members'.
    expect(reason('=HARMONIZE.EQUIVALENT("ISO 13485","CEN")', null)).toMatch(/added EN ISO 13485:2016/);
    expect(reason('=HARMONIZE.GAPS("USMCA","DE")', null)).toBe(
      '1.2.0: ISO 9001:2015 in DE: designation changed from DIN EN ISO 9001:2015 to DIN EN ISO 9001; 1.1.0: removed UL 60601-1 (IEC 60601-1:2005 in US)',
    );
    // Only a rule is recorded for DE and ISO 45001: the rule is the reason.
    expect(reason('=HARMONIZE.EQUIVALENT("ISO 45001","DE")', null)).toBe(
      '1.2.0: rule en-adoption:DE:cen (DE): template changed from DIN {en} to DIN {en_undated}',
    );
  });

  test('what the changelog does not track is said, not guessed', () => {
    expect(reason('=HARMONIZE.EQUIVALENT("ISO 9001","DE")', '1.2.0')).toMatch(/^No change in the changelog since 1.2.0 names ISO 9001, DE/);
    expect(reason('=HARMONIZE.JURISDICTION("DE","body")', null)).toMatch(/^HARMONIZE.JURISDICTION answers from data the changelog does not track/);
    expect(reason('=HARMONIZE.DATASET("version")', '1.1.0')).toBe('the dataset is now 1.2.0, with 3 recorded change(s) since 1.1.0');
    expect(changeReason(released.catalog, 'EQUIVALENT', ['ISO 13485', 'US'], null)).toMatch(/^No change in the changelog names ISO 13485, US/);
  });

  test('a changelog shipped beside the dataset and not loaded gives no reason, and says so', () => {
    const { changes, ...bundled } = fixtureWithChangelog();
    const unloaded = Harmonize.fromDataset({ ...bundled, changeCount: changes!.length });
    expect(changeReason(unloaded.catalog, 'EQUIVALENT', ['ISO 9001', 'DE'], '1.1.0')).toBe('The changelog is not loaded, so no reason can be given');
  });
});
