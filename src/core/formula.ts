/**
 * Reads one HARMONIZE formula as typed in a cell: `=HARMONIZE.EQUIVALENT("ISO 9001",{"US","CN"})`. Arguments are
 * string, number and boolean literals, empty arguments and {...} array constants (`,` separates columns, `;`
 * rows), which is everything a formula over literals can hold. Nested calls and references are out of scope.
 */
export type Literal = string | number | boolean | null;
export type FormulaArgument = Literal | Literal[][];

export interface ParsedFormula {
  name: string;
  args: FormulaArgument[];
}

export class FormulaSyntaxError extends Error {}

const PREFIXES = /^(?:_xldudf_)?(?:HARMONIZE[._])?/i;

class Reader {
  private i = 0;
  constructor(private readonly text: string) {}

  private fail(what: string): never {
    throw new FormulaSyntaxError(`${what} at position ${this.i + 1} of ${JSON.stringify(this.text.slice(0, 80))}`);
  }

  private skipSpace(): void {
    while (/\s/.test(this.text[this.i] ?? '')) this.i++;
  }

  private peek(): string {
    this.skipSpace();
    return this.text[this.i] ?? '';
  }

  private expect(ch: string): void {
    if (this.peek() !== ch) this.fail(`Expected '${ch}'`);
    this.i++;
  }

  private string(): string {
    this.expect('"');
    let out = '';
    for (;;) {
      const ch = this.text[this.i++];
      if (ch === undefined) this.fail('Unterminated string');
      if (ch === '"') {
        if (this.text[this.i] === '"') {
          out += '"';
          this.i++;
        } else return out;
      } else out += ch;
    }
  }

  private literal(): Literal {
    const ch = this.peek();
    if (ch === '"') return this.string();
    const rest = this.text.slice(this.i);
    const number = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?/i.exec(rest);
    if (number) {
      this.i += number[0].length;
      return Number(number[0]);
    }
    const bool = /^(TRUE|FALSE)\b/i.exec(rest);
    if (bool) {
      this.i += bool[0].length;
      return bool[1].toUpperCase() === 'TRUE';
    }
    if (ch === ',' || ch === ')' || ch === ';' || ch === '}') return null;
    return this.fail('Expected a text in quotes, a number, TRUE/FALSE or an array {...}');
  }

  private array(): Literal[][] {
    this.expect('{');
    const rows: Literal[][] = [[]];
    for (;;) {
      rows[rows.length - 1].push(this.literal());
      const ch = this.peek();
      this.i++;
      if (ch === ',') continue;
      if (ch === ';') rows.push([]);
      else if (ch === '}') break;
      else this.fail("Expected ',', ';' or '}' in the array");
    }
    if (new Set(rows.map((r) => r.length)).size > 1) this.fail('Array rows have different lengths');
    return rows;
  }

  private argument(): FormulaArgument {
    return this.peek() === '{' ? this.array() : this.literal();
  }

  formula(): ParsedFormula {
    this.skipSpace();
    if (this.text[this.i] === '=') this.i++;
    this.skipSpace();
    const head = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(this.text.slice(this.i));
    if (!head) this.fail('Expected a function name');
    this.i += head[0].length;
    const name = head[0].replace(PREFIXES, '').toUpperCase();
    this.expect('(');
    const args: FormulaArgument[] = [];
    if (this.peek() === ')') this.i++;
    else {
      for (;;) {
        args.push(this.argument());
        const ch = this.peek();
        this.i++;
        if (ch === ',') continue;
        if (ch === ')') break;
        this.fail("Expected ',' or ')'");
      }
    }
    if (this.peek() !== '') this.fail('Unexpected text after the formula');
    return { name, args };
  }
}

export function parseFormula(text: string): ParsedFormula {
  return new Reader(text).formula();
}

/** Writes a literal back as formula text, for the formulas the CLI and the task pane generate. */
export function formatArgument(value: FormulaArgument): string {
  if (Array.isArray(value)) return `{${value.map((row) => row.map(formatArgument).join(',')).join(';')}}`;
  if (value === null) return '';
  if (typeof value === 'string') return `"${value.replace(/"/g, '""')}"`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
