import { escapeXml } from '../core';
import { type XlsxCell, type XlsxValue, encodeSheetText } from './sheetCells';
import { startTagLayout } from './xmlStartTag';

/** A change to a cell's text: replace [start, end) with `text`; start === end inserts. */
type Edit = { start: number; end: number; text: string };

function applyEdits(xml: string, edits: Edit[]): string {
  // By start, and an insertion before a replacement that starts at the same place.
  const ordered = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const edit of ordered) {
    if (edit.start < at) throw new Error('Overlapping edits of one cell; this is a bug in recalc');
    out += xml.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + xml.slice(at);
}

function typeAndText(value: XlsxValue): [string | null, string] {
  if (value === null) return ['str', ''];
  if (typeof value === 'object') return ['e', value.error];
  if (typeof value === 'number') return [null, String(value)];
  if (typeof value === 'boolean') return ['b', value ? '1' : '0'];
  return ['str', value];
}

const prefixOf = (qualifiedName: string): string => qualifiedName.slice(0, qualifiedName.indexOf(':') + 1);

/**
 * The <c> element with a new cached value: its t attribute set for the value, its <v> replaced (or added after the
 * formula) and any inline string dropped. Everything else in the element is kept byte for byte, the formula, the
 * style, the namespace prefix, the quoting and the whitespace included.
 */
export function cellWithCachedValue(cell: XlsxCell, value: XlsxValue): string {
  const [type, text] = typeAndText(value);
  const xml = cell.element;
  const local = (span: { start: number; end: number }) => ({ start: span.start - cell.start, end: span.end - cell.start });
  const tag = startTagLayout(xml, 0);
  const edits: Edit[] = [];

  const typeIndex = tag.attributes.findIndex((a) => a.name === 't');
  const typeAttribute = tag.attributes[typeIndex];
  if (typeAttribute && type) edits.push({ ...typeAttribute, text: `t="${type}"` });
  // Removing an attribute takes the whitespace before it, so `<c r="A1" t="str">` becomes `<c r="A1">`.
  else if (typeAttribute) edits.push({ start: tag.attributes[typeIndex - 1]?.end ?? 1 + tag.name.length, end: typeAttribute.end, text: '' });
  else if (type) edits.push({ start: tag.attributesEnd, end: tag.attributesEnd, text: ` t="${type}"` });

  const { formula, value: oldValue, inline } = cell.parts;
  const valueName = oldValue ? startTagLayout(xml, local(oldValue).start).name : `${prefixOf(tag.name)}v`;
  const v = `<${valueName}>${escapeXml(encodeSheetText(text))}</${valueName}>`;
  if (tag.selfClosing) edits.push({ start: tag.end - 2, end: tag.end, text: `>${v}</${tag.name}>` });
  else if (oldValue) edits.push({ ...local(oldValue), text: v });
  else if (inline) edits.push({ ...local(inline), text: v });
  else {
    const after = formula ? local(formula).end : tag.end;
    edits.push({ start: after, end: after, text: v });
  }
  if (oldValue && inline) edits.push({ ...local(inline), text: '' });
  return applyEdits(xml, edits);
}
