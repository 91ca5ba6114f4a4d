/**
 * core/csv.ts is hand-written because core may not import a package. It stays only while it agrees with a
 * well-kept parser (csv-parse) on generated hostile input: quotes, doubled quotes, commas and line breaks inside
 * fields, CRLF, LF and CR line ends, a BOM, ragged rows and non-ASCII text.
 */
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { parseCsv, toCsv } from '../../src/core/csv';

const LIBRARY_OPTIONS = { bom: true, relax_column_count: true, skip_empty_lines: true, record_delimiter: ['\r\n', '\n', '\r'] };

/** Field text drawn from the characters that break CSV parsers, plus ordinary ones. */
const field = fc
  .array(fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', '\r\n', 'é', '中', '=', '\t', ';'), { maxLength: 8 })
  .map((parts) => parts.join(''));
const needsQuotes = (text: string) => /[",\r\n]/.test(text);
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** A row as a writer might emit it: fields that need quotes are quoted; others are quoted at random. */
const row = fc
  .array(fc.tuple(field, fc.boolean()), { minLength: 1, maxLength: 6 })
  // A row that is one empty field is a blank line; both parsers skip those (a documented rule, tested below).
  .filter((cells) => !(cells.length === 1 && cells[0][0] === ''))
  .map((cells) => cells.map(([text, quote]) => (quote || needsQuotes(text) ? quoted(text) : text)).join(','));

const document = fc.record({
  bom: fc.boolean(),
  rows: fc.array(row, { minLength: 1, maxLength: 8 }),
  lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
  trailing: fc.boolean(),
});

describe('CSV against csv-parse', () => {
  test('agrees on 10,000 generated hostile documents', () => {
    fc.assert(
      fc.property(document, ({ bom, rows, lineEnd, trailing }) => {
        const text = `${bom ? '\ufeff' : ''}${rows.join(lineEnd)}${trailing ? lineEnd : ''}`;
        expect(parseCsv(text)).toEqual(parse(text, LIBRARY_OPTIONS));
      }),
      { numRuns: 10_000, seed: 20261204 },
    );
  });

  test('what toCsv writes, both parsers read back as the same cells', () => {
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (cells) => {
        const text = toCsv(cells);
        expect(parseCsv(text)).toEqual(cells);
        expect(parse(text, LIBRARY_OPTIONS)).toEqual(cells);
      }),
      { numRuns: 2_000, seed: 20261205 },
    );
  });

  test('blank lines are skipped, and a line holding only "" counts as blank (a row of one empty cell carries nothing)', () => {
    expect(parseCsv('a,b\n\n\r\nc,d\n""\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});
