/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../../src/taskpane/components/App';
import { STAMP_NAMESPACE, stampToXml } from '../../../src/core/mappings';
import { FakeWorkbook, uninstallGlobals } from '../../support/excel';
import { bundledDataset } from '../../support/bundledData';
import { installJsdomShims, uninstallJsdomShims } from './jsdomShims';
import { readCatalogueFile } from '../../../src/cli/catalogueFile';
import { runtime } from '../../../src/runtime/engine';

beforeAll(installJsdomShims);
// The add-in's functions module points the shared runtime at the files beside the page; here they are read from disk.
beforeAll(() => runtime.setCatalogueSource(readCatalogueFile));
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

  test('the audit of a workbook stamped with an older dataset gives each change its reason, and keeps the old values on request', async () => {
    const book = new FakeWorkbook(['Sheet1']);
    book.parts.set(STAMP_NAMESPACE, stampToXml({ version: '1.1.0', checksum: 'sha256:7577c684d000868f', computedAt: '2026-11-27T09:00:00.000Z' }));
    // What dataset 1.1.0 answered: no degree recorded for the German adoption of ISO 9001:2015.
    book.set('Sheet1', 0, 0, { formula: '=HARMONIZE.EQUIVALENT("ISO 9001","DE","correspondence")', value: 'unknown' });
    book.set('Sheet1', 1, 0, { formula: '=HARMONIZE.EQUIVALENT("ISO 9001","CN")', value: 'GB/T 19001-2016' });
    book.install();
    openWorkbookTab();
    await screen.findByText(/1\.1\.0/);
    fireEvent.click(screen.getByRole('button', { name: 'Audit values' }));
    const change = await screen.findByTestId('audit-change');
    expect(change.textContent).toMatch(
      /^Sheet1!A1: "unknown" → "IDT"1\.2\.0: DIN EN ISO 9001:2015 \(ISO 9001:2015 in DE\): correspondence changed from unknown to IDT/,
    );
    expect(screen.getAllByTestId('audit-change')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Keep old values (freeze)' }));
    expect(await screen.findByText(/Kept the old values of 1 cells/)).toBeTruthy();
    expect(book.get('Sheet1', 0, 0)).toEqual({ formula: null, value: 'unknown' });
    expect(book.get('Sheet1', 1, 0).formula).toBe('=HARMONIZE.EQUIVALENT("ISO 9001","CN")');
    expect(book.comments.get('Sheet1!A1')).toMatch(/dataset 1\.1\.0/);
  });

  test('accepting the new values recomputes the workbook and stamps the installed dataset', async () => {
    const book = new FakeWorkbook(['Sheet1']);
    book.parts.set(STAMP_NAMESPACE, stampToXml({ version: '1.1.0', checksum: 'sha256:7577c684d000868f', computedAt: '2026-11-27T09:00:00.000Z' }));
    book.set('Sheet1', 0, 0, { formula: '=HARMONIZE.EQUIVALENT("ISO 9001","DE","correspondence")', value: 'unknown' });
    book.install();
    openWorkbookTab();
    await screen.findByText(/1\.1\.0/);
    fireEvent.click(screen.getByRole('button', { name: 'Audit values' }));
    await screen.findByTestId('audit-change');
    fireEvent.click(screen.getByRole('button', { name: 'Accept new values' }));
    expect(await screen.findByText('Workbook recomputed with the installed dataset.')).toBeTruthy();
    expect(book.fullCalculations).toBe(1);
    expect(book.parts.get(STAMP_NAMESPACE)).toContain(`<version>${bundledDataset.version}</version>`);
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
