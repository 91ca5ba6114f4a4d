/**
 * @jest-environment jsdom
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Microsoft's validator needs its online service, so the manifest's structure is checked here, offline: the
 * parts Excel relies on for a shared runtime with custom functions and a ribbon button.
 */
const xml = readFileSync(join(__dirname, '../../manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');
const all = (tag: string) => Array.from(doc.getElementsByTagName(tag));
const one = (tag: string) => {
  const found = all(tag);
  expect(found).toHaveLength(1);
  return found[0];
};
const urlOf = (resid: string) =>
  all('bt:Url')
    .find((u) => u.getAttribute('id') === resid)
    ?.getAttribute('DefaultValue');
const stringOf = (resid: string) =>
  all('bt:String')
    .find((s) => s.getAttribute('id') === resid)
    ?.getAttribute('DefaultValue');

describe('manifest.xml', () => {
  test('is well-formed XML for an Excel task pane add-in', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
    expect(one('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(one('Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(all('Host').map((h) => h.getAttribute('Name') ?? h.getAttribute('xsi:type'))).toEqual(['Workbook', 'Workbook']);
  });

  test('asks for ReadWriteDocument and nothing more', () => {
    expect(one('Permissions').textContent).toBe('ReadWriteDocument');
  });

  test('uses a shared runtime: Runtime, CustomFunctions Page and FunctionFile point at one page', () => {
    const runtime = one('Runtime');
    expect(runtime.getAttribute('lifetime')).toBe('long');
    const resid = runtime.getAttribute('resid');
    const page = one('Page').getElementsByTagName('SourceLocation')[0].getAttribute('resid');
    expect(page).toBe(resid);
    expect(one('FunctionFile').getAttribute('resid')).toBe(resid);
    expect(
      all('Set')
        .find((s) => s.getAttribute('Name') === 'SharedRuntime')
        ?.getAttribute('MinVersion'),
    ).toBe('1.1');
    // Custom XML parts (the dataset stamp, frozen formulas) need ExcelApi 1.5; newer calls are guarded in the pane.
    expect(
      all('Set')
        .find((s) => s.getAttribute('Name') === 'ExcelApi')
        ?.getAttribute('MinVersion'),
    ).toBe('1.5');
  });

  test('declares the custom functions with the HARMONIZE namespace', () => {
    const point = all('ExtensionPoint').find((e) => e.getAttribute('xsi:type') === 'CustomFunctions')!;
    expect(point).toBeDefined();
    const script = point.getElementsByTagName('Script')[0].getElementsByTagName('SourceLocation')[0].getAttribute('resid')!;
    const metadata = point.getElementsByTagName('Metadata')[0].getElementsByTagName('SourceLocation')[0].getAttribute('resid')!;
    expect(urlOf(script)).toMatch(/\/functions\.js$/);
    expect(urlOf(metadata)).toMatch(/\/functions\.json$/);
    expect(stringOf(point.getElementsByTagName('Namespace')[0].getAttribute('resid')!)).toBe('HARMONIZE');
  });

  test('has a Harmonize button on the Home tab with 16, 32 and 80 px icons that exist in assets/', () => {
    expect(one('OfficeTab').getAttribute('id')).toBe('TabHome');
    const action = one('Action');
    expect(action.getAttribute('xsi:type')).toBe('ShowTaskpane');
    const sizes = one('Control').getElementsByTagName('bt:Image');
    expect(Array.from(sizes).map((i) => i.getAttribute('size'))).toEqual(['16', '32', '80']);
    for (const image of all('bt:Image').filter((i) => i.getAttribute('DefaultValue'))) {
      const file = image.getAttribute('DefaultValue')!.replace(/^https:\/\/localhost:3000\//, '');
      expect(() => readFileSync(join(__dirname, '../..', file))).not.toThrow();
    }
  });

  test('every resid is defined and every URL is https', () => {
    const defined = new Set(
      all('*')
        .filter((e) => /^bt:(Url|String|Image)$/.test(e.tagName))
        .map((e) => e.getAttribute('id')),
    );
    for (const e of all('*')) {
      const resid = e.getAttribute('resid');
      if (resid) expect(defined).toContain(resid);
    }
    const urls = [...xml.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:[^"<]+)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });
});
