/**
 * @jest-environment jsdom
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { type CellValue, isHarmonizeError } from '../../../src/core';
import { bundledEngine } from '../../support/bundledData';
import { MatrixPreview } from '../../../src/taskpane/components/MatrixPreview';
import { installJsdomShims, uninstallJsdomShims } from './jsdomShims';

beforeAll(installJsdomShims);
afterAll(uninstallJsdomShims);

const STANDARDS = ['ISO 9001', 'ISO 14001', 'ISO 13485', 'ISO/IEC 27001', 'IEC 60601-1', 'ISO 45001'];
const PLACES = ['US', 'EU', 'CN', 'JP', 'DE', 'FR', 'GB', 'IN', 'BR', 'CA', 'AU'];
const grid = bundledEngine().matrix([STANDARDS], [PLACES]) as CellValue[][];

const renderPreview = () =>
  render(
    <FluentProvider theme={webLightTheme}>
      <MatrixPreview grid={grid} />
    </FluentProvider>,
  );

describe('the matrix preview', () => {
  test('a 6 x 11 matrix sits in its own keyboard-scrollable region, with column and row headers', () => {
    renderPreview();
    const region = screen.getByRole('region', { name: 'Matrix preview, scrolls both ways' });
    expect(region.tabIndex).toBe(0);
    const table = within(region).getByRole('table', { name: 'Matrix preview' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([String(grid[0][0]), ...PLACES]);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(STANDARDS);
  });

  test('every error cell gives its reason, shown on keyboard focus', async () => {
    renderPreview();
    const errors = grid
      .slice(1)
      .flatMap((row) => row.slice(1))
      .filter(isHarmonizeError);
    expect(errors.length).toBeGreaterThan(0);
    const cells = screen.getAllByText((_, el) => el?.tagName === 'TD' && el.hasAttribute('data-error-reason'));
    expect(cells.map((c) => c.getAttribute('data-error-reason'))).toEqual(errors.map((e) => e.message));
    const focusable = cells.map((c) => c.querySelector<HTMLElement>('[tabindex="0"]')!);
    expect(focusable.every((f) => f.textContent === '#N/A' || f.textContent === '#VALUE!')).toBe(true);
    await userEvent.setup().tab();
    act(() => focusable[0].focus());
    expect((await screen.findByRole('tooltip')).textContent).toBe(`${errors[0].code} ${errors[0].message}`);
  });

  test('a long value keeps its full text in the title', () => {
    renderPreview();
    const cell = screen.getAllByRole('cell').find((c) => (c.textContent ?? '').length > 15)!;
    expect(cell.getAttribute('title')).toBe(cell.textContent);
  });
});
