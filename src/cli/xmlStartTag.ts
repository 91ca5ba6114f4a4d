/**
 * Where the pieces of one start tag sit, for splicing into an element the parser has already found and checked
 * (parseXmlPart). The parser reports where an element begins and ends but not where its attributes are; this scans
 * only that tag, and relies on its being well-formed: quoted values, names separated by whitespace.
 */
export interface StartTagLayout {
  /** The element's qualified name as written. */
  name: string;
  attributes: { name: string; start: number; end: number }[];
  /** Where the attribute list ends: before any whitespace and the closing '>' or '/>'. */
  attributesEnd: number;
  /** One past the tag's '>'. */
  end: number;
  selfClosing: boolean;
}

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Lays out the start tag that begins at `start` ('<') in `xml`; positions are indexes into `xml`. */
export function startTagLayout(xml: string, start: number): StartTagLayout {
  let at = start + 1;
  const readName = (): string => {
    const from = at;
    while (at < xml.length && !isSpace(xml[at]) && xml[at] !== '=' && xml[at] !== '/' && xml[at] !== '>') at++;
    return xml.slice(from, at);
  };
  const skipSpace = () => {
    while (at < xml.length && isSpace(xml[at])) at++;
  };
  const name = readName();
  const attributes: StartTagLayout['attributes'] = [];
  let attributesEnd = at;
  for (;;) {
    skipSpace();
    if (at >= xml.length) throw new Error(`The start tag <${name}> at ${start} is not closed`);
    if (xml[at] === '>' || xml[at] === '/') break;
    const from = at;
    const attribute = readName();
    skipSpace();
    if (xml[at] !== '=') throw new Error(`The attribute ${attribute} of <${name}> at ${start} has no value`);
    at++;
    skipSpace();
    const quote = xml[at];
    const close = quote === '"' || quote === "'" ? xml.indexOf(quote, at + 1) : -1;
    if (close < 0) throw new Error(`The attribute ${attribute} of <${name}> at ${start} has no quoted value`);
    at = close + 1;
    attributes.push({ name: attribute, start: from, end: at });
    attributesEnd = at;
  }
  const selfClosing = xml[at] === '/';
  return { name, attributes, attributesEnd, end: at + (selfClosing ? 2 : 1), selfClosing };
}
