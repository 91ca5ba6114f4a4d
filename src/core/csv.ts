/**
 * RFC 4180 CSV, small enough to live in core: the compile step, the task pane's mapping import and the CLI all
 * read the same format, and core may not depend on Node or the DOM.
 */
export function parseCsv(text: string): string[][] {
  return [...csvRows(text)];
}

/**
 * The rows of a CSV text one at a time, so a caller can pause between them (the task pane reads a 2 MB pack in
 * slices). A quote opens a quoted field only at the field's start; elsewhere it is text. Rows that are one empty
 * cell (blank lines) are skipped. Runs of ordinary characters are copied by slice, not character by character.
 */
export function* csvRows(text: string): Generator<string[]> {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const special = /[",\r\n]/g;
  const end = input.length;
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < end) {
    special.lastIndex = i;
    const match = special.exec(input);
    const at = match ? match.index : end;
    field += input.slice(i, at);
    if (!match) break;
    const ch = input[at];
    i = at + 1;
    if (ch === '"') {
      if (field !== '') field += '"';
      else i = readQuoted(input, i, (part) => (field += part));
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else {
      if (ch === '\r' && input[i] === '\n') i++;
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') yield row;
      row = [];
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    if (row.length > 1 || row[0] !== '') yield row;
  }
}

/** Reads a quoted field's text from `from` (just past the opening quote); returns the index past the closing quote. */
function readQuoted(input: string, from: number, append: (part: string) => void): number {
  let i = from;
  for (;;) {
    const quote = input.indexOf('"', i);
    if (quote < 0) {
      // Unterminated: the rest of the text is the field, as a lenient reader would take it.
      append(input.slice(i));
      return input.length;
    }
    append(input.slice(i, quote));
    if (input[quote + 1] !== '"') return quote + 1;
    append('"');
    i = quote + 2;
  }
}

/** Parses CSV with a header row into objects keyed by the (trimmed) header names. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const names = header.map((h) => h.trim());
  return rows.map((cells) => Object.fromEntries(names.map((name, i) => [name, (cells[i] ?? '').trim()])));
}

export function toCsv(rows: readonly (readonly unknown[])[]): string {
  const quote = (value: unknown): string => {
    const text =
      value === null || value === undefined
        ? ''
        : typeof value === 'string'
          ? value
          : typeof value === 'number' || typeof value === 'boolean'
            ? String(value)
            : (JSON.stringify(value) ?? '');
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(quote).join(',')).join('\n') + '\n';
}
