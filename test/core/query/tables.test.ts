import { Harmonize } from '../../../src/core/harmonize';
import { type CellValue, isHarmonizeError } from '../../../src/core';
import { fixtureCatalogue } from '../../support/fixtureCatalogue';
import { fixtureDataset } from '../../support/fixtureDataset';

const engine = Harmonize.fromDataset(fixtureDataset(), fixtureCatalogue());
const grid = (answer: ReturnType<Harmonize['matrix']>) =>
  isHarmonizeError(answer) ? `${answer.code} ${answer.message}` : answer.map((r) => r.map((c: CellValue) => (isHarmonizeError(c) ? c.code : c)));

describe('spilled tables', () => {
  test('ADOPTIONS lists each jurisdiction newest edition first, with a header row', () => {
    expect(grid(engine.adoptions('ISO 9001', 'designation,edition'))).toEqual([
      ['jurisdiction', 'designation', 'edition'],
      ['CN', 'GB/T 19001-2016', 'ISO 9001:2015'],
      ['DE', 'DIN EN ISO 9001:2015-11', 'ISO 9001:2015'],
      ['EU', 'EN ISO 9001:2015', 'ISO 9001:2015'],
      ['GB', 'BS EN ISO 9001:2015', 'ISO 9001:2015'],
      ['JP', 'JIS Q 9001:2015', 'ISO 9001:2015'],
    ]);
    expect(grid(engine.adoptions('ISO 9001:2008'))).toEqual([
      ['jurisdiction', 'designation', 'correspondence', 'edition'],
      ['CN', 'GB/T 19001-2008', 'IDT', 'ISO 9001:2008'],
    ]);
  });

  test('ADOPTIONS gives each place the document in force before one still to take effect, like EQUIVALENT', () => {
    const dataset = fixtureDataset();
    Object.assign(
      dataset.adoptions.find((a) => a.designation === 'GB/T 19001-2016')!,
      { status: 'upcoming', inForce: '2029-01-01' },
    );
    const rows = grid(Harmonize.fromDataset(dataset, fixtureCatalogue()).adoptions('ISO 9001', 'designation,status')) as CellValue[][];
    expect(rows.find((r) => r[0] === 'CN')).toEqual(['CN', 'GB/T 19001-2008', 'unknown']);
    const dated = grid(Harmonize.fromDataset(dataset, fixtureCatalogue()).adoptions('ISO 9001:2015', 'designation,status')) as CellValue[][];
    expect(dated.find((r) => r[0] === 'CN')).toEqual(['CN', 'GB/T 19001-2016', 'upcoming']);
  });

  test('MATRIX has a header row and a header column, with canonical ids', () => {
    expect(grid(engine.matrix([['iso 9001', 'ISO 13485']], [['China', 'EU']], 'correspondence'))).toEqual([
      ['correspondence', 'CN', 'EU'],
      ['ISO 9001', 'IDT', 'IDT'],
      ['ISO 13485', '#N/A', 'IDT'],
    ]);
  });

  test('MATRIX holds its size limit exactly, counting only the cells that are not blank', () => {
    // With one place, 99,999 standards make 100,000 x 2 = 200,000 cells, the limit; one more is over it.
    const column = (n: number) => Array.from({ length: n }, () => ['ISO 9001']);
    const fits = engine.matrix(column(99_999), [['CN']]);
    expect(isHarmonizeError(fits) ? fits.message : fits.length).toBe(100_000);
    expect(grid(engine.matrix(column(100_000), [['CN']]))).toBe('#VALUE! The matrix would exceed 200000 cells. Split the ranges.');
    // Blanks do not count, however large the range: a million-cell selection holding two standards is a 3 x 3 matrix.
    const sparse = Array.from({ length: 1000 }, () => Array.from({ length: 1000 }, (): string => ''));
    sparse[10][20] = 'ISO 9001';
    sparse[999][999] = 'ISO 13485';
    expect(grid(engine.matrix(sparse, [['China', 'EU']], 'correspondence'))).toEqual([
      ['correspondence', 'CN', 'EU'],
      ['ISO 9001', 'IDT', 'IDT'],
      ['ISO 13485', '#N/A', 'IDT'],
    ]);
    expect(grid(engine.matrix([['', '']], [['CN']]))).toBe('#N/A Give at least one standard');
    expect(grid(engine.matrix([['ISO 9001']], [['']]))).toBe('#N/A Give at least one jurisdiction');
  });

  test('ORIGIN reverses a designation, dated or not', () => {
    expect(grid(engine.origin('GB/T 19001-2016'))).toEqual([['ISO 9001:2015', 'CN']]);
    expect(grid(engine.origin('GB/T19001-2016', 'jurisdiction'))).toEqual([['CN']]);
    expect(grid(engine.origin('BS EN ISO 9001:2015', 'edition'))).toEqual([['ISO 9001:2015']]);
    expect(grid(engine.origin('ISO 9001'))).toEqual([['#VALUE!']]);
    expect(grid(engine.origin('XYZ 1'))).toEqual([['#N/A']]);
  });

  test('STANDARD and JURISDICTION resolve spellings and read facts', () => {
    expect(grid(engine.standard([['iso9001'], ['ISO 9001:2008'], ['27001']], 'id'))).toEqual([['ISO 9001'], ['ISO 9001:2008'], ['ISO/IEC 27001']]);
    expect(grid(engine.standard('ISO 9001:2008', 'replacedBy'))).toEqual([['ISO 9001:2015']]);
    expect(grid(engine.standard('ISO 9001', 'editions'))).toEqual([['ISO 9001:2015, ISO 9001:2008']]);
    expect(grid(engine.jurisdiction('Deutschland', 'blocs'))).toEqual([['EU, CEN']]);
    expect(grid(engine.jurisdiction('EU', 'body'))).toEqual([['CEN and CENELEC']]);
  });

  test('JURISDICTION says where each fact was read, the IEC membership from its own source when it has one', () => {
    expect(grid(engine.jurisdiction('DE', 'iec'))).toEqual([['full']]);
    expect(grid(engine.jurisdiction('DE', 'bodySource'))).toEqual([['https://example.org/rule-de (read 2026-11-26)']]);
    expect(grid(engine.jurisdiction('DE', 'iecsource'))).toEqual([['https://example.org/jp (read 2026-11-25)']]);
    const message = (answer: ReturnType<Harmonize['jurisdiction']>) => {
      const cell = isHarmonizeError(answer) ? answer : answer[0][0];
      return isHarmonizeError(cell) ? `${cell.code} ${cell.message}` : cell;
    };
    expect(message(engine.jurisdiction('EU', 'iecSource'))).toBe('#N/A No IEC membership recorded for EU');
    expect(message(engine.jurisdiction('DE', 'wtoSource'))).toBe('#N/A No WTO membership recorded for DE');
  });

  test('SEARCH tolerates typos and ranks standards first', () => {
    const hits = engine.search('iso 900l', 3);
    expect(isHarmonizeError(hits)).toBe(false);
    const ids = (hits as CellValue[][]).slice(1).map((r) => r[0]);
    expect(ids.slice(0, 2).sort()).toEqual(['ISO 9000', 'ISO 9001']);
    expect((hits as CellValue[][])[1][2]).toBe('standard');
    expect(grid(engine.search('', 3))).toBe('#VALUE! Type something to search for');
    expect(grid(engine.search('iso', 0))).toBe('#VALUE! limit must be a whole number from 1 to 100');
  });

  test('DATASET reports version, counts and checksum', () => {
    const answer = engine.dataset() as CellValue[][];
    const facts = Object.fromEntries(answer.map(([k, v]) => [String(k), v] as const));
    expect(facts).toMatchObject({ version: 'test', checksum: 'sha256:test', cited: 11, editions: 9 });
    expect(facts.derived).toBeGreaterThan(0);
    expect(grid(engine.dataset('checksum'))).toEqual([['sha256:test']]);
  });
});
