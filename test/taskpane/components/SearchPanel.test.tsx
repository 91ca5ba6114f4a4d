/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { EXAMPLE_SEARCHES, SearchPanel } from '../../../src/taskpane/components/SearchPanel';
import { installJsdomShims, uninstallJsdomShims } from './jsdomShims';
import { bundledEngine } from '../../support/bundledData';

beforeAll(installJsdomShims);
afterAll(uninstallJsdomShims);

const renderSearch = (onPick = jest.fn()) => {
  render(
    <FluentProvider theme={webLightTheme}>
      <SearchPanel onPick={onPick} />
    </FluentProvider>,
  );
  return onPick;
};
const box = () => screen.getByRole<HTMLInputElement>('combobox', { name: 'Search standards and jurisdictions' });

describe('the empty search', () => {
  test('teaches with three example searches: a standard, a part, a country', () => {
    renderSearch();
    const examples = within(screen.getByRole('region', { name: 'Example searches' })).getAllByRole('button');
    expect(examples.map((b) => b.textContent)).toEqual(['ISO 13485', 'IEC 60601-1', 'Germany']);
    expect(EXAMPLE_SEARCHES.every((e) => e.why.length > 0)).toBe(true);
  });

  test.each([
    ['ISO 13485', 'standard', 'ISO 13485'],
    ['IEC 60601-1', 'standard', 'IEC 60601-1'],
    ['Germany', 'jurisdiction', 'DE'],
  ])('clicking %s runs that search, and Enter opens its first result', (example, kind, id) => {
    const onPick = renderSearch();
    fireEvent.click(screen.getByRole('button', { name: example }));
    expect(box().value).toBe(example);
    expect(document.activeElement).toBe(box());
    expect(screen.queryByRole('region', { name: 'Example searches' })).toBeNull();
    expect(screen.getAllByRole('option')[0].textContent).toContain(id);
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ kind, id }));
  });

  test('the examples come back when the box is cleared', () => {
    renderSearch();
    fireEvent.change(box(), { target: { value: 'iso' } });
    expect(screen.queryByRole('region', { name: 'Example searches' })).toBeNull();
    fireEvent.change(box(), { target: { value: '' } });
    expect(screen.getByRole('region', { name: 'Example searches' })).toBeTruthy();
  });
});

test('a national designation picked names its jurisdiction too', () => {
  const onPick = renderSearch();
  fireEvent.change(box(), { target: { value: 'GB/T 19001-2016' } });
  const option = screen.getAllByRole('option').find((o) => o.textContent?.startsWith('GB/T 19001-2016'))!;
  fireEvent.click(option);
  expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ kind: 'designation', jurisdiction: 'CN', standard: 'ISO 9001:2015' }));
});

describe('a result row', () => {
  test('a standard shows its publisher, newest edition and reach on one line; a designation says what it is', () => {
    renderSearch();
    fireEvent.change(box(), { target: { value: 'iso 13485' } });
    const options = screen.getAllByRole('option');
    const places = new Set(
      bundledEngine()
        .catalog.adoptionsOf('ISO 13485')
        .map((a) => a.jurisdiction),
    ).size;
    expect(options[0].textContent).toContain(`ISO · ISO 13485:2016 · ${places} jurisdictions`);
    const text = (designation: string) => options.find((o) => o.textContent?.startsWith(designation))?.textContent;
    expect(text('EN ISO 13485:2016')).toMatch(/ISO 13485:2016 in EUregional designation$/);
    expect(text('DIN EN ISO 13485')).toMatch(/in DEnational designation$/);
  });

  test('moving through the list marks one row active at a time, and a row keeps its DOM while typing narrows the list', () => {
    renderSearch();
    // 'iso 1348' also finds ISO 13488, which 'iso 13485' drops: the Korean row moves up one place and keeps its node.
    fireEvent.change(box(), { target: { value: 'iso 1348' } });
    const row = (id: string) => screen.getAllByRole('option').find((o) => o.textContent?.startsWith(id))!;
    const before = row('KS P ISO 13485');
    const indexBefore = screen.getAllByRole('option').indexOf(before);
    fireEvent.change(box(), { target: { value: 'iso 13485' } });
    const after = row('KS P ISO 13485');
    expect(screen.getAllByRole('option').indexOf(after)).toBe(indexBefore - 1);
    expect(after).toBe(before);
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    const selected = screen.getAllByRole('option').filter((o) => o.getAttribute('aria-selected') === 'true');
    expect(selected).toHaveLength(1);
    expect(selected[0]).toBe(screen.getAllByRole('option')[1]);
  });
});

describe('the pointer and the active result', () => {
  test('a result that appears under a resting pointer does not take Enter from the first; moving onto it does', () => {
    const onPick = renderSearch();
    fireEvent.change(box(), { target: { value: 'ISO 37001' } });
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(3);
    // The list rendered beneath the pointer: the browser reports the pointer entering a row, not moving on it.
    fireEvent.mouseEnter(options[3]);
    fireEvent.mouseOver(options[3]);
    expect(options[0].getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(onPick).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'standard', id: 'ISO 37001' }));
    fireEvent.change(box(), { target: { value: 'ISO 37001 ' } });
    const again = screen.getAllByRole('option');
    fireEvent.mouseMove(again[3]);
    expect(again[3].getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box(), { key: 'Enter' });
    const id = again[3].firstElementChild!.textContent;
    expect(id).not.toBe('ISO 37001');
    expect(onPick).toHaveBeenLastCalledWith(expect.objectContaining({ id }));
  });
});

test("a standard's result shows its newest edition's status, a withdrawn one apart from a current one", () => {
  renderSearch();
  const statusOf = (id: string) => {
    fireEvent.change(box(), { target: { value: id } });
    const option = screen.getAllByRole('option').find((o) => o.querySelector('span')?.textContent === id)!;
    return within(option).getByText(/^(current|withdrawn|superseded)$/);
  };
  const current = statusOf('ISO 9001');
  expect(current.textContent).toBe('current');
  const withdrawn = statusOf('IEC 60065');
  expect(withdrawn.textContent).toBe('withdrawn');
  // Drawn apart, as Fluent's success and warning tints are.
  expect(withdrawn.className).not.toBe(current.className);
});
