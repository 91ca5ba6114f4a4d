/**
 * The layering the brief fixes, checked rather than hoped for: core is host-free (no package, no Node module, no
 * Office), and only the task pane's Excel adapter talks to Excel. tsconfig.core.json checks the same for types.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports, static or dynamic. */
export function importsOf(text: string): string[] {
  const found: string[] = [];
  const pattern = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;
  for (const match of text.matchAll(pattern)) found.push(match[1]);
  return found;
}

const relativeName = (path: string) => relative(SRC, path).split('\\').join('/');

describe('architecture boundaries', () => {
  test('the import reader sees static, side-effect, re-export, dynamic and require forms', () => {
    const text = `import a from 'a';\nimport 'b';\nexport { c } from "./c";\nconst d = await import('d');\nconst e = require('e');`;
    expect(importsOf(text)).toEqual(['a', 'b', './c', 'd', 'e']);
  });

  test('core imports only its own modules: no package, no node: module, nothing outside src/core', () => {
    const offending = sourceFiles(join(SRC, 'core')).flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((spec) => !spec.startsWith('.') || !relativeName(join(file, '..', spec)).startsWith('core/'))
        .map((spec) => `${relativeName(file)} imports ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  test('only src/taskpane/excel calls Excel', () => {
    const callers = sourceFiles(SRC)
      .filter((file) => /\bExcel\.(run|RequestContext|Worksheet|CalculationType)\b/.test(readFileSync(file, 'utf8')))
      .map(relativeName)
      .filter((name) => !name.startsWith('taskpane/excel/'));
    expect(callers).toEqual([]);
  });
});
