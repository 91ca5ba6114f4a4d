import { readFileSync } from 'node:fs';
import JSZip from 'jszip';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(xml: string): string {
  return xml.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(Number(e[1] === 'x' || e[1] === 'X' ? `0${e.slice(1)}` : e.slice(1))) : ENTITIES[e],
  );
}

/** The text of one table cell, its paragraphs joined by newlines. */
function cellText(cellXml: string): string {
  const paragraphs = cellXml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs.map((p) => decode((p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''))).join('\n').trim();
}

/**
 * Every table of a .docx as rows of cell texts. NIST's mapping tables are flat (no nested tables, no merged data
 * cells), so reading word/document.xml with patterns is enough and avoids a Word parser dependency.
 */
export async function docxTables(path: string): Promise<string[][][]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  return (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((table) =>
    (table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) => (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map(cellText)),
  );
}
