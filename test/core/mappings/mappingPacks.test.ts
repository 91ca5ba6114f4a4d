import { Harmonize } from '../../../src/core/harmonize';
import {
  exportMappings,
  importMappingPack,
  importMappingPackInSlices,
  MAX_PACK_BYTES,
  MAX_PACK_ROWS,
  mappingTableRows,
  neutraliseCsvCell,
  packSizeProblem,
  parseMappingPack,
  readMappingRows,
  ROWS_PER_SLICE,
} from '../../../src/core/mappings';
import { fixtureDataset } from '../../support/fixtureDataset';
import { stringMatching } from '../../support/matchers';

const catalog = Harmonize.fromDataset(fixtureDataset()).catalog;
const options = { today: '2026-12-01', catalog };
const INJECTION = "=cmd|' /C calc'!A0";

describe('mapping packs', () => {
  test('a CSV pack is validated row by row like a table', () => {
    const csv = 'Standard,Jurisdiction,Designation,Correspondence\nISO 9001:2015,US,ANSI/ISO/ASQ Q9001-2015,IDT\nISO 9001:2015,US,dup,\n';
    const { accepted, rejected } = importMappingPack(csv, 'csv', options);
    expect(accepted.map((a) => a.designation)).toEqual(['ANSI/ISO/ASQ Q9001-2015']);
    expect(rejected).toEqual([{ row: 2, reason: 'duplicate: row 1 already maps ISO 9001:2015 in US' }]);
  });

  test('a JSON pack is an array of objects or {"mappings": [...]}; an unknown key is a wrong column', () => {
    const entry = { standard: 'ISO 9001', edition: 'ISO 9001:2015', jurisdiction: 'US', designation: 'X' };
    expect(importMappingPack(JSON.stringify([entry]), 'json', options).accepted).toHaveLength(1);
    expect(importMappingPack(JSON.stringify({ mappings: [entry] }), 'json', options).accepted[0].standard).toBe('ISO 9001:2015');
    expect(importMappingPack(JSON.stringify([{ ...entry, year: 2015 }]), 'json', options)).toEqual({
      accepted: [],
      rejected: [{ row: 0, reason: stringMatching(/unknown column 'year'/) }],
    });
  });

  test('unreadable packs are reported, not thrown', () => {
    expect(parseMappingPack('{"mappings": 3}', 'json')).toMatch(/an array of mappings/);
    expect(parseMappingPack('[1]', 'json')).toBe('Mapping 1 is not an object with named fields');
    expect(importMappingPack('{nope', 'json', options).rejected[0]).toEqual({ row: 0, reason: stringMatching(/^Not valid JSON/) });
    expect(importMappingPack('', 'csv', options).rejected[0].reason).toBe('The CSV file is empty');
  });

  test.each([
    ['=1+1', "'=1+1"],
    ['+44 20', "'+44 20"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tX', "'\tX"],
    ['GB/T 19001-2016', 'GB/T 19001-2016'],
  ])('CSV export neutralises %j as %j (OWASP: leading apostrophe)', (text, expected) => expect(neutraliseCsvCell(text)).toBe(expected));

  test('an injection string is exported harmlessly to CSV, exactly to JSON, and both re-import as the same text', () => {
    const rows = readMappingRows(['standard', 'jurisdiction', 'designation', 'note'], [['ISO 9001:2015', 'JP', INJECTION, '@note']], options).accepted;
    const csv = exportMappings(rows, 'csv');
    expect(csv).toBe(`standard,jurisdiction,designation,correspondence,edition,source,note\nISO 9001,JP,'${INJECTION},,ISO 9001:2015,,'@note\n`);
    expect(csv.split('\n').slice(1).join('\n')).not.toMatch(/(^|,)[=+\-@]/m);
    const json = exportMappings(rows, 'json');
    expect((JSON.parse(json) as { mappings: unknown[] }).mappings[0]).toEqual({
      standard: 'ISO 9001',
      jurisdiction: 'JP',
      designation: INJECTION,
      edition: 'ISO 9001:2015',
      note: '@note',
    });
    for (const [text, format] of [
      [csv, 'csv'],
      [json, 'json'],
    ] as const) {
      const again = importMappingPack(text, format, options);
      expect(again.rejected).toEqual([]);
      expect(again.accepted).toEqual(rows);
    }
  });

  test('table rows for Range.values carry a quote prefix on formula-like text, so Excel stores text', () => {
    const rows = readMappingRows(['standard', 'jurisdiction', 'designation'], [['ISO 9001:2015', 'JP', '=1+1']], options).accepted;
    expect(mappingTableRows(rows)).toEqual([
      ['standard', 'jurisdiction', 'designation', 'correspondence', 'edition', 'source', 'note'],
      ['ISO 9001', 'JP', "'=1+1", '', 'ISO 9001:2015', '', ''],
    ]);
  });
});

describe('pack size limits', () => {
  test('a file over the byte limit is refused before it is read, saying the limit', () => {
    expect(packSizeProblem(MAX_PACK_BYTES)).toBeNull();
    expect(packSizeProblem(50 * 1024 * 1024)).toBe('The file is 50.0 MB; mapping packs are limited to 2 MB. Split it and import the parts.');
  });

  test('text over the limit, or more rows than allowed, is rejected as a whole with the reason', () => {
    const huge = importMappingPack('x'.repeat(MAX_PACK_BYTES + 1), 'csv', options);
    expect(huge.rejected).toEqual([{ row: 0, reason: stringMatching(/limited to 2 MB/) }]);
    const rows = `standard,jurisdiction,designation\n${'ISO 9001:2015,CN,X\n'.repeat(MAX_PACK_ROWS + 1)}`;
    const many = importMappingPack(rows, 'csv', options);
    expect(many.rejected).toEqual([
      { row: 0, reason: `The file has ${MAX_PACK_ROWS + 1} rows; mapping packs are limited to ${MAX_PACK_ROWS}. Split it and import the parts.` },
    ]);
  });

  test('a large pack is validated in slices, pausing between them, with the same answer as in one pass', async () => {
    const places = ['US', 'DE', 'GB'];
    const body = Array.from({ length: ROWS_PER_SLICE * 2 + 10 }, (_, i) => `ISO 9001:2015,${places[i % 3]},X ${i}`).join('\n');
    const csv = `standard,jurisdiction,designation\n${body}\n`;
    let pauses = 0;
    const sliced = await importMappingPackInSlices(csv, 'csv', options, () => {
      pauses += 1;
      return Promise.resolve();
    });
    // 1,011 CSV rows read in slices of 500 (2 pauses), then 1,010 rows validated in slices of 500 (2 more).
    expect(pauses).toBe(4);
    expect(sliced).toEqual(importMappingPack(csv, 'csv', options));
    // The duplicate check spans slices: the last row repeats a place first mapped in the first slice.
    expect(sliced.accepted).toHaveLength(3);
    expect(sliced.rejected.at(-1)).toEqual({ row: ROWS_PER_SLICE * 2 + 10, reason: stringMatching(/^duplicate: row [123] already maps/) });
  });

  test('an oversized or unreadable pack is refused before any slice is read', async () => {
    let pauses = 0;
    const result = await importMappingPackInSlices('{nope', 'json', options, () => {
      pauses += 1;
      return Promise.resolve();
    });
    expect(result.rejected[0]).toEqual({ row: 0, reason: stringMatching(/^Not valid JSON/) });
    expect(pauses).toBe(0);
  });

  test('read in slices, a CSV over the row limit or with nothing in it is refused with the same reasons', async () => {
    const pause = () => Promise.resolve();
    const many = `standard,jurisdiction,designation\n${'ISO 9001:2015,CN,X\n'.repeat(MAX_PACK_ROWS + 1)}`;
    expect(await importMappingPackInSlices(many, 'csv', options, pause)).toEqual(importMappingPack(many, 'csv', options));
    expect((await importMappingPackInSlices('\n\n', 'csv', options, pause)).rejected).toEqual([{ row: 0, reason: 'The CSV file is empty' }]);
  });
});
