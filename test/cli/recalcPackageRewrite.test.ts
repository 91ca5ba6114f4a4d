/**
 * How recalc rewrites a cell's cached value: only the t attribute and the <v> (or an inline string) change, and
 * everything else in the element is kept byte for byte. Then the whole path through the CLI on hand-made packages:
 * a prefixed workbook is recomputed, a malformed one is reported and nothing is written.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { runHarmonize } from '../support/cli';
import { XlsxPackage, type XlsxValue, cellWithCachedValue, spliceCells } from '../../src/cli/recalcPackage';
import { readSheetCells } from '../../src/cli/sheetCells';
import { parseXmlPart } from '../../src/cli/xmlTree';
import { bundledEngine } from '../support/bundledData';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PART = 'xl/worksheets/sheet1.xml';
const worksheet = (rows: string, prefix = '') =>
  `<?xml version="1.0"?>\r\n<${prefix}worksheet xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="${MAIN}"><${prefix}sheetData>${rows}</${prefix}sheetData></${prefix}worksheet>`;
const read = (xml: string) => readSheetCells(xml, parseXmlPart(xml, PART), PART);

const REWRITES: [name: string, cell: string, value: XlsxValue, expected: string][] = [
  ['text over text', '<c r="A1" s="2" t="str"><f>F()</f><v>old</v></c>', 'new', '<c r="A1" s="2" t="str"><f>F()</f><v>new</v></c>'],
  ['a number drops t with the space before it', '<c r="A1" s="2" t="str"><f>F()</f><v>old</v></c>', 5, '<c r="A1" s="2"><f>F()</f><v>5</v></c>'],
  ['a number when t comes first', '<c t="str" r="A1"><f>F()</f><v>old</v></c>', 1.5, '<c r="A1"><f>F()</f><v>1.5</v></c>'],
  ['text adds t after the last attribute', '<c r="A1" s="1" ><f>F()</f><v>1</v></c>', 'x', '<c r="A1" s="1" t="str" ><f>F()</f><v>x</v></c>'],
  ['an error keeps the other quoting', `<c t='str' r='A1'><f>F()</f><v>x</v></c>`, { error: '#N/A' }, `<c t="e" r='A1'><f>F()</f><v>#N/A</v></c>`],
  ['a boolean', '<c r="A1"><f>F()</f><v>0</v></c>', true, '<c r="A1" t="b"><f>F()</f><v>1</v></c>'],
  ['a blank', '<c r="A1"><f>F()</f><v>0</v></c>', null, '<c r="A1" t="str"><f>F()</f><v></v></c>'],
  [
    'a t="s" inside another attribute is not the type',
    `<c r="A1" cm=' t="s" '><f>F()</f><v>1</v></c>`,
    'x',
    `<c r="A1" cm=' t="s" ' t="str"><f>F()</f><v>x</v></c>`,
  ],
  ['prefixed, with no cached value yet', '<x:c r="A1"><x:f>F()</x:f></x:c>', 'x', '<x:c r="A1" t="str"><x:f>F()</x:f><x:v>x</x:v></x:c>'],
  ['a new <v> goes after <f>, before extLst', '<c r="A1"><f>F()</f><extLst/></c>', 2, '<c r="A1"><f>F()</f><v>2</v><extLst/></c>'],
  ['an empty <v/>', '<c r="A1" t="str"><f>F()</f><v/></c>', 'x', '<c r="A1" t="str"><f>F()</f><v>x</v></c>'],
  ['an inline string becomes a <v>', '<c r="A1" t="inlineStr"><f>F()</f><is><t>old</t></is></c>', 'new', '<c r="A1" t="str"><f>F()</f><v>new</v></c>'],
  ['a self-closing cell', '<c r="A1" s="1"/>', 7, '<c r="A1" s="1"><v>7</v></c>'],
  [
    'comments, whitespace and CRLFs stay',
    '<c r="A1" t="str">\r\n  <!-- keep -->\r\n  <f>F()</f>\r\n  <v>old</v>\r\n</c>',
    'new',
    '<c r="A1" t="str">\r\n  <!-- keep -->\r\n  <f>F()</f>\r\n  <v>new</v>\r\n</c>',
  ],
  [
    'the formula stays as written: entities, CDATA, shared attributes',
    '<c r="B2" t="str"><f t="shared" ref="B2:D3" si="0">F(&quot;a&quot;,<![CDATA["<"]]>)</f><v>old</v></c>',
    'new',
    '<c r="B2" t="str"><f t="shared" ref="B2:D3" si="0">F(&quot;a&quot;,<![CDATA["<"]]>)</f><v>new</v></c>',
  ],
  [
    'markup, control characters and _xHHHH_ in the value are escaped',
    '<c r="A1"><f>F()</f><v>1</v></c>',
    `a<b&"c'\u0001\r_x0041_😀`,
    '<c r="A1" t="str"><f>F()</f><v>a&lt;b&amp;&quot;c&apos;_x0001__x000D__x005F_x0041_😀</v></c>',
  ],
];

describe('rewriting one cell', () => {
  test.each(REWRITES)('%s', (_name, cell, value, expected) => {
    const prefix = cell.startsWith('<x:') ? 'x:' : '';
    const xml = worksheet(`<${prefix}row r="1">${cell}</${prefix}row>`, prefix);
    const [before] = [...read(xml).values()];
    const rewritten = cellWithCachedValue(before, value);
    expect(rewritten).toBe(expected);
    // The rewritten sheet parses, and reads back the value written.
    const after = read(spliceCells(xml, new Map([[before, rewritten]]))).get(before.address)!;
    const text = value === null ? '' : typeof value === 'object' ? value.error : typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
    expect(after.raw).toBe(text);
    expect(after.formula).toEqual(before.formula);
  });
});

/** A minimal package as a writer other than Excel or exceljs might make it: no styles, any prefix, shared strings. */
async function handMadePackage(sheetXml: string, prefix = ''): Promise<Buffer> {
  const p = prefix;
  const ns = `xmlns${p ? `:${p.slice(0, -1)}` : ''}="${MAIN}"`;
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const zip = new JSZip();
  zip.file(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<${p}workbook ${ns} xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><${p}sheets><${p}sheet name="M&amp;A" sheetId="1" rel:id="rId1"/></${p}sheets></${p}workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'worksheet', 'worksheets/sheet1.xml')}${rel('rId2', 'sharedStrings', 'sharedStrings.xml')}</Relationships>`,
  );
  zip.file('xl/sharedStrings.xml', `<${p}sst ${ns}><${p}si><${p}r><${p}t>ISO </${p}t></${p}r><${p}r><${p}t>9001</${p}t></${p}r></${p}si></${p}sst>`);
  zip.file(PART, sheetXml);
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function recalc(input: Buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'harmonize-recalc-xml-'));
  const [inPath, outPath] = [join(dir, 'in.xlsx'), join(dir, 'out.xlsx')];
  writeFileSync(inPath, input);
  return { ...(await runHarmonize('recalc', inPath, '-o', outPath)), outPath };
}

describe('recalc on hand-made packages', () => {
  test('a workbook whose every part uses a prefix: the cell is recomputed and the rest of the sheet is untouched', async () => {
    const cell = '<x:c r="B1" t="str"><x:f>_xldudf_HARMONIZE_EQUIVALENT(A1,&quot;CN&quot;)</x:f><x:v>stale</x:v></x:c>';
    const sheet = worksheet(`<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c>${cell}</x:row><!-- tail -->`, 'x:');
    const { code, out, outPath } = await recalc(await handMadePackage(sheet, 'x:'));
    const expected = bundledEngine().equivalentCell('ISO 9001', 'CN') as string;
    expect(out[0]).toBe(`'M&A'!B1: "stale" -> ${JSON.stringify(expected)}`);
    expect(code).toBe(0);
    const written = await (await JSZip.loadAsync(readFileSync(outPath))).file(PART)!.async('string');
    expect(written).toBe(sheet.replace(cell, cell.replace('stale', expected)));
  });

  test('a malformed sheet is reported with its part name and nothing is written', async () => {
    const sheet = worksheet('<row r="1"><c r="B1" t="str"><f>_xldudf_HARMONIZE_EQUIVALENT("ISO 9001","CN")</f><v>a &nbsp; b</v></c></row>');
    const { code, err, outPath } = await recalc(await handMadePackage(sheet));
    expect(code).toBe(1);
    expect(err).toEqual([`harmonize: ${PART} is not well-formed XML: it has the undefined entity &nbsp;`]);
    expect(existsSync(outPath)).toBe(false);
  });

  test('a rewrite that would leave malformed XML is refused before anything is written', async () => {
    const pkg = await XlsxPackage.open(await handMadePackage(worksheet('<row r="1"><c r="A1"><v>1</v></c></row>')));
    const [sheet] = pkg.sheets;
    const broken = new Map([[sheet, new Map([[sheet.cells.get('A1')!, '<c r="A1"><v>1</c>']])]]);
    await expect(pkg.write(broken)).rejects.toThrow(/^Nothing written: rewriting xl\/worksheets\/sheet1\.xml gave malformed XML/);
  });

  test('a malformed workbook part is reported the same way', async () => {
    const zip = await JSZip.loadAsync(await handMadePackage(worksheet('')));
    zip.file('xl/workbook.xml', '<workbook><sheets></workbook>');
    const { code, err } = await recalc(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(code).toBe(1);
    expect(err[0]).toMatch(/^harmonize: xl\/workbook\.xml is not well-formed XML: /);
  });
});
