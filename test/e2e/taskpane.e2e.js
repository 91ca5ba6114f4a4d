// End-to-end: the built task pane in Debian Chromium, outside Office (Office.onReady resolves with a null host);
// then the pane at Excel's widths (widths.e2e.js) and npm start's dev server (devServer.e2e.js).
const assert = require('node:assert/strict');
const { mkdirSync } = require('node:fs');
const { join } = require('node:path');
const { serveDirectory } = require('../../scripts/staticServer');
const { ROOT, SHOTS, axeCheck, launchBrowser } = require('./browser');
const { runDevServer } = require('./devServer.e2e');
const { runWidths } = require('./widths.e2e');

async function main() {
  mkdirSync(SHOTS, { recursive: true });
  const { server, origin } = await serveDirectory(join(ROOT, 'dist'));
  // The dev server's certificate is self-signed; the static server is plain http on loopback.
  const browser = await launchBrowser({ ignoreHTTPSErrors: true });
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
    // Every row names its provenance (starred where the edition was inferred from dates); web sources are links.
    const provenance = await card.getByTestId('adoption-row').evaluateAll((list) => list.map((r) => r.lastElementChild.textContent));
    assert.ok(
      provenance.every((p) => /^(cited|derived|workbook)\*?$/.test(p)),
      `provenance: ${provenance}`,
    );
    const hrefs = await card.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.length >= rows / 2 && hrefs.every((h) => /^https?:\/\//.test(h)), 'adoption rows link their sources');
    assert.equal(await card.getByRole('button', { name: 'Insert EQUIVALENT formula' }).isDisabled(), true);
    await page.screenshot({ path: join(SHOTS, 'card.png'), fullPage: true });
    await axeCheck(page, 'the standard card');

    await page.getByRole('tab', { name: 'Matrix' }).click();
    await page.getByLabel('Standards (one per line, or pasted)').fill('ISO 9001\nISO 14001\nISO 13485');
    await page.getByLabel('Jurisdictions').fill('EU, CN, JP');
    const preview = page.getByTestId('matrix-preview');
    await preview.waitFor();
    assert.equal(await preview.getByRole('row').count(), 4);
    assert.match(await preview.getByRole('row').nth(1).innerText(), /EN ISO 9001:2015/);
    await page.screenshot({ path: join(SHOTS, 'matrix.png'), fullPage: true });
    await axeCheck(page, 'the matrix builder');

    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByLabel('Jurisdiction A').fill('DE');
    await page.getByLabel('Jurisdiction B').fill('US');
    const gaps = page.getByRole('list', { name: 'Gaps between DE and US' });
    await gaps.waitFor();
    // Harmonised gaps first, as GAPS orders them (here an old US adoption that may be out of date).
    assert.match(
      await gaps.getByTestId('gap-row').first().innerText(),
      /ISO 10993-10[\s\S]*DIN EN ISO 10993-10[\s\S]*harmonised in the EU[\s\S]*may be out of date/,
    );
    assert.match(await gaps.getByTestId('gap-row').filter({ hasText: 'ISO 10993-23' }).innerText(), /DIN EN ISO 10993-23[\s\S]*harmonised in the EU/);
    await page.screenshot({ path: join(SHOTS, 'compare.png'), fullPage: true });
    await axeCheck(page, 'the compare view');

    await page.getByRole('tab', { name: 'Formula' }).click();
    assert.equal(await page.getByTestId('formula-text').innerText(), '=HARMONIZE.EQUIVALENT("ISO 13485","CN")');
    assert.equal(await page.getByTestId('formula-preview').innerText(), 'GB/T 42061-2022');
    await page.screenshot({ path: join(SHOTS, 'formula.png'), fullPage: true });
    await axeCheck(page, 'the formula builder');

    assert.deepEqual(outside, [], 'the pane made no request beyond its own origin');
    assert.deepEqual(errors, [], 'no page errors');
    console.log(
      `e2e passed: time to interactive ${interactiveMs} ms, ${rows} adoption rows for ISO 13485, no axe findings on the card, matrix, compare or formula views, screenshots in ${SHOTS}`,
    );

    const measured = await runWidths(browser, origin);
    console.log('widths: state, width, theme: document scroll width / viewport, rightmost visible content edge');
    for (const m of measured)
      console.log(
        `  ${m.state.padEnd(12)} ${m.width} ${m.theme.padEnd(5)} ${m.scrollWidth}/${m.viewport} px, rightmost content ${m.contentRight} px${m.note ? `; ${m.note}` : ''}`,
      );
    console.log(`widths passed: ${measured.length} states, screenshots in ${join(SHOTS, 'widths')}`);

    const port = await runDevServer(browser);
    console.log(`dev server passed: https://localhost:${port}/ redirected to the pane, which rendered; server stopped`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
