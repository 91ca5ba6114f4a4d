/**
 * The task pane's Content-Security-Policy, read from the template webpack turns into taskpane.html: scripts only
 * from the add-in itself (and Microsoft's office.js CDN in a deployment), no eval, no plugins, no foreign frames.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const TEMPLATE = readFileSync(join(__dirname, '..', '..', 'src', 'taskpane', 'taskpane.html'), 'utf8');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';

function policy(): Map<string, string[]> {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(TEMPLATE);
  if (!meta) throw new Error('taskpane.html has no Content-Security-Policy meta tag');
  // The template's only placeholder adds the office.js CDN origin in a deployment.
  const content = meta[1].replace(/<%=\s*htmlWebpackPlugin\.options\.officeJsOrigin\s*%>/, ` ${OFFICE_CDN}`);
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('task pane Content-Security-Policy', () => {
  test('is the first thing in <head> that could load anything', () => {
    expect(TEMPLATE.indexOf('Content-Security-Policy')).toBeLessThan(TEMPLATE.indexOf('<script'));
  });

  test('scripts come from the add-in itself and the office.js CDN only, never inline or eval', () => {
    expect(policy().get('script-src')).toEqual(["'self'", OFFICE_CDN]);
  });

  test('no directive allows eval, WebAssembly eval or inline scripts', () => {
    const all = [...policy().values()].flat();
    expect(all).not.toContain("'unsafe-eval'");
    expect(all).not.toContain("'wasm-unsafe-eval'");
    expect(policy().get('script-src')).not.toContain("'unsafe-inline'");
  });

  test('everything else defaults to the add-in, and plugins, base and form targets are shut', () => {
    const csp = policy();
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });

  test('no source is a wildcard or a plain-http origin', () => {
    const all = [...policy().values()].flat();
    expect(all.filter((s) => s === '*' || s.startsWith('http:') || s === 'https:')).toEqual([]);
  });
});
