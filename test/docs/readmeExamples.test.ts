import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateFormula } from '../../src/cli/evaluate';

/**
 * The README's examples are answers an analyst will try first: each one that shows a result is evaluated through
 * the same path as `harmonize eval`, so the documentation cannot drift from the data or the engine.
 */
const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
const block = readme.slice(readme.indexOf('Examples:'));
const lines = block.slice(block.indexOf('```') + 3, block.indexOf('```', block.indexOf('```') + 3)).split('\n');

/** Splits "=F(...)   expected  (comment)" at the call's closing parenthesis, honouring quotes. */
function split(line: string): { formula: string; expected: string } {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')' && --depth === 0) {
      const rest = line.slice(i + 1).trim();
      return { formula: line.slice(0, i + 1), expected: rest.split(/\s{2,}/)[0] ?? '' };
    }
  }
  throw new Error(`Unbalanced example: ${line}`);
}

const examples = lines.filter((l) => l.startsWith('=HARMONIZE.')).map(split);
const cellText = (v: unknown): string => (typeof v === 'object' && v !== null && 'error' in v ? `${(v as { error: string }).error}` : String(v));

describe('README examples', () => {
  test('there are examples to check', () => {
    expect(examples.filter((e) => e.expected).length).toBeGreaterThan(10);
  });

  test.each(examples)('$formula', ({ formula, expected }) => {
    const result = evaluateFormula(formula);
    if (!expected) {
      expect('value' in result).toBe(true);
      return;
    }
    if ('error' in result) {
      // A long message is shown by its beginning: the README's column is narrower than the reasons it quotes.
      expect(`${result.error} ${result.message}`.startsWith(expected)).toBe(true);
      return;
    }
    const value = result.value;
    if (!Array.isArray(value)) {
      expect(cellText(value)).toBe(expected);
      return;
    }
    // A spilled result: every part the README shows ("a | b", "a, b") is one of its cells.
    const cells = value.flat().map(cellText);
    for (const part of expected.split(/ \| |, /)) expect(cells).toContain(part);
  });
});
