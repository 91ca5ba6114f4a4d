/**
 * Generated worksheets: cells whose texts mix markup characters, entities, character references, CDATA, comments,
 * OOXML's _xHHHH_ escapes and astral characters, written with any prefix, attribute order, quoting and line ends.
 * Reading must give back the texts the generator meant; rewriting must touch only the rewritten cells' values.
 */
import fc from 'fast-check';
import { type XlsxCell, type XlsxValue, cellWithCachedValue, spliceCells } from '../../src/cli/recalcPackage';
import { readSheetCells } from '../../src/cli/sheetCells';
import { parseXmlPart } from '../../src/cli/xmlTree';

const PART = 'xl/worksheets/sheet1.xml';
const read = (xml: string) => readSheetCells(xml, parseXmlPart(xml, PART), PART);

/** Each piece of text with the ways a writer may put it in a sheet; the first is what recalc itself writes. */
const ENCODINGS: Record<string, string[]> = {
  a: ['a'],
  ' ': [' '],
  '\t': ['\t', '&#9;'],
  '\n': ['\n', '&#10;', '&#xA;'],
  '&': ['&amp;', '&#38;', '&#x26;'],
  '<': ['&lt;', '&#60;'],
  '>': ['&gt;', '>', '&#x3E;'],
  '"': ['&quot;', '"', '&#34;'],
  "'": ['&apos;', "'"],
  é: ['é', '&#233;'],
  '😀': ['😀', '&#x1F600;', '&#128512;'],
  '\u0001': ['_x0001_'],
  '\r': ['_x000D_', '&#13;'],
  _x0041_: ['_x005F_x0041_'],
  ',': [','],
};
const RAW_IN_CDATA = /^[^\u0001\r_]*$/;

interface Text {
  text: string;
  xml: string;
}

const text: fc.Arbitrary<Text> = fc
  .record({
    pieces: fc.array(fc.tuple(fc.constantFrom(...Object.keys(ENCODINGS)), fc.nat(), fc.constantFrom('', '', '', '<!-- c -->', '<?pi x?>')), { maxLength: 8 }),
    cdata: fc.boolean(),
  })
  .map(({ pieces, cdata }) => {
    const value = pieces.map(([p]) => p).join('');
    if (cdata && RAW_IN_CDATA.test(value)) return { text: value, xml: `<![CDATA[${value}]]>` };
    return { text: value, xml: pieces.map(([p, n, between]) => between + ENCODINGS[p][n % ENCODINGS[p].length]).join('') };
  });

const cellModel = fc.record({
  formula: fc.option(fc.record({ text, kind: fc.constantFrom('', ' t="array" ref="A1:B2"', ' t="shared" ref="A1:C1" si="0"') })),
  value: fc.option(text),
  inline: fc.boolean(),
  typed: fc.boolean(),
  style: fc.option(fc.nat(40)),
  reversed: fc.boolean(),
  quote: fc.constantFrom('"', "'"),
  equals: fc.constantFrom('=', ' = '),
  gap: fc.constantFrom('', ' ', '\r\n  ', '<!-- x -->'),
});
type Generated<A> = A extends fc.Arbitrary<infer T> ? T : never;
type CellModel = Generated<typeof cellModel>;

const sheetModel = fc.record({
  rows: fc.array(fc.array(cellModel, { maxLength: 6 }), { maxLength: 6 }),
  prefix: fc.constantFrom('', 'x:'),
  lineEnd: fc.constantFrom('\n', '\r\n'),
});

interface Built {
  xml: string;
  cells: { address: string; element: string; start: number; model: CellModel }[];
}

/** The sheet's XML, and each cell's element and offset as written, to check the reader against. */
function buildSheet({ rows, prefix: p, lineEnd }: Generated<typeof sheetModel>): Built {
  let xml = `<?xml version="1.0" encoding="UTF-8"?>${lineEnd}<${p}worksheet xmlns${p ? ':x' : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${lineEnd}<${p}sheetData>`;
  const cells: Built['cells'] = [];
  rows.forEach((row, r) => {
    xml += `${lineEnd}<${p}row r="${r + 1}">`;
    row.forEach((m, c) => {
      const address = `${'ABCDEF'[c]}${r + 1}`;
      const type = m.inline ? 'inlineStr' : m.typed ? 'str' : null;
      const attributes = [['r', address], ...(m.style === null ? [] : [['s', String(m.style)]]), ...(type ? [['t', type]] : [])];
      const tag = `<${p}c${(m.reversed ? attributes.reverse() : attributes).map(([n, v]) => ` ${n}${m.equals}${m.quote}${v}${m.quote}`).join('')}`;
      const children = [
        ...(m.formula ? [`<${p}f${m.formula.kind}>${m.formula.text.xml}</${p}f>`] : []),
        ...(m.value ? [m.inline ? `<${p}is><${p}t>${m.value.xml}</${p}t></${p}is>` : `<${p}v>${m.value.xml}</${p}v>`] : []),
      ];
      const element = children.length ? `${tag}>${m.gap}${children.join(m.gap)}${m.gap}</${p}c>` : `${tag}/>`;
      cells.push({ address, element, start: xml.length, model: m });
      xml += element;
    });
    xml += `</${p}row>`;
  });
  return { xml: `${xml}</${p}sheetData></${p}worksheet>${lineEnd}`, cells };
}

const sheet = sheetModel.map(buildSheet);
const newValue: fc.Arbitrary<XlsxValue> = fc.oneof(
  text.map((t) => t.text),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom({ error: '#N/A' }, { error: '#VALUE!' }),
);
const shownText = (v: XlsxValue) => (v === null ? '' : typeof v === 'object' ? v.error : typeof v === 'boolean' ? (v ? '1' : '0') : String(v));

/** A cell's element without its t attribute and value, which are all a rewrite may change. */
function skeleton(cell: XlsxCell): string {
  let element = cell.element;
  for (const span of [cell.parts.inline, cell.parts.value].filter((s) => s !== null).sort((a, b) => b.start - a.start)) {
    element = element.slice(0, span.start - cell.start) + element.slice(span.end - cell.start);
  }
  return element.replace(/^(<[^>]*?)\s+t\s*=\s*("[^"]*"|'[^']*')/, '$1');
}

const RUNS = { numRuns: 400, seed: 20260611 };

describe('generated worksheets', () => {
  test('read back as generated, each cell where it was written', () => {
    fc.assert(
      fc.property(sheet, ({ xml, cells }) => {
        const read1 = read(xml);
        expect([...read1.keys()]).toEqual(cells.map((c) => c.address));
        for (const { address, element, start, model } of cells) {
          const cell = read1.get(address)!;
          expect({ address, element: cell.element, start: cell.start, end: cell.end }).toEqual({ address, element, start, end: start + element.length });
          expect(cell.formula?.text ?? null).toBe(model.formula?.text.text ?? null);
          expect(cell.raw).toBe(model.value?.text ?? null);
        }
      }),
      RUNS,
    );
  });

  test('an identity rewrite leaves the part byte-identical, and a second rewrite repeats the first', () => {
    fc.assert(
      fc.property(sheet, ({ xml }) => {
        const cells = [...read(xml).values()];
        expect(spliceCells(xml, new Map(cells.map((c) => [c, c.element])))).toBe(xml);
        const once = spliceCells(xml, new Map(cells.map((c) => [c, cellWithCachedValue(c, c.raw)])));
        const again = [...read(once).values()];
        expect(spliceCells(once, new Map(again.map((c) => [c, cellWithCachedValue(c, c.raw)])))).toBe(once);
      }),
      RUNS,
    );
  });

  test('rewriting formula values changes only their t attributes and <v> elements', () => {
    fc.assert(
      fc.property(sheet, fc.array(fc.option(newValue), { minLength: 36, maxLength: 36 }), ({ xml }, values) => {
        const before = [...read(xml).values()];
        const chosen = new Map(before.flatMap((c, i) => (c.formula && values[i] !== null ? [[c, values[i]] as const] : [])));
        const rewritten = spliceCells(xml, new Map([...chosen].map(([c, v]) => [c, cellWithCachedValue(c, v)])));
        const after = read(rewritten);
        const outside = (text: string, spans: { start: number; end: number }[]) =>
          spans.reduceRight((t, s) => `${t.slice(0, s.start)}<cell/>${t.slice(s.end)}`, text);
        const touched = [...chosen.keys()];
        expect(
          outside(
            rewritten,
            touched.map((c) => after.get(c.address)!),
          ),
        ).toBe(outside(xml, touched));
        for (const old of before) {
          const now = after.get(old.address)!;
          const value = chosen.get(old);
          if (value === undefined) expect(now.element).toBe(old.element);
          else {
            expect(skeleton(now)).toBe(skeleton(old));
            expect(now.raw).toBe(shownText(value));
          }
        }
      }),
      RUNS,
    );
  });
});

describe('a large sheet', () => {
  test('50,000 formula cells are read and all rewritten in one pass', () => {
    const COUNT = 50_000;
    const rows: string[] = [];
    for (let r = 1; r <= COUNT / 10; r++) {
      let row = `<row r="${r}">`;
      for (let c = 0; c < 10; c++) row += `<c r="${'ABCDEFGHIJ'[c]}${r}"><f>F(${r})</f><v>&lt;${r}</v></c>`;
      rows.push(`${row}</row>`);
    }
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('\n')}</sheetData></worksheet>`;
    const cells = read(xml);
    expect(cells.size).toBe(COUNT);
    expect(cells.get('J5000')).toMatchObject({ formula: { text: 'F(5000)' }, raw: '<5000' });
    const rewritten = read(spliceCells(xml, new Map([...cells.values()].map((c) => [c, cellWithCachedValue(c, `new ${c.address}`)]))));
    expect(rewritten.size).toBe(COUNT);
    for (const cell of rewritten.values()) if (cell.raw !== `new ${cell.address}`) throw new Error(`${cell.address} reads ${cell.raw}`);
  }, 120_000);
});
