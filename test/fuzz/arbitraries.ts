/** What fuzzing feeds the custom functions: every kind of value Excel (or a hostile workbook) can pass. */
import fc from 'fast-check';

/** Texts that have broken parsers elsewhere: direction marks, combining marks, emoji, formula and markup look-alikes. */
export const HOSTILE_TEXTS = [
  '',
  ' ',
  'ISO 9001',
  'iso9001:2015',
  'EN ISO 13485:2016',
  'ISO/IEC 27001:2022/Amd 1:2024',
  'GB/T 19001-2016',
  'Deutschland',
  '\u200FISO 9001\u200F',
  '\u202Eredro\u202C',
  'مصر',
  'עברית 9001',
  'I\u0301S\u0308O 9\u0336001',
  'e\u0301\u0302\u0303\u0304\u0305',
  '🇨🇳',
  '👨‍👩‍👧‍👦 ISO 9001',
  '\u0000\u0001\u001F',
  '\uD800',
  '\uFEFF9001',
  '９００１',
  '=HARMONIZE.EQUIVALENT("ISO 9001","CN")',
  "=cmd|' /C calc'!A0",
  '<img src=x onerror=alert(1)>',
  '%s%n%d',
  '__proto__',
  'constructor',
  'toString',
  'ISO '.repeat(200),
  '9'.repeat(600),
  'A'.repeat(513),
  '-'.repeat(100) + '1',
  'ISO 9001:2015 '.repeat(40),
];

const text = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXTS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.stringMatching(/^(ISO|IEC|EN|BS EN|DIN EN)?[ /-]?\d{1,6}([-.]\d{1,3})?(:\d{4})?$/),
);

const number = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -0, 9001, 13485.5, 1e308, -1e-308, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
);

/** Error values as Excel passes them into a range, and objects no host should pass at all. */
const errorLike = fc.oneof(
  fc.constantFrom('#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NUM!', '#NAME?', '#NULL!', '#BUSY!', '#SPILL!').map((code) => {
    const ExcelError = (globalThis as unknown as { CustomFunctions: { Error: new (c: string, m?: string) => Error } }).CustomFunctions.Error;
    return new ExcelError(code, 'from the sheet');
  }),
  fc.record({ code: fc.oneof(fc.constant('#N/A'), fc.string()), message: fc.oneof(fc.string(), fc.integer(), fc.constant(undefined)) }),
  fc.constantFrom({}, { code: 5 }, new Date(0), Object.create(null)),
);

export const cell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 2, arbitrary: number },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: errorLike },
);

/** Rectangular and ragged ranges, rows of width 0, and cells that are themselves arrays. */
export const range: fc.Arbitrary<unknown[][]> = fc.oneof(
  fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
  fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 }),
  fc.array(fc.array(fc.oneof(cell, fc.array(cell, { maxLength: 2 })), { maxLength: 2 }), { maxLength: 2 }),
);

/** One argument: a single cell, a range, a 1-D list, or nothing. */
export const argument: fc.Arbitrary<unknown> = fc.oneof(cell, range, fc.array(cell, { maxLength: 3 }));

/** Formula text for `harmonize eval`: well-formed calls with generated literals, near-misses and noise. */
export const formulaText: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('=HARMONIZE.', '=', '', '=_xldudf_HARMONIZE_', '=harmonize.'),
      fc.constantFrom('EQUIVALENT', 'CORRESPONDENCE', 'ADOPTIONS', 'MATRIX', 'STANDARD', 'JURISDICTION', 'ORIGIN', 'SEARCH', 'DATASET', 'NOPE'),
      fc.array(
        fc.oneof(
          text.map((t) => `"${t.replace(/"/g, '""')}"`),
          number.map(String),
          fc.constantFrom('TRUE', 'FALSE', '', '{"ISO 9001";"ISO 14001"}', '{"CN","EU",""}', '{1,2;3}', '{', '"unterminated', 'A1:B2'),
        ),
        { maxLength: 4 },
      ),
    )
    .map(([prefix, name, args]) => `${prefix}${name}(${args.join(',')})`),
  fc.string({ maxLength: 60 }),
  fc.constantFrom('', '=', '=HARMONIZE.EQUIVALENT(', '=HARMONIZE.EQUIVALENT("a","b"))', '((((', '{'.repeat(500)),
);
