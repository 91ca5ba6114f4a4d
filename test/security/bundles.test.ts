/**
 * No bundle evaluates strings as code: the task pane's Content-Security-Policy forbids it, and the functions run in
 * the same page. The test greps the built bundles, so it needs dist/: CI builds before `npm test` and sets
 * CI_REQUIRE_DIST=1, so there a missing build fails; locally the test is skipped until `npm run build`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = join(__dirname, '..', '..', 'dist');
const BUNDLES = ['functions.js', 'taskpane.js'];
const built = BUNDLES.every((file) => existsSync(join(DIST, file)));
const required = Boolean(process.env.CI_REQUIRE_DIST);

/** Code that turns text into code; `.eval(` on a named object (e.g. an XPath evaluate) is a different thing. */
const FORBIDDEN: [string, RegExp][] = [
  ['eval(', /(^|[^.\w$])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['Function("...")', /(^|[^.\w$])Function\s*\(\s*["'`]/],
  ['setTimeout with a string', /set(?:Timeout|Interval)\s*\(\s*["'`]/],
];

if (!built && !required) {
  test.skip(`bundles in dist/ (skipped: dist/ is not built; run npm run build, or set CI_REQUIRE_DIST to fail instead)`, () => {});
} else {
  describe('built bundles', () => {
    test('dist/ holds the bundles', () => {
      expect(BUNDLES.filter((file) => !existsSync(join(DIST, file)))).toEqual([]);
    });

    const scripts = built ? readdirSync(DIST).filter((file) => file.endsWith('.js')) : BUNDLES;
    test.each(scripts)('%s evaluates no strings as code', (file) => {
      const source = readFileSync(join(DIST, file), 'utf8');
      const found = FORBIDDEN.filter(([, pattern]) => pattern.test(source)).map(([name]) => name);
      expect(found).toEqual([]);
    });
  });
}
