/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Adoption } from '../../../src/core';
import { AdoptionList } from '../../../src/taskpane/components/AdoptionList';
import { adoptionRecord } from '../../support/adoptionRecord';
import { installJsdomShims, uninstallJsdomShims } from './jsdomShims';

beforeAll(installJsdomShims);
afterAll(uninstallJsdomShims);

const LONG = 'ANSI/AAMI/ISO 13485:2016 (R2019) Medical devices - Quality management systems';
const adoption = (
  jurisdiction: string,
  designation: string,
  correspondence: Adoption['correspondence'],
  year: number | null,
  source: string,
  provenance: Adoption['provenance'] = 'cited',
): Adoption =>
  adoptionRecord({
    standard: 'ISO 13485:2016',
    jurisdiction,
    designation,
    correspondence,
    year,
    source,
    read: '2026-03-01',
    provenance,
    rule: provenance === 'derived' ? 'DIN-CEN' : null,
  });
const ROWS = [
  adoption('US', LONG, null, 2019, 'http://www.accessdata.fda.gov/scripts/cdrh/cfdocs/cfStandards/detail.cfm?id=1'),
  adoption('DE', 'DIN EN ISO 13485', 'IDT', 2021, 'https://www.din.de/x', 'derived'),
  adoption('CN', 'YY/T 0287-2017', 'IDT', 2017, 'http://183.214.217.157:8888/portal/article/tsindex.html?id=1'),
  adoption('BR', 'ABNT NBR ISO 13485:2016', 'MOD', 2016, 'javascript:alert(1)', 'workbook'),
];

const renderList = (onCopy = jest.fn()) => {
  render(
    <FluentProvider theme={webLightTheme}>
      <AdoptionList standardKey="ISO 13485" adoptions={ROWS} onCopy={onCopy} />
    </FluentProvider>,
  );
  return onCopy;
};
const shownPlaces = () => screen.getAllByTestId('adoption-row').map((r) => r.firstElementChild!.textContent);

describe('the adoption list', () => {
  test('filters by any word of the row, and says how many it shows', () => {
    renderList();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter adoptions of ISO 13485' }), { target: { value: 'idt' } });
    expect(shownPlaces()).toEqual(['CN', 'DE']);
    expect(screen.getByRole('status').textContent).toBe('2 of 4 shown');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter adoptions of ISO 13485' }), { target: { value: 'brazil' } });
    expect(shownPlaces()).toEqual(['BR']);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter adoptions of ISO 13485' }), { target: { value: 'zzz' } });
    expect(screen.queryAllByTestId('adoption-row')).toHaveLength(0);
    expect(screen.getByText('No adoption matches “zzz”.')).toBeTruthy();
  });

  test('sorts by jurisdiction, degree or year from the picker', async () => {
    renderList();
    expect(shownPlaces()).toEqual(['BR', 'CN', 'DE', 'US']);
    const sort = screen.getByRole('combobox', { name: 'Sort adoptions by' });
    fireEvent.click(sort);
    fireEvent.click(await screen.findByRole('option', { name: 'Degree (IDT first)' }));
    expect(shownPlaces()).toEqual(['CN', 'DE', 'BR', 'US']);
    expect(sort.textContent).toBe('Sort: Degree');
    fireEvent.click(sort);
    fireEvent.click(await screen.findByRole('option', { name: 'Year (newest first)' }));
    expect(shownPlaces()).toEqual(['DE', 'US', 'CN', 'BR']);
  });

  test('a designation is one line whose full text shows on keyboard focus, and a click copies it', async () => {
    const onCopy = renderList();
    const user = userEvent.setup();
    await user.click(screen.getByRole('searchbox', { name: 'Filter adoptions of ISO 13485' }));
    await user.type(screen.getByRole('searchbox', { name: 'Filter adoptions of ISO 13485' }), 'ANSI');
    const designation = within(screen.getByTestId('adoption-row')).getByRole('button', { name: LONG });
    // Tab puts the page in keyboard mode; the arrow-key group then moves focus to the designation.
    await user.tab();
    expect(screen.queryByRole('tooltip')).toBeNull();
    act(() => designation.focus());
    expect(document.activeElement).toBe(designation);
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip.textContent).toBe(`${LONG} (adopts ISO 13485:2016). Click to copy.`);
    expect(designation.getAttribute('aria-describedby')).toBe(tooltip.id);
    fireEvent.click(designation);
    expect(onCopy).toHaveBeenCalledWith(LONG);
  });

  test('the designation shows its full text on hover too', async () => {
    renderList();
    const user = userEvent.setup();
    await user.hover(screen.getByRole('button', { name: 'DIN EN ISO 13485' }));
    expect((await screen.findByRole('tooltip')).textContent).toBe('DIN EN ISO 13485 (adopts ISO 13485:2016). Click to copy.');
  });

  test('provenance links only to web addresses on named hosts, upgrading known sites to https', () => {
    renderList();
    const provenance = (place: string) =>
      screen.getAllByTestId('adoption-row').find((r) => r.firstElementChild!.textContent === place)!.lastElementChild as HTMLElement;
    expect(
      within(provenance('US'))
        .getByRole('link', { name: /^cited, source for US/ })
        .getAttribute('href'),
    ).toBe('https://www.accessdata.fda.gov/scripts/cdrh/cfdocs/cfStandards/detail.cfm?id=1');
    expect(within(provenance('DE')).getByRole('link').getAttribute('title')).toBe('derived: din.de, read 2026-03-01; derived by rule DIN-CEN');
    // A bare IP address and a script are text, with the address in the title to copy deliberately.
    expect(within(provenance('CN')).queryByRole('link')).toBeNull();
    expect(provenance('CN').textContent).toBe('cited');
    expect(provenance('CN').querySelector('[title]')!.getAttribute('title')).toContain('183.214.217.157');
    expect(within(provenance('BR')).queryByRole('link')).toBeNull();
    expect(provenance('BR').textContent).toBe('workbook');
  });

  test('an edition inferred from dates is starred in the provenance column and said in its link and tooltip, with any newer edition', async () => {
    const inferred = {
      ...adoption('RU', 'ГОСТ ISO 9001-2011', null, 2011, 'https://docs.cntd.ru/document/1'),
      standard: 'ISO 9001:2008',
      editionInferred: true,
    };
    render(
      <FluentProvider theme={webLightTheme}>
        <AdoptionList standardKey="ISO 9001" adoptions={[inferred, ROWS[2]]} onCopy={jest.fn()} />
      </FluentProvider>,
    );
    const rowOf = (place: string) => screen.getAllByTestId('adoption-row').find((r) => r.firstElementChild!.textContent === place)!;
    const [ru, cn] = [rowOf('RU'), rowOf('CN')];
    expect(cn.lastElementChild!.textContent).toBe('cited');
    const link = within(ru.lastElementChild as HTMLElement).getByRole('link', { name: /^cited, edition inferred from publication dates/ });
    expect(link.textContent).toBe('cited*');
    expect(link.getAttribute('title')).toBe('cited: docs.cntd.ru, read 2026-03-01; edition inferred from publication dates (see the note)');
    await userEvent.setup().hover(within(ru).getByRole('button'));
    expect((await screen.findByRole('tooltip')).textContent).toBe(
      'ГОСТ ISO 9001-2011 (adopts ISO 9001:2008; edition inferred from publication dates (see the note); ISO 9001:2026 has since been published). Click to copy.',
    );
  });

  test('the tooltip says whether a source states the document is in force, and the filter finds it by that word', async () => {
    const rows = [
      { ...adoption('CA', 'CAN/CSA-Z11135:15', null, 2015, 'https://standards.globalspec.com/std/1'), status: 'withdrawn' as const },
      { ...adoption('GB', 'BS EN ISO 13485:2016', 'IDT', 2016, 'https://shop.bsigroup.com/x'), status: 'current' as const },
      ROWS[2],
      { ...adoption('KR', 'KS P ISO 13485:2030', 'IDT', 2030, 'https://example.org/kr'), status: 'upcoming' as const, inForce: '2031-01-01' },
      // A superseded row names what replaced it where the bundled data says (India answers ISO 9001 with IS/ISO 9001 : 2015).
      adoptionRecord({ standard: 'ISO 9001:2008', jurisdiction: 'IN', designation: 'IS/ISO 9001 : 2008', status: 'superseded' }),
    ];
    render(
      <FluentProvider theme={webLightTheme}>
        <AdoptionList standardKey="ISO 13485" adoptions={rows} onCopy={jest.fn()} />
      </FluentProvider>,
    );
    const user = userEvent.setup();
    await user.hover(screen.getByRole('button', { name: 'BS EN ISO 13485:2016' }));
    expect((await screen.findByRole('tooltip')).textContent).toBe('BS EN ISO 13485:2016 (adopts ISO 13485:2016; in force). Click to copy.');
    await user.hover(screen.getByRole('button', { name: 'CAN/CSA-Z11135:15' }));
    expect((await screen.findByText(/^CAN\/CSA-Z11135:15 \(adopts/)).textContent).toBe('CAN/CSA-Z11135:15 (adopts ISO 13485:2016; withdrawn). Click to copy.');
    // No status stated: the tooltip says nothing about it rather than guess.
    await user.hover(screen.getByRole('button', { name: 'YY/T 0287-2017' }));
    expect((await screen.findByText(/^YY\/T 0287-2017 \(adopts/)).textContent).toBe('YY/T 0287-2017 (adopts ISO 13485:2016). Click to copy.');
    await user.hover(screen.getByRole('button', { name: 'KS P ISO 13485:2030' }));
    expect((await screen.findByText(/^KS P ISO 13485:2030 \(adopts/)).textContent).toBe(
      'KS P ISO 13485:2030 (adopts ISO 13485:2016; published, not yet in force (takes effect 2031-01-01)). Click to copy.',
    );
    await user.hover(screen.getByRole('button', { name: 'IS/ISO 9001 : 2008' }));
    expect((await screen.findByText(/^IS\/ISO 9001 : 2008 \(adopts/)).textContent).toMatch(
      /^IS\/ISO 9001 : 2008 \(adopts ISO 9001:2008; superseded by IS\/ISO 9001 : 2015[;)]/,
    );
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter adoptions of ISO 13485' }), { target: { value: 'withdrawn' } });
    expect(shownPlaces()).toEqual(['CA']);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter adoptions of ISO 13485' }), { target: { value: 'upcoming' } });
    expect(shownPlaces()).toEqual(['KR']);
  });

  test("the row in force names the place's document that will replace it once it takes effect", async () => {
    // China's GB 18280.1-2025 is published and takes effect on 2029-01-01 (bundled data).
    const row = adoptionRecord({ standard: 'ISO 11137-1:2006', jurisdiction: 'CN', designation: 'GB 18280.1-2015', status: 'current' });
    render(
      <FluentProvider theme={webLightTheme}>
        <AdoptionList standardKey="ISO 11137-1" adoptions={[row]} onCopy={jest.fn()} />
      </FluentProvider>,
    );
    await userEvent.setup().hover(screen.getByRole('button', { name: 'GB 18280.1-2015' }));
    expect((await screen.findByRole('tooltip')).textContent).toBe(
      'GB 18280.1-2015 (adopts ISO 11137-1:2006; in force; GB 18280.1-2025 takes effect on 2029-01-01; ISO 11137-1:2025 has since been published). Click to copy.',
    );
  });

  test('degrees show as badges, unknown where no source states one', () => {
    renderList();
    const rows = screen.getAllByTestId('adoption-row');
    expect(rows.map((r) => within(r).getByLabelText(/^Correspondence/).textContent)).toEqual(['MOD', 'IDT', 'IDT', 'unknown']);
  });
});
