import { jsonFromXmlPart } from '../../../src/core/sharing/frozenCells';
import { validFrozenCells } from '../../../src/core/sharing/validFrozenCells';

const good = {
  sheet: 'Sheet1',
  address: 'B2',
  formula: '=HARMONIZE.EQUIVALENT(A2,"CN")',
  rows: 1,
  columns: 1,
  datasetVersion: '1.2.0',
  datasetChecksum: 'sha256:abc',
  frozenAt: '2026-12-04T10:00:00Z',
};

describe('frozen-cell records read back from the workbook', () => {
  test('a well-formed record passes', () => {
    expect(validFrozenCells([good])).toEqual({ cells: [good], rejected: 0 });
  });

  test.each([
    ['an address outside the grid', { address: 'XFE1' }],
    ['a row past the last', { address: 'A1048577' }],
    ['a spill that runs off the sheet', { address: 'A1048576', rows: 2 }],
    ['a non-HARMONIZE formula', { formula: "=cmd|' /C calc'!A0" }],
    ['text that is not a formula', { formula: 'HARMONIZE' }],
    ['a sheet name Excel cannot have', { sheet: 'a/b' }],
    ['a fractional size', { columns: 1.5 }],
    ['a format offset outside the spill', { textFormatted: [{ row: 3, column: 0, format: '@' }] }],
  ])('%s is left out', (_, change) => {
    expect(validFrozenCells([good, { ...good, ...change }])).toEqual({ cells: [good], rejected: 1 });
  });

  test('a part that is not a list yields nothing to write', () => {
    expect(validFrozenCells({ sheet: 'x' })).toEqual({ cells: [], rejected: 1 });
    expect(validFrozenCells(null)).toEqual({ cells: [], rejected: 0 });
  });

  test('a hostile part of 200 KB of unclosed tags parses to the fallback', () => {
    expect(jsonFromXmlPart('<harmonize '.repeat(20_000), 'fallback')).toBe('fallback');
    expect(jsonFromXmlPart('<?xml version="1.0"?><harmonize xmlns="urn:x">[1,2]</harmonize>', null)).toEqual([1, 2]);
  });
});
