import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * A package part's XML as a small typed tree that remembers where each element sits in the text, so a caller can
 * read with a real parser and still splice changes into the original text (a parse-and-serialise round trip would
 * reformat the whole part). fast-xml-parser does the reading; what it lets through that XML forbids is refused here.
 */
export interface XmlElement {
  /** The qualified name as written (x:c); `local` drops the prefix, which the part chooses freely. */
  name: string;
  local: string;
  /** Attribute values with entities decoded, by qualified name; a null-prototype record. */
  attributes: Record<string, string>;
  children: XmlNode[];
  /** The element's first character ('<') and one past its last ('>') in the part's text. */
  start: number;
  end: number;
}

/** Character data: text and CDATA sections alike. Comments and processing instructions are left out. */
export type XmlNode = XmlElement | string;

/** A part that is not well-formed XML, or uses XML that OOXML forbids; the CLI reports the message. */
export class XmlPartError extends Error {}

const NAMED_ENTITIES = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);
const REFERENCE = /&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z_][\w.-]*)?(;)?/g;
/** Characters XML 1.0 forbids, raw or as a reference, and UTF-16 halves without their other half. */
const FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Anything decodeStrictly has to decode or check further. */
const NEEDS_A_LOOK = /[&<\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;

const isXmlChar = (cp: number): boolean =>
  cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);

/**
 * Decodes text and attribute values strictly, as XML does: the five predefined entities and character references,
 * nothing else. fast-xml-parser's own decoder reads character references only in its HTML mode and leaves unknown
 * entities and a bare '&' in place, which would hand a corrupt formula to the engine instead of an error.
 */
function decodeStrictly(text: string): string {
  if (!NEEDS_A_LOOK.test(text)) return text; // most text in a sheet: one scan, no allocation
  if (text.includes('<')) throw new XmlPartError("a '<' inside an attribute value");
  const bad = FORBIDDEN.exec(text);
  if (bad) throw new XmlPartError(`the character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}, which XML does not allow`);
  return text.replace(REFERENCE, (whole, body: string | undefined, semicolon: string | undefined) => {
    if (!body || !semicolon) throw new XmlPartError(`a bare '&' (${JSON.stringify(whole)}); XML writes it &amp;`);
    if (body[0] !== '#') {
      const named = NAMED_ENTITIES.get(body);
      if (named === undefined) throw new XmlPartError(`the undefined entity &${body};`);
      return named;
    }
    const cp = body[1] === 'x' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    if (!isXmlChar(cp)) throw new XmlPartError(`the character reference &${body};, which XML does not allow`);
    return String.fromCodePoint(cp);
  });
}

const strictDecoder = {
  decode: decodeStrictly,
  // OPC forbids DTDs in package parts; refusing them also rules out entity-expansion bombs.
  addInputEntities: () => {
    throw new XmlPartError('a DOCTYPE declaration, which Office Open XML parts may not have');
  },
  setExternalEntities: () => undefined,
  reset: () => undefined,
  setXmlVersion: () => undefined,
};

const META = XMLParser.getMetaDataSymbol() as unknown as symbol;
const ATTRIBUTES = ':@';
/** Attribute records without a prototype, so a lookup of "constructor" finds nothing the part did not say. */
const createRecord = (): Record<string, string> => Object.create(null) as Record<string, string>;
const TEXT = '#text';
const CDATA = '#cdata';
const COMMENT = '#comment';

const parser = new XMLParser({
  preserveOrder: true,
  captureMetaData: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  entityDecoder: strictDecoder,
  cdataPropName: CDATA,
  // Kept apart so text on either side of a comment is never decoded as one piece.
  commentPropName: COMMENT,
  ignoreDeclaration: true,
  ignorePiTags: true,
  jPath: false,
});

type ParsedNode = Record<string, unknown> & { [ATTRIBUTES]?: Record<string, string>; [META]?: { startIndex?: number; endIndex?: number } };

/** The node's one name key beside its attributes; a loop rather than Object.keys, as this runs once per node. */
function nameOf(node: ParsedNode): string {
  for (const key in node) if (key !== ATTRIBUTES) return key;
  return '';
}

/** fast-xml-parser's ordered output as XmlNodes; values are strings because value parsing is off. */
function toTree(nodes: ParsedNode[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const node of nodes) {
    const key = nameOf(node);
    const value = node[key];
    if (key === TEXT) out.push(value as string);
    else if (key === CDATA) out.push((value as ParsedNode[]).map((t) => (t[TEXT] as string | undefined) ?? '').join(''));
    else if (key === COMMENT || key[0] === '?') continue;
    else {
      const meta = node[META];
      if (meta?.startIndex === undefined || meta.endIndex === undefined) throw new XmlPartError(`the element <${key}> was not closed`);
      const attributes = createRecord();
      const parsed = node[ATTRIBUTES];
      if (parsed) for (const name in parsed) attributes[name] = parsed[name];
      const local = key.slice(key.indexOf(':') + 1);
      out.push({ name: key, local, attributes, children: toTree(value as ParsedNode[]), start: meta.startIndex, end: meta.endIndex });
    }
  }
  return out;
}

/** Parses one part (named in errors); throws XmlPartError unless it is well-formed XML with a single root element. */
export function parseXmlPart(xml: string, part: string): XmlElement {
  const fail = (why: string) => new XmlPartError(`${part} is not well-formed XML: ${why}`);
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true) {
    const { msg, line, col } = verdict.err;
    throw fail(`${msg.replace(/\.$/, '')} (line ${line}${col ? `, column ${col}` : ''})`);
  }
  let top: XmlNode[];
  try {
    top = toTree(parser.parse(xml) as ParsedNode[]);
  } catch (error) {
    throw fail(error instanceof XmlPartError ? `it has ${error.message}` : error instanceof Error ? error.message : String(error));
  }
  const roots = top.filter((n): n is XmlElement => typeof n !== 'string');
  if (roots.length !== 1) throw fail(`it has ${roots.length} root elements instead of one`);
  const strayText = top.some((n) => typeof n === 'string' && n.replace(/^\uFEFF/, '').trim() !== '');
  if (strayText || !onlyMiscellany(xml, roots[0].end)) throw fail('it has text outside its root element');
  return roots[0];
}

/** Whether the text from `at` on is only whitespace, comments and processing instructions, as XML allows after the root. */
function onlyMiscellany(xml: string, at: number): boolean {
  // The parser drops text that no later tag follows, so the tail after the root is checked here.
  for (let i = at; i < xml.length;) {
    if (' \t\r\n'.includes(xml[i])) {
      i++;
      continue;
    }
    const closer = xml.startsWith('<!--', i) ? '-->' : xml.startsWith('<?', i) ? '?>' : null;
    const close = closer === null ? -1 : xml.indexOf(closer, i);
    if (close < 0) return false;
    i = close + closer!.length;
  }
  return true;
}

export const childElements = (parent: XmlElement, local: string): XmlElement[] =>
  parent.children.filter((n): n is XmlElement => typeof n !== 'string' && n.local === local);

/** An element's character data without descending into child elements. */
export const ownText = (element: XmlElement): string => element.children.filter((n): n is string => typeof n === 'string').join('');

/** An attribute by local name whatever its prefix (r:id, rel:id), but not an unprefixed attribute of that name. */
export const prefixedAttribute = (element: XmlElement, local: string): string | undefined =>
  Object.entries(element.attributes).find(([name]) => name.endsWith(`:${local}`) && !name.startsWith('xmlns'))?.[1];
