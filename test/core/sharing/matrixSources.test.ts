import { Harmonize } from '../../../src/core/harmonize';
import { errorReason, MATRIX_SOURCE_COLUMNS, matrixSourceRows } from '../../../src/core/sharing/matrixSources';
import { fixtureDataset } from '../../support/fixtureDataset';

const engine = Harmonize.fromDataset(fixtureDataset());

describe('matrix sources', () => {
  test('one row per cell, standards by jurisdictions, with what answered and where it was read', () => {
    const rows = matrixSourceRows(engine, ['ISO 9001', 'ISO 13485'], ['CN', 'EU']);
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['ISO 9001', 'CN'],
      ['ISO 9001', 'EU'],
      ['ISO 13485', 'CN'],
      ['ISO 13485', 'EU'],
    ]);
    expect(rows.every((r) => r.length === MATRIX_SOURCE_COLUMNS.length)).toBe(true);
    const [cn] = rows;
    expect(cn.slice(2, 7)).toEqual(['GB/T 19001-2016', 'IDT', 'ISO 9001:2015', 'stated', 'cited']);
    expect(cn[7]).toBe(engine.equivalentCell('ISO 9001', 'CN', 'source'));
    expect(cn[9]).toBe('');
  });

  test('a cell without an answer has empty facts and its reason', () => {
    const [row] = matrixSourceRows(engine, ['ISO 13485'], ['CN']);
    expect(row.slice(2, 9)).toEqual(['', '', '', '', '', '', '']);
    expect(row[9]).toMatch(/^#N\/A \S/);
    expect(row[9]).toBe(errorReason(engine, 'ISO 13485', 'CN', 'designation'));
    expect(errorReason(engine, 'ISO 9001', 'CN', 'designation')).toBeNull();
  });

  test('an unknown jurisdiction is a row with its reason, not a failure', () => {
    const [row] = matrixSourceRows(engine, ['ISO 9001'], ['Narnia']);
    expect(row[9]).toMatch(/Narnia/);
  });
});
