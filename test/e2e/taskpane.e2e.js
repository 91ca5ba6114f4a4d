// End-to-end: the built task pane in Debian Chromium, outside Office (Office.onReady resolves with a null host).
const assert = require('node:assert/strict');
const { mkdirSync, mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { chromium } = require('playwright-core');
const { AxeBuilder } = require('@axe-core/playwright');
const { serveDirectory } = require('../../scripts/staticServer');

const ROOT = join(__dirname, '..', '..');
const SHOTS = join(ROOT, 'test-results', 'e2e');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function axeCheck(page, label) {
  // Tabster's dummy elements are Fluent UI's invisible focus sentinels: aria-hidden and focusable on purpose, so
  // that Tab can leave a focus group. They are excluded; everything the user can see or reach is checked.
  const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.html.slice(0, 160)).join(" | ")}`), [], `axe found serious or critical violations on ${label}`);
  return results.violations.length;
}

async function main() {
  mkdirSync(SHOTS, { recursive: true });
  const { server, origin } = await serveDirectory(join(ROOT, 'dist'));
  // A fresh profile each run: playwright passes it to Chromium as --user-data-dir.
  const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'harmonize-chromium-')), {
    executablePath: CHROMIUM,
    args: FLAGS,
    viewport: { width: 420, height: 900 },
  });
  const outside = [];
  const errors = [];
  try {
    const page = await browser.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) outside.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(e.message));

    const started = Date.now();
    await page.goto(`${origin}/taskpane.html`);
    const box = page.getByRole('combobox', { name: 'Search standards and jurisdictions' });
    await box.waitFor();
    const interactiveMs = Date.now() - started;
    await page.getByText(/Open this pane in Excel to insert/).waitFor();

    await box.fill('13485');
    await page.getByRole('option').first().waitFor();
    await box.press('Enter');
    const card = page.getByRole('group', { name: /Standard ISO 13485/ });
    await card.waitFor();
    const rows = await card.getByTestId('adoption-row').count();
    assert.ok(rows >= 5, `expected adoption rows, got ${rows}`);
    const hrefs = await card.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.length >= rows && hrefs.every((h) => /^https?:\/\//.test(h)), 'every adoption row links its source');
    assert.equal(await card.getByRole('button', { name: 'Insert EQUIVALENT formula' }).isDisabled(), true);
    await page.screenshot({ path: join(SHOTS, 'card.png'), fullPage: true });
    const minorCard = await axeCheck(page, 'the standard card');

    await page.getByRole('tab', { name: 'Matrix' }).click();
    await page.getByLabel('Standards (one per line, or pasted)').fill('ISO 9001\nISO 14001\nISO 13485');
    await page.getByLabel('Jurisdictions').fill('EU, CN, JP');
    const preview = page.getByTestId('matrix-preview');
    await preview.waitFor();
    assert.equal(await preview.getByRole('row').count(), 4);
    assert.match(await preview.getByRole('row').nth(1).innerText(), /EN ISO 9001:2015/);
    await page.screenshot({ path: join(SHOTS, 'matrix.png'), fullPage: true });
    await axeCheck(page, 'the matrix builder');

    await page.getByRole('tab', { name: 'Formula' }).click();
    assert.equal(await page.getByTestId('formula-text').innerText(), '=HARMONIZE.EQUIVALENT("ISO 13485","CN")');
    assert.equal(await page.getByTestId('formula-preview').innerText(), 'GB/T 42061-2022');
    await page.screenshot({ path: join(SHOTS, 'formula.png'), fullPage: true });
    await axeCheck(page, 'the formula builder');

    assert.deepEqual(outside, [], 'the pane made no request beyond its own origin');
    assert.deepEqual(errors, [], 'no page errors');
    console.log(`e2e passed: time to interactive ${interactiveMs} ms, ${rows} adoption rows for ISO 13485, ${minorCard} minor axe findings on the card, screenshots in ${SHOTS}`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
