/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { OfficeMockObject } from 'office-addin-mock';
import { readCatalogueFile } from '../../../src/cli/catalogueFile';
import { setCatalogueSource } from '../../../src/core/activeEngine';
import { App } from '../../../src/taskpane/components/App';

const outside = { inExcel: false, dark: false };
const inExcel = { inExcel: true, dark: false };

beforeAll(() => {
  // jsdom lacks these browser APIs that Fluent UI's positioning and motion use.
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, onchange: null, dispatchEvent: () => false })) as unknown as typeof window.matchMedia;
  (global as any).ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} };
});

const search = (text: string) => fireEvent.change(screen.getByRole('combobox', { name: 'Search standards and jurisdictions' }), { target: { value: text } });

describe('task pane', () => {
  test('outside Excel it explains why inserting is disabled', () => {
    render(<App host={outside} />);
    expect(screen.getByText(/Open this pane in Excel to insert/)).toBeTruthy();
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
    const rows = within(card).getAllByTestId('adoption-row');
    expect(rows.length).toBeGreaterThan(5);
    const links = within(card).getAllByRole('link');
    expect(links.every((a) => /^https?:\/\//.test(a.getAttribute('href') ?? ''))).toBe(true);
    expect(within(card).getByText('EN ISO 13485:2016')).toBeTruthy();
    expect((within(card).getByRole('button', { name: 'Insert EQUIVALENT formula' }) as HTMLButtonElement).disabled).toBe(true);
  });

  test('in Excel the card actions are enabled', () => {
    render(<App host={inExcel} />);
    search('13485');
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Search standards and jurisdictions' }), { key: 'Enter' });
    expect((screen.getByRole('button', { name: 'Insert EQUIVALENT formula' }) as HTMLButtonElement).disabled).toBe(false);
  });

  test("inserting from the card writes an EQUIVALENT formula for the analyst's region (jsdom's en-US) at the active cell", async () => {
    const excel = new OfficeMockObject({
      context: { workbook: { cell: { formulas: [['']], address: 'Sheet1!C3' }, getActiveCell: function () { return this.cell; } } },
      run: async function (callback: (context: unknown) => Promise<unknown>) {
        return callback(this.context);
      },
    }) as any;
    (global as any).Excel = excel;
    render(<App host={inExcel} />);
    search('13485');
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Search standards and jurisdictions' }), { key: 'Enter' });
    expect(navigator.language).toBe('en-US');
    expect(screen.getByRole('combobox', { name: 'Jurisdiction for the formula' }).textContent).toBe('US');
    fireEvent.click(screen.getByRole('button', { name: 'Insert EQUIVALENT formula' }));
    await waitFor(() => expect(excel.context.workbook.cell.formulas).toEqual([['=HARMONIZE.EQUIVALENT("ISO 13485","US")']]));
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
    expect((screen.getByLabelText('Jurisdictions') as HTMLTextAreaElement).value).toBe('CA, MX, US');
  });

  test('the Compare tab lists GAPS’s rows for two jurisdictions and a family, and inserts the formula', async () => {
    const excel = new OfficeMockObject({
      context: { workbook: { cell: { formulas: [['']], address: 'Sheet1!A1' }, getActiveCell: function () { return this.cell; } } },
      run: async function (callback: (context: unknown) => Promise<unknown>) {
        return callback(this.context);
      },
    }) as any;
    (global as any).Excel = excel;
    render(<App host={inExcel} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Compare' }));
    // The analyst's region (jsdom's en-US) against the EU, over the medical devices family.
    expect((screen.getByLabelText('Jurisdiction A') as HTMLInputElement).value).toBe('US');
    expect((screen.getByLabelText('Jurisdiction B') as HTMLInputElement).value).toBe('EU');
    fireEvent.change(screen.getByLabelText('Jurisdiction A'), { target: { value: 'DE' } });
    fireEvent.change(screen.getByLabelText('Jurisdiction B'), { target: { value: 'US' } });
    const list = screen.getByRole('list', { name: 'Gaps between DE and US' });
    const rows = within(list).getAllByTestId('gap-row');
    expect(rows[0].textContent).toContain('ISO 10993-18');
    expect(rows[0].textContent).toContain('DIN EN ISO 10993-18');
    expect(rows[0].textContent).toContain('harmonised in the EU (EN ISO 10993-18:2020): no adoption recorded in US');
    expect(screen.getByTestId('gaps-summary').textContent).toMatch(new RegExp(`^${rows.length} gaps: \\d+ harmonised, `));
    expect(screen.getByTestId('gaps-formula').textContent).toBe('=HARMONIZE.GAPS("DE","US","medical devices")');
    fireEvent.click(screen.getByRole('button', { name: 'Insert GAPS formula' }));
    await waitFor(() => expect(excel.context.workbook.cell.formulas).toEqual([['=HARMONIZE.GAPS("DE","US","medical devices")']]));
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
    expect(within(screen.getByRole('list', { name: 'Most-cited sources' })).getAllByRole('listitem').length).toBeGreaterThan(3);
  });

  test('focusing the search box fetches the IEC and JIS catalogues; then a JIS is found and says it adopts nothing recorded', async () => {
    setCatalogueSource(async () => readCatalogueFile());
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
