import { currentEngine, setWorkbookMappings } from '../../src/core/activeEngine';
import { isHarmonizeError } from '../../src/core';
import { readWorkbookStamp, writeWorkbookStamp } from '../../src/taskpane/excel/documentSharing';
import { syncWorkbookMappings } from '../../src/taskpane/workbookSync';
import { FakeWorkbook } from '../support/fakeWorkbook';

const provenance = () => {
  const answer = currentEngine().equivalent('ISO 9001', 'CN', 'provenance');
  return isHarmonizeError(answer) ? answer.message : answer[0][0];
};

describe('the workbook side of sharing', () => {
  afterEach(() => setWorkbookMappings([]));

  test('the HarmonizeMappings table is laid over the bundled data, and rejected rows are reported, not applied', async () => {
    const book = new FakeWorkbook(['Sheet1']);
    book.tables.set('HarmonizeMappings', {
      header: ['standard', 'jurisdiction', 'designation', 'correspondence', 'edition', 'source', 'note'],
      rows: [
        ['ISO 9001:2015', 'CN', 'GB/T 19001-2016 (our copy)', 'IDT', '', 'https://example.org/ours', 'checked by QA'],
        ['ISO 9999', 'CN', 'nothing', '', '', '', ''],
      ],
    });
    book.install();
    expect(provenance()).toBe('cited');
    const report = await syncWorkbookMappings();
    expect(report?.accepted).toHaveLength(1);
    expect(report?.rejected.map((r) => r.row)).toEqual([2]);
    expect(provenance()).toBe('workbook');
    expect(currentEngine().equivalentCell('ISO 9001', 'CN')).toBe('GB/T 19001-2016 (our copy)');

    book.tables.delete('HarmonizeMappings');
    expect(await syncWorkbookMappings()).toBeNull();
    expect(provenance()).toBe('cited');
  });

  test('the dataset stamp survives in the workbook’s custom XML part', async () => {
    const book = new FakeWorkbook(['Sheet1']);
    book.install();
    expect(await readWorkbookStamp()).toBeNull();
    await writeWorkbookStamp({ version: '1.0.0', checksum: 'sha256:abc', computedAt: '2026-11-26T10:00:00.000Z' });
    await writeWorkbookStamp({ version: '1.0.1', checksum: 'sha256:def', computedAt: '2026-11-27T10:00:00.000Z' });
    expect(book.parts.size).toBe(1);
    expect(await readWorkbookStamp()).toEqual({ version: '1.0.1', checksum: 'sha256:def', computedAt: '2026-11-27T10:00:00.000Z' });
  });
});
