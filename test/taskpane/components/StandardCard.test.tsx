/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../../src/taskpane/components/App';
import { type CardActions, StandardCard, orderPlaces } from '../../../src/taskpane/components/StandardCard';
import { FakeWorkbook, uninstallGlobals } from '../../support/excel';
import { readCatalogueFile } from '../../../src/cli/catalogueFile';
import { runtime } from '../../../src/runtime/engine';
import { installJsdomShims, uninstallJsdomShims } from './jsdomShims';

beforeAll(installJsdomShims);
afterAll(uninstallJsdomShims);
afterEach(uninstallGlobals);

const actions: CardActions = { canWrite: false, onInsertFormula: jest.fn(), onInsertAdoptions: jest.fn(), onCopy: jest.fn() };
const picker = () => screen.getByRole('combobox', { name: 'Jurisdiction for the formula' });
/** The pane outside Excel with a query typed in its search box: the option whose text starts as given. */
const searchOption = (query: string, startsWith: string) => {
  render(<App host={{ inExcel: false, dark: false }} />);
  fireEvent.change(screen.getByRole('combobox', { name: 'Search standards and jurisdictions' }), { target: { value: query } });
  return screen.getAllByRole('option').find((o) => o.textContent?.startsWith(startsWith))!;
};

describe("the card's jurisdiction picker", () => {
  test.each([
    [['AR', 'CN', 'GB', 'US'], [], ['AR', 'CN', 'GB', 'US']],
    [['AR', 'CN', 'GB', 'US'], ['GB'], ['GB', 'AR', 'CN', 'US']],
    // Preferred places the standard has no adoption in are not offered.
    [
      ['AR', 'CN', 'GB', 'US'],
      ['FR', 'US', 'CN'],
      ['US', 'CN', 'AR', 'GB'],
    ],
  ])('places %j with preferred %j are offered as %j', (places, preferred, expected) => {
    expect(orderPlaces(places, preferred)).toEqual(expected);
  });

  test('starts at the first preferred jurisdiction, not the first alphabetically', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <StandardCard standardKey="ISO 13485" actions={actions} preferred={['GB', 'JP']} />
      </FluentProvider>,
    );
    expect(picker().textContent).toBe('GB');
  });

  test("in Excel it starts with the jurisdictions the workbook's formulas already name", async () => {
    const book = new FakeWorkbook(['Sheet1']);
    book.set('Sheet1', 0, 0, { formula: '=HARMONIZE.EQUIVALENT("ISO 9001","Japan")', value: 'JIS Q 9001:2015' });
    book.install();
    render(<App host={{ inExcel: true, dark: false }} />);
    const box = screen.getByRole('combobox', { name: 'Search standards and jurisdictions' });
    fireEvent.change(box, { target: { value: 'ISO 13485' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(picker().textContent).toBe('JP'));
  });

  test('a national designation picked in search starts the picker at its jurisdiction', () => {
    fireEvent.click(searchOption('GB/T 19001-2016', 'GB/T 19001-2016'));
    expect(screen.getByRole('group', { name: 'Standard ISO 9001' })).toBeTruthy();
    expect(picker().textContent).toBe('CN');
  });

  test('a European-only EN picked in search says what the Official Journal cites, and opens no card', () => {
    const option = searchOption('EN 285', 'EN 285:2015+A1:2021');
    expect(option.textContent).toContain('EU harmonised citation');
    fireEvent.click(option);
    expect(screen.queryByRole('group', { name: /^Standard / })).toBeNull();
    expect(screen.getByText(/^EN 285:2015\+A1:2021: cited in the Official Journal under Regulation \(EU\) 2017\/745/)).toBeTruthy();
  });

  test('a derived national designation typed in full is found and starts the picker at its jurisdiction', () => {
    fireEvent.click(searchOption('BS EN ISO 9001', 'BS EN ISO 9001:2015'));
    expect(screen.getByRole('group', { name: 'Standard ISO 9001' })).toBeTruthy();
    expect(picker().textContent).toBe('GB');
  });
});

describe('catalogues searched without finding an adoption', () => {
  test('the card lists them after the adoptions, with the place, the day and what was searched', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <StandardCard standardKey="ISO 37001" actions={actions} />
      </FluentProvider>,
    );
    const list = screen.getByRole('list', { name: 'Places checked without finding an adoption' });
    expect(list.textContent).toMatch(/^JP, checked 2026-12-05: no JIS, TS or TR with 37001 in its number/);
  });

  test('a standard with no recorded search shows no such list', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <StandardCard standardKey="ISO 13485" actions={actions} />
      </FluentProvider>,
    );
    expect(screen.queryByRole('list', { name: 'Places checked without finding an adoption' })).toBeNull();
  });
});

describe("the card's status", () => {
  const status = () => {
    const facts = screen.getByText('Status').nextElementSibling;
    return facts?.textContent;
  };

  test("is STANDARD's answer: a status the dataset lacks comes from the IEC webstore once the catalogues are loaded", async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <StandardCard standardKey="ISO/IEC 7816-2" actions={actions} />
      </FluentProvider>,
    );
    expect(status()).toBe('not recorded');
    runtime.setCatalogueSource(readCatalogueFile);
    await act(async () => {
      await runtime.engineWithCatalogue();
    });
    // The dataset records ISO/IEC 7816-2:2007 without a status; the webstore lists it as published.
    expect(status()).toBe('current');
  });
});

describe("the card's regulatory standing", () => {
  const card = (standardKey: string) =>
    render(
      <FluentProvider theme={webLightTheme}>
        <StandardCard standardKey={standardKey} actions={actions} />
      </FluentProvider>,
    );

  test('names the cited EN with each act, and the FDA incorporation, each with its source', () => {
    card('ISO 13485');
    const standing = screen.getByLabelText('Regulatory standing of ISO 13485');
    expect(standing.textContent).toContain(
      'EU harmonised: EN ISO 13485:2016/A11:2021 (ISO 13485:2016) under Regulation (EU) 2017/745 and Regulation (EU) 2017/746',
    );
    expect(standing.textContent).toContain('FDA: ISO 13485:2016: incorporated by reference in 21 CFR part 820');
    expect(standing.querySelectorAll('a[href^="http"]').length).toBeGreaterThanOrEqual(2);
  });

  test('an EN carrying the number, that no record links to an edition, is named without claiming an adoption', () => {
    card('IEC 62841-1');
    expect(screen.getByLabelText('Regulatory standing of IEC 62841-1').textContent).toContain(
      'EN 62841-1:2015 under Directive 2006/42/EC (Commission Implementing Decision (EU) 2023/1586); the edition of IEC 62841-1 it adopts is not recorded',
    );
  });

  test('a standard no regulator is recorded for shows no such row', () => {
    card('ISO 9001');
    expect(screen.queryByLabelText('Regulatory standing of ISO 9001')).toBeNull();
  });
});
