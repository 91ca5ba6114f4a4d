/**
 * One-off importer: turns NIST's crosswalk files in ../shared/data/nist-crosswalks into reviewable CSV files under
 * data/crosswalks/, which the compile step reads. Run it (`npm run data:import-nist`) only when a vendor file
 * changes, then review the CSV diff like any other data change.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { toCsv } from '../../src/core/csv';
import type { FrameworkId } from '../../src/core/query/crosswalkFrameworks';
import { docxTables } from './nistDocxTable';
import { DATA_DIR, sharedDataDir } from './readSources';

const VENDOR = join(sharedDataDir(DATA_DIR), 'nist-crosswalks');
const OUT = join(DATA_DIR, 'crosswalks');
const READ = '2026-11-26';
const DEGENARO = 'https://github.com/degenaro/example-mapping/blob/7f6627dca29daa33aed2855f55e577296b15a155/data/';
const WINTERS = 'https://github.com/AbeWinters/control-mappings/blob/22381c75b258830af6ec5c40796821de49b4fd06/Control%20-%20Control/source%20material/';
const CSF2_FILE = 'data_Cybersecurity_Framework_v2-0_Concept_Crosswalk_800-53_5_2_0_draft.xlsx';
const CSF_PF_FILE = 'csf-pf-to-sp800-53r5-mappings.xlsx';
const ISO_FILE = 'sp800-53r5-to-iso-27001.2013-mapping.docx';
const HEADER = ['from', 'from_framework', 'to', 'to_framework', 'relationship', 'strength', 'source', 'read', 'note'];

/** SP 800-53 Rev 5 has twenty families, each opening with its policy-and-procedures control "XX-1". */
const FAMILIES = ['AC', 'AT', 'AU', 'CA', 'CM', 'CP', 'IA', 'IR', 'MA', 'MP', 'PE', 'PL', 'PM', 'PS', 'PT', 'RA', 'SA', 'SC', 'SI', 'SR'];
const ALL_DASH_ONE = /^(all )?-1 controls( from all security control families)?$/i;

/** One row of a crosswalk CSV. `to` is empty when NIST states that nothing maps (relationship none or withdrawn). */
interface Link {
  from: string;
  to: string;
  relationship: string;
  strength?: string;
  note?: string;
}

/** A cell as plain text: NIST's cells are often rich text runs (a bold id, then the description). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return String(value.text);
  return '';
}

/** "AC-02(01)" -> "AC-2(1)": 800-53's own spelling; the OLIR file pads numbers, the other files do not. */
function nistControl(token: string): string {
  const m = /^([A-Z]{2})-0*(\d+)(?:\(0*(\d+)\))?$/.exec(token);
  if (m) return `${m[1]}-${m[2]}${m[3] ? `(${m[3]})` : ''}`;
  if (/^[A-Z]{2}$/.test(token) && FAMILIES.includes(token)) return token;
  throw new Error(`Unexpected SP 800-53 control '${token}'`);
}

/** A control list such as "CM-8, PM-5(1)" or "all -1 controls, IR-4", as links from one element. */
function controlLinks(from: string, list: string): Link[] {
  const links: Link[] = [];
  for (const token of list.split(/[,\n]+/).map((t) => t.trim()).filter(Boolean)) {
    if (ALL_DASH_ONE.test(token)) {
      const note = `NIST lists '${token}'; expanded to the -1 control of each of the 20 families`;
      for (const family of FAMILIES) links.push({ from, to: `${family}-1`, relationship: 'mapped', note });
    } else {
      const to = nistControl(token);
      links.push({ from, to, relationship: 'mapped', note: /^[A-Z]{2}$/.test(to) ? 'NIST names the whole control family' : undefined });
    }
  }
  return links;
}

async function sheet(file: string, name: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(VENDOR, file));
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`${file} has no sheet '${name}'`);
  return found;
}

/** CSF 2.0 concept crosswalk: one row per (element, reference); strength is read but NIST left it empty. */
async function csf2(): Promise<Link[]> {
  const links: Link[] = [];
  (await sheet(CSF2_FILE, 'Relationships')).eachRow((row, r) => {
    const [focal, reference, strength] = [1, 3, 6].map((c) => cellText(row.getCell(c).value).trim());
    if (r === 1 || !reference) return;
    for (const link of controlLinks(focal, reference)) links.push({ ...link, ...(strength ? { strength } : {}) });
  });
  return links;
}

/** The CSF 1.1 and Privacy Framework sheets: the subcategory id opens the rich-text cell ("ID.AM-1: ..."). */
async function subcategorySheet(name: string, subcategoryColumn: number, idPattern: RegExp): Promise<Link[]> {
  const links: Link[] = [];
  (await sheet(CSF_PF_FILE, name)).eachRow((row) => {
    const id = idPattern.exec(cellText(row.getCell(subcategoryColumn).value).trim())?.[1];
    const controls = cellText(row.getCell(subcategoryColumn + 1).value);
    if (!id) return;
    if (controls.trim()) links.push(...controlLinks(id, controls));
    else links.push({ from: id, to: '', relationship: 'none', note: 'NIST lists no SP 800-53 control' });
  });
  return links;
}

/**
 * SP 800-53 -> ISO/IEC 27001 Table 1. An asterisk marks an ISO control that does not fully satisfy the NIST
 * control ("partial"). NIST's note says an asterisk may designate the entire set listed, so the unmarked
 * neighbours of a marked control keep "mapped" but say so in their note, for the reader to judge.
 */
async function sp80053ToIso(): Promise<Link[]> {
  const [table] = await docxTables(join(VENDOR, ISO_FILE));
  if (!/^NIST SP 800-53 CONTROLS/.test(table?.[0]?.[0] ?? '')) throw new Error(`${ISO_FILE}: Table 1 not found`);
  const links: Link[] = [];
  for (const [control, title, mapped] of table.slice(1)) {
    const from = nistControl(control.trim());
    const tokens = mapped.split(/[\s,]+/).filter(Boolean);
    // "None" states that nothing maps; "---" marks a control that Rev 5 withdrew. Both are answers worth keeping.
    if (mapped.trim() === 'None') {
      links.push({ from, to: '', relationship: 'none', note: "NIST: 'None'" });
      continue;
    }
    if (mapped.trim() === '---') {
      links.push({ from, to: '', relationship: 'withdrawn', note: `NIST: '${title.trim()}'` });
      continue;
    }
    const marked = tokens.filter((t) => t.endsWith('*')).map((t) => t.slice(0, -1));
    for (const token of tokens) {
      const partial = token.endsWith('*');
      const clause = token.replace(/\*$/, '');
      if (clause === 'A.12.x') {
        links.push({ from, to: 'A.12', relationship: 'mapped', note: "NIST lists 'A.12.x' (a control of clause A.12, not named)" });
        continue;
      }
      if (!/^(A\.)?\d+(\.\d+)*$/.test(clause)) throw new Error(`${ISO_FILE}: unexpected ISO control '${token}' for ${from}`);
      const note = !partial && marked.length ? `NIST marks ${marked.join(', ')} in this row with an asterisk, which its note says may designate the entire set` : undefined;
      links.push({ from, to: clause, relationship: partial ? 'partial' : 'mapped', note });
    }
  }
  return links;
}

/** Writes one CSV; a link listed twice by NIST (an explicit XX-1 beside "all -1 controls") is kept once. */
function write(name: string, from: FrameworkId, to: FrameworkId, source: string, links: Link[]): void {
  const seen = new Set<string>();
  const rows = links.filter((l) => !seen.has(`${l.from}>${l.to}`) && seen.add(`${l.from}>${l.to}`));
  const lines = rows.map((l) => [l.from, from, l.to, to, l.relationship, l.strength ?? '', source, READ, l.note ?? '']);
  writeFileSync(join(OUT, name), toCsv([HEADER, ...lines]));
  console.log(`${name}: ${rows.length} links (${links.length - rows.length} duplicates dropped)`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  write('csf-2.0-to-sp800-53r5.csv', 'CSF-2.0', 'SP800-53r5', DEGENARO + CSF2_FILE, await csf2());
  write('csf-1.1-to-sp800-53r5.csv', 'CSF-1.1', 'SP800-53r5', WINTERS + CSF_PF_FILE, await subcategorySheet('CSF to SP 800-53r5', 3, /^([A-Z]{2}\.[A-Z]{2}-\d+):/));
  write('pf-1.0-to-sp800-53r5.csv', 'PF-1.0', 'SP800-53r5', WINTERS + CSF_PF_FILE, await subcategorySheet('PF to SP 800-53r5', 4, /^([A-Z]{2}\.[A-Z]{2}-P\d+):/));
  write('sp800-53r5-to-iso27001-2013.csv', 'SP800-53r5', 'ISO27001:2013', WINTERS + ISO_FILE, await sp80053ToIso());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
