/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { bundledEngine } from '../../support/bundledData';
import { FakeWorkbook, uninstallGlobals } from '../../support/excel';
import { App } from '../../../src/taskpane/components/App';
import { JurisdictionCard, jurisdictionFormula } from '../../../src/taskpane/components/JurisdictionCard';
import { installJsdomShims, uninstallJsdomShims } from './jsdomShims';

beforeAll(installJsdomShims);
afterAll(uninstallJsdomShims);
afterEach(uninstallGlobals);

const engine = bundledEngine();
const renderCard = (code: string, canWrite: boolean, onInsertFormula = jest.fn()) => {
  render(
    <FluentProvider theme={webLightTheme}>
      <JurisdictionCard code={code} canWrite={canWrite} onInsertFormula={onInsertFormula} />
    </FluentProvider>,
  );
  return onInsertFormula;
};
const fact = (field: string) => screen.getByTestId(`fact-${field}`).textContent;
/** The one cell engine.jurisdiction answers for a field: a value, or an error with its message. */
const cellOf = (code: string, field: string) => (engine.jurisdiction(code, field) as unknown[][])[0][0];
const answer = (code: string, field: string) => String(cellOf(code, field));

describe('the jurisdiction card', () => {
  test("shows the answers of JURISDICTION's fields: body, memberships, blocs, WTO, GDPR adequacy, IFRS", () => {
    renderCard('JP', false);
    expect(screen.getByRole('heading', { name: 'Japan' })).toBeTruthy();
    for (const field of ['body', 'iso', 'blocs', 'wto', 'ifrs', 'gdprAdequacy']) expect(fact(field)).toContain(answer('JP', field));
    expect(fact('gdprAdequacy')).toMatch(/adequacy/i);
  });

  test("a fact not recorded says so in core's words, not as a blank", () => {
    renderCard('DE', false);
    const missing = cellOf('DE', 'gdprAdequacy') as { message: string };
    expect(fact('gdprAdequacy')).toBe(missing.message);
  });

  test('counts the adoptions recorded for the place and lists its recognition schemes', () => {
    renderCard('DE', false);
    const recorded = engine.catalog.adoptions.filter((a) => a.jurisdiction === 'DE').length;
    expect(fact('adoptions')).toMatch(new RegExp(`^${recorded} adoptions of \\d+ standards`));
    const schemes = within(screen.getByRole('list', { name: 'Recognition schemes of DE' })).getAllByRole('listitem');
    expect(schemes.map((s) => s.textContent)).toContain('IAF-MLA: DAkkS (German Accreditation); food safety management (ISO/TS 22003 FSSC 22000) extension');
  });

  test('a bloc lists its members', () => {
    renderCard('EU', false);
    expect(fact('members')).toContain('DE');
  });

  test('outside Excel the insert actions are disabled', () => {
    renderCard('DE', false);
    const insert = screen.getByRole<HTMLButtonElement>('button', { name: 'Insert =HARMONIZE.JURISDICTION("DE","body")' });
    expect(insert.disabled).toBe(true);
  });

  test('in Excel each fact inserts its JURISDICTION formula', () => {
    const onInsert = renderCard('DE', true);
    fireEvent.click(screen.getByRole('button', { name: 'Insert =HARMONIZE.JURISDICTION("DE","wto")' }));
    expect(onInsert).toHaveBeenCalledWith('=HARMONIZE.JURISDICTION("DE","wto")');
    expect(jurisdictionFormula('DE', 'gdprAdequacy')).toBe('=HARMONIZE.JURISDICTION("DE","gdprAdequacy")');
  });
});

test('choosing a jurisdiction in search opens its card, whose insert writes at the active cell', async () => {
  const book = new FakeWorkbook(['Sheet1']);
  book.activeCell = { row: 1, column: 1 };
  book.install();
  render(<App host={{ inExcel: true, dark: false }} />);
  const box = screen.getByRole('combobox', { name: 'Search standards and jurisdictions' });
  fireEvent.change(box, { target: { value: 'Deutschland' } });
  fireEvent.keyDown(box, { key: 'Enter' });
  const card = screen.getByRole('group', { name: 'Jurisdiction Germany' });
  expect(within(card).getByTestId('fact-body').textContent).toContain('Deutsches Institut für Normung');
  fireEvent.click(within(card).getByRole('button', { name: 'Insert =HARMONIZE.JURISDICTION("DE","body")' }));
  await waitFor(() => expect(book.get('Sheet1', 1, 1).formula).toBe('=HARMONIZE.JURISDICTION("DE","body")'));
  await screen.findByText('Inserted at Sheet1!B2');
});
