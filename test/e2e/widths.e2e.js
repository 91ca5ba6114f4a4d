// The task pane at the widths Excel gives it (320, 350 and 450 px), light and dark: nothing wider than the pane,
// no header cut, a screenshot of every state in test-results/e2e/widths/.
// The functions passed to evaluateAll run inside the page, where this browser global exists:
/* global getComputedStyle */
const assert = require('node:assert/strict');
const { mkdirSync } = require('node:fs');
const { join } = require('node:path');
const { SHOTS, axeCheck, assertFits, clippedText } = require('./browser');

const WIDTHS = [320, 350, 450];
const THEMES = ['light', 'dark'];
const DIR = join(SHOTS, 'widths');
const MATRIX_STANDARDS = ['ISO 9001', 'ISO 14001', 'ISO 13485', 'ISO/IEC 27001', 'IEC 60601-1', 'ISO 45001'];
const MATRIX_PLACES = ['US', 'EU', 'CN', 'JP', 'DE', 'FR', 'GB', 'IN', 'BR', 'CA', 'AU'];

/** Opens a standard or jurisdiction from the search box, as a user does: type, then Enter on the first result. */
async function open(page, query) {
  const box = page.getByRole('combobox', { name: 'Search standards and jurisdictions' });
  await box.fill(query);
  await page.getByRole('option').first().waitFor();
  await box.press('Enter');
}

/** Selects a tab, from the "more tabs" menu when the pane is too narrow to show it in the row. */
async function openTab(page, name) {
  const tab = page.getByRole('tab', { name, exact: true });
  if (!(await tab.isVisible())) {
    await page.getByRole('tab', { name: /more tabs/ }).click();
    await page.getByRole('menuitem', { name }).click();
  } else await tab.click();
  assert.equal(await tab.getAttribute('aria-selected'), 'true', `${name} is selected and in the row`);
}

/**
 * A dozen results for a standard and its national designations: each row says what it is (the standard with its
 * newest edition, status and reach; a designation with its edition and place), and the first is the active one.
 */
async function checkSearchResults(page, label) {
  const box = page.getByRole('combobox', { name: 'Search standards and jurisdictions' });
  await box.fill('iso 13485');
  const options = page.getByRole('option');
  await options.first().waitFor();
  assert.ok((await options.count()) >= 5, `${label}: several results for iso 13485`);
  const first = await options.first().innerText();
  assert.match(first, /^ISO 13485\n.*Medical devices/, `${label}: the standard first, with its title`);
  assert.match(first, /ISO · ISO 13485:2016 · \d+ jurisdictions/, `${label}: publisher, newest edition and reach on one line`);
  assert.equal(await options.first().getAttribute('aria-selected'), 'true', `${label}: the first result is active`);
  const designation = await options.filter({ hasText: 'national designation' }).first().innerText();
  assert.match(designation, /ISO 13485:\d{4} in [A-Z]{2}/, `${label}: a designation row names its edition and place`);
}

async function checkSearchExamples(page) {
  const examples = page.getByRole('region', { name: 'Example searches' }).getByRole('button');
  assert.deepEqual(await examples.allInnerTexts(), ['ISO 13485', 'IEC 60601-1', 'Germany']);
}

async function checkStandardCard(page, label) {
  const card = page.getByRole('group', { name: 'Standard ISO 9001' });
  const rows = card.getByTestId('adoption-row');
  const total = await rows.count();
  assert.ok(total >= 40, `${label}: ISO 9001 lists ${total} adoptions`);
  assert.deepEqual(await clippedText(page, '[aria-label="Adoptions of ISO 9001"] [role="columnheader"]'), [], `${label}: adoption headers are cut`);
  // One line per designation; the longest is cut with an ellipsis at 320 px and tells its full text on focus.
  const designations = card.locator('[data-testid="adoption-row"] button');
  const lines = await designations.evaluateAll((buttons) =>
    buttons.map((b) => ({ height: b.getBoundingClientRect().height, hidden: b.scrollWidth - b.clientWidth, ellipsis: getComputedStyle(b).textOverflow })),
  );
  assert.ok(
    lines.every((l) => l.height <= 26 && l.ellipsis === 'ellipsis'),
    `${label}: a designation wraps or has no ellipsis`,
  );
  const longest = lines.reduce((best, l, i) => (l.hidden > lines[best].hidden ? i : best), 0);
  if (label.startsWith('320')) assert.ok(lines[longest].hidden > 0, `${label}: the longest designation should be cut`);
  const target = designations.nth(longest);
  const designation = (await target.textContent()).trim();
  // A key press first, so that the page is in keyboard mode as it is for someone tabbing through.
  // In view first: the tooltip hides itself while its target is scrolled out of sight.
  await target.scrollIntoViewIfNeeded();
  await page.keyboard.press('Tab');
  await target.focus();
  await page.getByRole('tooltip').filter({ hasText: designation }).waitFor();
  // The link row: only http(s) sources are links, and none of them to a bare IP address.
  const hrefs = await card.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.length > 0 && hrefs.every((h) => /^https?:\/\/[^/]*[a-z]/i.test(h) && !/^https?:\/\/[\d.]+[:/]/.test(h)), `${label}: source links`);
  return total;
}

async function checkFilterAndSort(page, total, label) {
  const card = page.getByRole('group', { name: 'Standard ISO 9001' });
  await card.getByRole('searchbox', { name: 'Filter adoptions of ISO 9001' }).fill('unknown');
  const unknown = await card.getByTestId('adoption-row').count();
  assert.ok(unknown > 0 && unknown < total, `${label}: filtering by unknown left ${unknown} of ${total}`);
  await card.getByRole('searchbox', { name: 'Filter adoptions of ISO 9001' }).fill('');
  await card.getByRole('combobox', { name: 'Sort adoptions by' }).click();
  await page.getByRole('option', { name: 'Degree (IDT first)' }).click();
  const degrees = await card.getByTestId('adoption-row').evaluateAll((rows) => rows.map((r) => r.querySelector('.fui-Badge').textContent));
  const rank = { IDT: 0, MOD: 1, NEQ: 2, unknown: 3 };
  assert.deepEqual(
    degrees.map((d) => rank[d]),
    [...degrees.map((d) => rank[d])].sort((a, b) => a - b),
    `${label}: sorted by degree`,
  );
}

async function checkMatrix(page, label) {
  await openTab(page, 'Matrix');
  await page.getByLabel('Standards (one per line, or pasted)').fill(MATRIX_STANDARDS.join('\n'));
  await page.getByLabel('Jurisdictions').fill(MATRIX_PLACES.join(', '));
  const preview = page.getByTestId('matrix-preview');
  await preview.waitFor();
  assert.equal(await preview.getByRole('row').count(), MATRIX_STANDARDS.length + 1);
  assert.deepEqual(await clippedText(page, '[data-testid="matrix-preview"] th'), [], `${label}: matrix headers are cut`);
  const box = page.getByRole('region', { name: /Matrix preview, scrolls/ });
  const sizes = await box.evaluate((b) => ({ scroll: b.scrollWidth, client: b.clientWidth }));
  assert.ok(sizes.scroll > sizes.client, `${label}: 11 jurisdictions should scroll inside the box (${sizes.scroll} <= ${sizes.client})`);
  // Sticky: scrolled to its right end, the standards column is still at the box's left edge.
  const sticky = await box.evaluate((b) => {
    b.scrollLeft = b.scrollWidth;
    const first = b.querySelector('tbody th').getBoundingClientRect().left - b.getBoundingClientRect().left;
    const header = b.querySelector('thead th:last-child').getBoundingClientRect().top - b.getBoundingClientRect().top;
    b.scrollLeft = 0;
    return { first, header };
  });
  assert.ok(Math.abs(sticky.first) <= 2 && Math.abs(sticky.header) <= 2, `${label}: sticky column and header ${JSON.stringify(sticky)}`);
  // Every error cell says why, and shows it on keyboard focus.
  const errors = preview.locator('td[data-error-reason]');
  const reasons = await errors.evaluateAll((cells) => cells.map((c) => c.getAttribute('data-error-reason')));
  assert.ok(reasons.length > 0 && reasons.every((r) => r.length > 10), `${label}: error cells without reasons`);
  const first = errors.first().locator('[tabindex="0"]');
  await page.keyboard.press('Tab');
  await first.focus();
  await page.getByRole('tooltip').filter({ hasText: reasons[0] }).waitFor();
  await first.hover();
  await page.getByRole('tooltip').filter({ hasText: reasons[0] }).waitFor();
  return { errors: reasons.length, ...sizes };
}

/** The Compare tab: the analyst's region (en-US) against the EU over medical devices, as compact gap rows. */
async function checkCompare(page, label) {
  await openTab(page, 'Compare');
  const list = page.getByRole('list', { name: 'Gaps between US and EU' });
  await list.waitFor();
  const rows = list.getByTestId('gap-row');
  const total = await rows.count();
  assert.ok(total >= 10, `${label}: US against EU lists ${total} gaps`);
  assert.match(await rows.first().innerText(), /harmonised in the EU \(EN ISO [^)]+\): no (current )?adoption recorded in US/, `${label}: most material first`);
  assert.match(await page.getByTestId('gaps-summary').innerText(), new RegExp(`^${total} gaps: `));
  assert.equal(await page.getByTestId('gaps-formula').innerText(), '=HARMONIZE.GAPS("US","EU","medical devices")');
  assert.equal(await page.getByRole('button', { name: 'Insert GAPS formula' }).isDisabled(), true, `${label}: insert needs Excel`);
  // One line per designation, cut with an ellipsis where it is long, its full text on keyboard focus.
  const designations = list.getByTestId('gap-designation');
  const lines = await designations.evaluateAll((spans) =>
    spans.map((s) => ({ height: s.getBoundingClientRect().height, hidden: s.scrollWidth - s.clientWidth, ellipsis: getComputedStyle(s).textOverflow })),
  );
  assert.ok(lines.length > 0 && lines.every((l) => l.height <= 22 && l.ellipsis === 'ellipsis'), `${label}: a gap's designation wraps or has no ellipsis`);
  const longest = lines.reduce((best, l, i) => (l.hidden > lines[best].hidden ? i : best), 0);
  if (label.startsWith('320')) assert.ok(lines[longest].hidden > 0, `${label}: the longest designation should be cut`);
  // The tooltip is checked on the longest of the first rows, which are in view without scrolling: Fluent hides a
  // tooltip whose target is out of sight, and scrolling the pane's list is not what this check is about.
  const firstRows = lines.slice(0, 6);
  const shown = firstRows.reduce((best, l, i) => (l.hidden > firstRows[best].hidden ? i : best), 0);
  const target = designations.nth(shown);
  const designation = (await target.textContent()).trim();
  await page.keyboard.press('Tab');
  await target.focus();
  await page.getByRole('tooltip').filter({ hasText: designation }).waitFor();
  await page.keyboard.press('Escape');
  return total;
}

async function runWidths(browser, origin) {
  mkdirSync(DIR, { recursive: true });
  const measured = [];
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const theme of THEMES) {
    for (const width of WIDTHS) {
      const label = `${width} px ${theme}`;
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${origin}/taskpane.html?theme=${theme}`);
      await page.getByRole('combobox', { name: 'Search standards and jurisdictions' }).waitFor();
      // The picture first, so that a failing check leaves the state it failed in to look at.
      const shot = async (state) => {
        await page.screenshot({ path: join(DIR, `${state}-${width}-${theme}.png`), fullPage: true });
        measured.push({ state, width, theme, ...(await assertFits(page, `${state} at ${label}`)) });
      };

      await checkSearchExamples(page);
      await shot('search');
      await axeCheck(page, `the empty search at ${label}`);

      await checkSearchResults(page, label);
      await shot('search-results');
      await axeCheck(page, `the search results at ${label}`);

      await open(page, 'ISO 9001');
      await page.getByRole('group', { name: 'Standard ISO 9001' }).waitFor();
      await shot('card');
      await axeCheck(page, `the standard card at ${label}`);
      const total = await checkStandardCard(page, label);
      await page.keyboard.press('Escape');
      await checkFilterAndSort(page, total, label);
      await shot('card-sorted');

      await open(page, 'ISO 13485');
      const standing = page.getByLabel('Regulatory standing of ISO 13485');
      await standing.waitFor();
      assert.match(
        await standing.innerText(),
        /EU harmonised: EN ISO 13485:2016\/A11:2021 .*\n.*FDA: ISO 13485:2016: incorporated by reference/s,
        `${label}: the regulation row`,
      );
      await shot('card-regulation');
      await axeCheck(page, `the regulation row at ${label}`);

      await open(page, 'ISO 37001');
      const searched = page.getByRole('list', { name: 'Places checked without finding an adoption' });
      await searched.waitFor();
      assert.match(await searched.innerText(), /^JP, checked \d{4}-\d{2}-\d{2}: no JIS/, `${label}: the search that found no JIS is listed`);
      await shot('card-searched');

      await open(page, 'Germany');
      const place = page.getByRole('group', { name: 'Jurisdiction Germany' });
      await place.waitFor();
      assert.match(await place.getByTestId('fact-body').innerText(), /Deutsches Institut für Normung/);
      assert.equal(await place.getByRole('button', { name: 'Insert =HARMONIZE.JURISDICTION("DE","body")' }).isDisabled(), true);
      await shot('jurisdiction');
      await axeCheck(page, `the jurisdiction card at ${label}`);

      const matrix = await checkMatrix(page, label);
      await shot('matrix');
      await axeCheck(page, `the matrix preview at ${label}`);
      measured[measured.length - 1].note = `${matrix.errors} error cells; preview box ${matrix.client} px showing ${matrix.scroll} px`;

      const gaps = await checkCompare(page, label);
      await shot('compare');
      await axeCheck(page, `the compare view at ${label}`);
      measured[measured.length - 1].note = `${gaps} gaps, US against EU in medical devices`;

      for (const tab of ['Formula', 'Workbook', 'Dataset']) {
        await openTab(page, tab);
        await shot(tab.toLowerCase());
      }
    }
  }
  assert.deepEqual(errors, [], 'no page errors');
  await page.close();
  return measured;
}

module.exports = { runWidths, WIDTHS, THEMES };
