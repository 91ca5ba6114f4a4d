/**
 * How recalc reads a worksheet part: table-driven cases for the XML that writers other than Excel produce (and that
 * an attacker could), checked against what the cells hold and where each sits in the text. The rewrite is in
 * recalcPackageRewrite.test.ts, generated sheets in recalcPackageXml.property.test.ts.
 */
import { readSheetCells } from '../../src/cli/sheetCells';
import { XmlPartError, parseXmlPart } from '../../src/cli/xmlTree';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PART = 'xl/worksheets/sheet1.xml';

/** A worksheet around some <row> elements; `prefix` puts the whole part in a prefixed namespace, as some writers do. */
const worksheet = (rows: string, prefix = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<${prefix}worksheet xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="${MAIN}">` +
  `<${prefix}dimension ref="A1"/>\r\n<${prefix}sheetData>${rows}</${prefix}sheetData></${prefix}worksheet>`;

const read = (xml: string) => readSheetCells(xml, parseXmlPart(xml, PART), PART);

interface Expected {
  address?: string;
  type?: string;
  formula?: { text: string; kind: string; sharedIndex: string | null } | null;
  raw?: string | null;
}

const F = (text: string, kind = 'normal', sharedIndex: string | null = null) => ({ text, kind, sharedIndex });

const READ_CASES: [name: string, cell: string, expected: Expected][] = [
  ['a number', '<c r="A1"><v>42</v></c>', { address: 'A1', type: 'n', formula: null, raw: '42' }],
  ['attributes in any order and quoting', `<c t='str' s="2" r='B7'><f>F()</f><v>x</v></c>`, { address: 'B7', type: 'str', formula: F('F()') }],
  ['whitespace around = and in end tags', '<c  r = "C3"\n t = "str" ><f >F()</f ><v >y</v ></c >', { address: 'C3', type: 'str', raw: 'y' }],
  ['a lower-case address', '<c r="b2"><v>1</v></c>', { address: 'B2' }],
  ['a self-closing cell', '<c r="A1" s="3"/>', { formula: null, raw: null, type: 'n' }],
  ['a formula without a cached value', '<c r="A1"><f>NOW()</f></c>', { formula: F('NOW()'), raw: null }],
  ['an empty <v/>', '<c r="A1" t="str"><f>F()</f><v/></c>', { raw: '' }],
  ['the master of a shared formula', '<c r="B2"><f t="shared" ref="B2:D3" si="0">F($A2)</f><v>1</v></c>', { formula: F('F($A2)', 'shared', '0') }],
  ['a cell sharing a formula', '<c r="C2"><f t="shared" si="0"/><v>1</v></c>', { formula: F('', 'shared', '0') }],
  ['an array formula', '<c r="H2"><f t="array" ref="H2:I4">F()</f><v>1</v></c>', { formula: F('F()', 'array') }],
  [
    'entities and character references in a formula',
    '<c r="A1"><f>_xldudf_HARMONIZE_EQUIVALENT(&quot;ISO 9001&quot;,&quot;CN&quot;)&amp;&lt;&gt;&apos;&#65;&#x42;&#x1F600;</f></c>',
    { formula: F('_xldudf_HARMONIZE_EQUIVALENT("ISO 9001","CN")&<>\'AB😀') },
  ],
  ['a formula in CDATA', '<c r="A1"><f><![CDATA[IF(A1<2,"a&amp;b")]]></f></c>', { formula: F('IF(A1<2,"a&amp;b")') }],
  ['text and CDATA mixed', '<c r="A1"><f>"&lt;"&amp;<![CDATA["<"]]></f></c>', { formula: F('"<"&"<"') }],
  ['comments and processing instructions', '<c r="A1"><!-- c --><f>A<!-- x -->B<?pi data?>C</f><?pi?><v>1<!---->2</v></c>', { formula: F('ABC'), raw: '12' }],
  ['an entity split by a comment is two texts', '<c r="A1"><v>&amp;<!-- -->amp;</v></c>', { raw: '&amp;' }],
  ['whitespace kept in values', '<c r="A1" t="str"><f>F()</f><v>  two  spaces\t</v></c>', { raw: '  two  spaces\t' }],
  ['CRLF in a value becomes LF; &#13; stays CR', '<c r="A1" t="str"><f>F()</f><v>a\r\nb&#13;</v></c>', { raw: 'a\nb\r' }],
  ["OOXML's _xHHHH_ escapes", '<c r="A1" t="str"><f>F()</f><v>a_x000D_b_x005F_x0041_</v></c>', { raw: 'a\rb_x0041_' }],
  ['an inline string', '<c r="A1" t="inlineStr"><is><t xml:space="preserve"> a&lt;b </t></is></c>', { type: 'inlineStr', raw: ' a<b ' }],
  [
    'rich inline text without its phonetic run',
    '<c r="A1" t="inlineStr"><is><r><t>漢</t></r><r><rPr><b/></rPr><t>字</t></r><rPh sb="0" eb="1"><t>かん</t></rPh></is></c>',
    { raw: '漢字' },
  ],
  ['a > and a t="s" inside another attribute', `<c r="A1" cm=' t="s" a>b'><v>1</v></c>`, { type: 'n', raw: '1' }],
  ['an attribute in another namespace named t', `<c r="A1" xmlns:q="urn:q" q:t="s"><v>1</v></c>`, { type: 'n' }],
  ['a BOM-free non-ASCII value', '<c r="A1" t="str"><f>F()</f><v>Ünïcödé 😀 中文</v></c>', { raw: 'Ünïcödé 😀 中文' }],
];

describe('reading a worksheet part', () => {
  test.each(READ_CASES)('%s', (_name, cell, expected) => {
    const xml = worksheet(`<row r="1" spans="1:9">${cell}</row>`);
    const [read1] = [...read(xml).values()];
    expect(read1).toMatchObject(expected);
    expect(read1.element).toBe(cell);
    expect(read1.start).toBe(xml.indexOf(cell));
    expect(read1.end).toBe(read1.start + cell.length);
  });

  test('a part whose elements all carry a prefix', () => {
    const cell = '<x:c r="A1" t="str"><x:f>F(&quot;x&quot;)</x:f><x:v>a</x:v></x:c>';
    const cells = read(worksheet(`<x:row r="1">${cell}</x:row>`, 'x:'));
    expect(cells.get('A1')).toMatchObject({ formula: F('F("x")'), raw: 'a', element: cell });
  });

  test('rows and cells without an r attribute follow the previous one', () => {
    const cells = read(worksheet('<row r="3"><c><v>1</v></c><c><v>2</v></c></row><row><c r="C4"/><c/></row>'));
    expect([...cells.keys()]).toEqual(['A3', 'B3', 'C4', 'D4']);
  });

  test('a BOM and elements around sheetData are fine; a <c> outside a row is not a cell', () => {
    const xml = `\uFEFF${worksheet('<row r="1"><c r="A1"><v>1</v></c></row>').replace('</worksheet>', '<extLst><ext uri="u"><c r="Z9"/></ext></extLst></worksheet>')}`;
    expect([...read(xml).keys()]).toEqual(['A1']);
  });

  test('comments and processing instructions may follow the root element', () => {
    expect([...read(`${worksheet('<row r="1"><c r="A1"/></row>')}\r\n<!-- after -->\n<?pi data?>\n`).keys()]).toEqual(['A1']);
  });

  test('offsets stay exact after CRLFs, astral characters and long text', () => {
    const filler = '<c r="A1" t="str"><f>F()</f><v>😀\r\n'.repeat(1) + 'x'.repeat(10_000) + '</v></c>';
    const target = '<c r="B1" t="str"><f>G()</f><v>y</v></c>';
    const xml = worksheet(`<row r="1">\r\n${filler}\r\n${target}</row>`);
    expect(read(xml).get('B1')).toMatchObject({ element: target, start: xml.indexOf(target) });
  });
});

const billionLaughs = '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';

const MALFORMED: [name: string, xml: string, message: RegExp][] = [
  ['an empty part', '', /Start tag expected/],
  ['tags closed out of order', worksheet('<row r="1"><c r="A1"><v>1</c></v></row>'), /Expected closing tag/],
  ['an unclosed element', worksheet('<row r="1"><c r="A1"><v>1</v></row>'), /closing tag|Unclosed/],
  ['a truncated part', worksheet('<row r="1"><c r="A1"><v>1</v></c></row>').slice(0, 150), /not well-formed XML/],
  ['a bare & in text', worksheet('<row r="1"><c r="A1"><f>A & B</f></c></row>'), /'&'/],
  ['a bare & in an attribute', worksheet('<row r="1"><c r="A1" cm="a & b"/></row>'), /bare '&'/],
  ['an entity XML does not define', worksheet('<row r="1"><c r="A1"><v>&nbsp;</v></c></row>'), /undefined entity &nbsp;/],
  ['a reference to NUL', worksheet('<row r="1"><c r="A1"><v>&#0;</v></c></row>'), /character reference &#0;/],
  ['a reference past Unicode', worksheet('<row r="1"><c r="A1"><v>&#x110000;</v></c></row>'), /character reference &#x110000;/],
  ['a raw control character', worksheet('<row r="1"><c r="A1"><v>a\u0001b</v></c></row>'), /U\+0001/],
  ['a < inside an attribute', worksheet('<row r="1"><c r="A<1"/></row>'), /'<' inside an attribute value/],
  ['a repeated attribute', worksheet('<row r="1"><c r="A1" r="A2"/></row>'), /repeated/],
  ['an unquoted attribute', worksheet('<row r="1"><c r=A1/></row>'), /not well-formed XML/],
  ['a DOCTYPE (entity expansion)', worksheet('').replace('\r\n', `\r\n${billionLaughs}`), /DOCTYPE/],
  ['two root elements', `${worksheet('')}<worksheet/>`, /2 root elements/],
  ['text after the root element', `${worksheet('')}junk`, /Extra text at the end/],
  ['text after a self-closing root element', `<worksheet xmlns="${MAIN}"/>junk`, /text outside its root element/],
  ['nesting thousands deep', worksheet('<a>'.repeat(5000) + '</a>'.repeat(5000)), /nested/i],
  ['two <v> in one cell', worksheet('<row r="1"><c r="A1"><v>1</v><v>2</v></c></row>'), /A1 has 2 <v> elements/],
  ['two <f> in one cell', worksheet('<row r="1"><c r="A1"><f>A</f><f>B</f></c></row>'), /A1 has 2 <f> elements/],
  ['a cell address past the grid', worksheet('<row r="1"><c r="XFE1"/></row>'), /"XFE1" is not one Excel has/],
  ['a cell address that is not one', worksheet('<row r="1"><c r="$A$1"/></row>'), /"\$A\$1" is not one Excel has/],
  ['a cell written twice', worksheet('<row r="1"><c r="A1"/><c r="a1"/></row>'), /the cell A1 appears twice/],
  ['an unclosed comment after the root', `${worksheet('')}<!-- open`, /not well-formed XML/],
  ['row 0', worksheet('<row r="0"><c/></row>'), /row number "0"/],
  ['a row number that is not a number', worksheet('<row r="1e3"><c/></row>'), /row number "1e3"/],
];

describe('a malformed worksheet part', () => {
  test.each(MALFORMED)('%s gives a clear error naming the part', (_name, xml, message) => {
    let error: unknown;
    try {
      read(xml);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(XmlPartError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain(PART);
  });
});
