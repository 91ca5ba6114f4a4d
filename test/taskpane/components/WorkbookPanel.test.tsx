/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../../src/taskpane/components/App';
import { STAMP_NAMESPACE, stampToXml } from '../../../src/core/mappings';
import { FakeWorkbook, uninstallGlobals } from '../../support/excel';
import { installJsdomShims, uninstallJsdomShims } from './jsdomShims';

beforeAll(installJsdomShims);
afterAll(uninstallJsdomShims);
afterEach(uninstallGlobals);

const openWorkbookTab = () => {
  render(<App host={{ inExcel: true, dark: false }} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Workbook' }));
};

describe('the Workbook tab', () => {
  test('says when the workbook was computed with another dataset', async () => {
    const book = new FakeWorkbook(['Sheet1']);
    book.parts.set(STAMP_NAMESPACE, stampToXml({ version: '0.9.0', checksum: 'sha256:old', computedAt: '2026-01-01T00:00:00.000Z' }));
    book.install();
    openWorkbookTab();
    expect(await screen.findByText(/0\.9\.0/)).toBeTruthy();
  });

  test('offering the add-in with the workbook sets the documented setting and loads the runtime on open', async () => {
    const book = new FakeWorkbook(['Sheet1']);
    book.install();
    openWorkbookTab();
    fireEvent.click(screen.getByRole('switch', { name: 'Offer Harmonize to whoever opens this workbook' }));
    await waitFor(() => expect(book.settings.get('Office.AutoShowTaskpaneWithDocument')).toBe(true));
    await waitFor(() => expect(book.startupBehavior).toBe('Load'));
  });

  test('freeze from the pane turns the sheet’s HARMONIZE formulas into values and says how many', async () => {
    const book = new FakeWorkbook(['Sheet1']);
    book.set('Sheet1', 0, 0, { formula: '=HARMONIZE.EQUIVALENT("ISO 9001","CN")', value: 'GB/T 19001-2016' });
    book.install();
    openWorkbookTab();
    fireEvent.click(screen.getByRole('button', { name: 'Freeze' }));
    expect(await screen.findByText(/Froze 1 HARMONIZE formulas/)).toBeTruthy();
    expect(book.get('Sheet1', 0, 0)).toEqual({ formula: null, value: 'GB/T 19001-2016' });
  });

  test('when Office refuses to save the sharing setting, the switch goes back and the pane says why', async () => {
    const book = new FakeWorkbook(['Sheet1']);
    book.saveFailure = 'The document is read-only';
    book.install();
    openWorkbookTab();
    const toggle = screen.getByRole<HTMLInputElement>('switch', { name: 'Offer Harmonize to whoever opens this workbook' });
    fireEvent.click(toggle);
    expect(await screen.findByText(/Could not change the setting/)).toBeTruthy();
    await waitFor(() => expect(toggle.checked).toBe(false));
  });

  test('an import that fails is reported in the pane, not lost', async () => {
    const book = new FakeWorkbook(['Sheet1']);
    book.install();
    openWorkbookTab();
    const input = screen.getByLabelText<HTMLInputElement>('Import a mapping pack');
    const broken = { name: 'pack.csv', size: 10, text: () => Promise.reject(new Error('the file could not be read')) };
    fireEvent.change(input, { target: { files: [broken] } });
    expect(await screen.findByText(/Import failed: the file could not be read/)).toBeTruthy();
  });
});
