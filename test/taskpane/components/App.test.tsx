/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readCatalogueFile } from '../../../src/cli/catalogueFile';
import { adoptionsFor, isHarmonizeError } from '../../../src/core';
import { runtime } from '../../../src/runtime/engine';
import { App } from '../../../src/taskpane/components/App';
import { bundledEngine } from '../../support/bundledData';
import { FakeWorkbook, uninstallGlobals } from '../../support/excel';
import { installJsdomShims, uninstallJsdomShims } from './jsdomShims';

const outside = { inExcel: false, dark: false };
const inExcel = { inExcel: true, dark: false };

beforeAll(installJsdomShims);
afterAll(uninstallJsdomShims);
afterEach(uninstallGlobals);

/** A source's site as the Dataset tab names it: its host name without www. */
const siteOf = (address: string): string => {
  try {
    return new URL(address).hostname.replace(/^www\./, '');
  } catch {
    return address;
  }
};

const search = (text: string) => fireEvent.change(screen.getByRole('combobox', { name: 'Search standards and jurisdictions' }), { target: { value: text } });

describe('task pane', () => {
  test('outside Excel it explains why inserting is disabled', () => {
    render(<App host={outside} />);
    expect(screen.getByText(/Open this pane in Excel to insert/)).toBeTruthy();
  });

  test('the pane has one level-one heading for screen readers to start from', () => {
    render(<App host={outside} />);
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Harmonize']);
  });

  test('search tolerates a typo and shows badges', () => {
    render(<App host={outside} />);
    search('iso 900l');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    expect(options.map((o) => o.textContent).join(' ')).toMatch(/ISO 9001/);
    expect(within(options[0]).getByText(/jurisdictions/)).toBeTruthy();
  });

  test('the keyboard moves through results and Enter opens the card with sourced adoptions', () => {
    render(<App host={outside} />);
    search('13485');
    const box = screen.getByRole('combobox', { name: 'Search standards and jurisdictions' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'Enter' });
    const card = screen.getByRole('group', { name: /Standard ISO 13485/ });
    // One row per adoption the shipped dataset records, however many that is.
    const recorded = adoptionsFor(bundledEngine().catalog, 'ISO 13485');
    expect(within(card).getAllByTestId('adoption-row')).toHaveLength(isHarmonizeError(recorded) ? 0 : recorded.length);
    const links = within(card).getAllByRole('link');
    expect(links.every((a) => /^https?:\/\//.test(a.getAttribute('href') ?? ''))).toBe(true);
    expect(within(card).getByText('EN ISO 13485:2016')).toBeTruthy();
    expect(within(card).getByRole<HTMLButtonElement>('button', { name: 'Insert EQUIVALENT formula' }).disabled).toBe(true);
  });

  test('in Excel the card actions are enabled', async () => {
    new FakeWorkbook(['Sheet1']).install();
    render(<App host={inExcel} />);
    search('13485');
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Search standards and jurisdictions' }), { key: 'Enter' });
    // The card also reads which jurisdictions the workbook uses; its answer arrives after a sync.
    await waitFor(() => expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Insert EQUIVALENT formula' }).disabled).toBe(false));
  });

  test("inserting from the card writes an EQUIVALENT formula for the analyst's region (jsdom's en-US) at the active cell", async () => {
    const book = new FakeWorkbook(['Sheet1']);
    book.activeCell = { row: 2, column: 2 };
    book.install();
    render(<App host={inExcel} />);
    search('13485');
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Search standards and jurisdictions' }), { key: 'Enter' });
    expect(navigator.language).toBe('en-US');
    expect(screen.getByRole('combobox', { name: 'Jurisdiction for the formula' }).textContent).toBe('US');
    fireEvent.click(screen.getByRole('button', { name: 'Insert EQUIVALENT formula' }));
    await waitFor(() => expect(book.get('Sheet1', 2, 2).formula).toBe('=HARMONIZE.EQUIVALENT("ISO 13485","US")'));
    await screen.findByText('Inserted at Sheet1!C3');
  });

  test('the matrix builder previews a 3x3 matrix computed by core', () => {
    render(<App host={outside} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Matrix' }));
    fireEvent.change(screen.getByLabelText('Standards (one per line, or pasted)'), { target: { value: 'ISO 9001\nISO 14001\nISO 13485' } });
    fireEvent.change(screen.getByLabelText('Jurisdictions'), { target: { value: 'EU, CN, JP' } });
    const preview = screen.getByTestId('matrix-preview');
    const rows = within(preview).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[1].textContent).toContain('EN ISO 9001:2015');
    expect(rows[1].textContent).toContain('GB/T 19001-2016');
    expect(screen.getByText(/3 standards x 3 jurisdictions = 9 cells/)).toBeTruthy();
  });

  test('matrix presets fill the jurisdictions from the dataset', () => {
    render(<App host={outside} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Matrix' }));
    fireEvent.click(screen.getByRole('button', { name: 'USMCA' }));
    expect(screen.getByLabelText<HTMLTextAreaElement>('Jurisdictions').value).toBe('CA, MX, US');
  });

  test('the Compare tab lists GAPS’s rows for two jurisdictions and a family, and inserts the formula', async () => {
    const book = new FakeWorkbook(['Sheet1']);
    book.activeCell = { row: 0, column: 0 };
    book.install();
    render(<App host={inExcel} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Compare' }));
    // The analyst's region (jsdom's en-US) against the EU, over the medical devices family.
    expect(screen.getByLabelText<HTMLInputElement>('Jurisdiction A').value).toBe('US');
    expect(screen.getByLabelText<HTMLInputElement>('Jurisdiction B').value).toBe('EU');
    fireEvent.change(screen.getByLabelText('Jurisdiction A'), { target: { value: 'DE' } });
    fireEvent.change(screen.getByLabelText('Jurisdiction B'), { target: { value: 'US' } });
    const list = screen.getByRole('list', { name: 'Gaps between DE and US' });
    const rows = within(list).getAllByTestId('gap-row');
    // Harmonised gaps first, as GAPS orders them.
    expect(rows[0].textContent).toContain('harmonised in the EU');
    const row = rows.find((r) => r.textContent?.startsWith('ISO 10993-23'));
    expect(row?.textContent).toContain('DIN EN ISO 10993-23');
    expect(row?.textContent).toContain('harmonised in the EU (EN ISO 10993-23:2021): no adoption recorded in US');
    expect(screen.getByTestId('gaps-summary').textContent).toMatch(new RegExp(`^${rows.length} gaps: \\d+ harmonised, `));
    expect(screen.getByTestId('gaps-formula').textContent).toBe('=HARMONIZE.GAPS("DE","US","medical devices")');
    fireEvent.click(screen.getByRole('button', { name: 'Insert GAPS formula' }));
    await waitFor(() => expect(book.get('Sheet1', 0, 0).formula).toBe('=HARMONIZE.GAPS("DE","US","medical devices")'));
    fireEvent.change(screen.getByLabelText('Jurisdiction B'), { target: { value: 'USMCA' } });
    expect(screen.getByTestId('gaps-summary').textContent).toMatch(/^#N\/A USMCA .* compare two of its members \(CA, MX, US\)/);
  });

  test('the formula builder shows the formula and core’s live answer', () => {
    render(<App host={outside} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Formula' }));
    expect(screen.getByTestId('formula-text').textContent).toBe('=HARMONIZE.EQUIVALENT("ISO 13485","CN")');
    expect(screen.getByTestId('formula-preview').textContent).toBe('GB/T 42061-2022');
  });

  test('the dataset panel shows version, checksum and licences under readable labels, not field keys', () => {
    render(<App host={outside} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Dataset' }));
    expect(screen.getByText('Checksum')).toBeTruthy();
    expect(screen.getByText('FDA recognitions')).toBeTruthy();
    expect(screen.getByText('EU harmonised citations')).toBeTruthy();
    expect(screen.queryByText('fda')).toBeNull();
    expect(screen.queryByText('harmonised')).toBeNull();
    expect(screen.getByText(/ODC-PDDL/)).toBeTruthy();
    // One item per site the shipped dataset cites, up to twelve, the most-cited first.
    const items = within(screen.getByRole('list', { name: 'Most-cited sources' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    const sites = new Set(
      bundledEngine()
        .catalog.adoptions.filter((a) => a.provenance === 'cited')
        .map((a) => siteOf(a.source)),
    );
    expect(items).toHaveLength(Math.min(12, sites.size));
    const counts = items.map((item) => Number(/: (\d+) records$/.exec(item)?.[1]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  test('focusing the search box fetches the IEC and JIS catalogues; then a JIS is found and says it adopts nothing recorded', async () => {
    runtime.setCatalogueSource(() => Promise.resolve(readCatalogueFile()));
    render(<App host={outside} />);
    const box = screen.getByRole('combobox', { name: 'Search standards and jurisdictions' });
    expect(box.getAttribute('data-catalogues')).toBe('pending');
    fireEvent.focus(box);
    await waitFor(() => expect(box.getAttribute('data-catalogues')).toBe('indexed'), { timeout: 20_000 });
    search('JIS X 0001');
    expect(screen.getAllByRole('option')[0].textContent).toContain('JIS X 0001:1994');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(screen.getByRole('status').textContent).toMatch(/^JIS X 0001:1994: Glossary of terms .* \(JIS, valid; no recorded ISO\/IEC correspondence\)$/);
    search('60068-2-6');
    fireEvent.keyDown(box, { key: 'Enter' });
    const card = screen.getByRole('group', { name: /Standard IEC 60068-2-6/ });
    expect(within(card).getByText('IEC 60068-2-6:2007')).toBeTruthy();
    expect(within(card).getByText(/No recorded adoption/)).toBeTruthy();
  }, 30_000);
});
