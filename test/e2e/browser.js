// What the browser tests share: Debian Chromium through playwright-core, axe, and the layout checks.
// The functions passed to page.evaluate run inside the page, where these browser globals exist:
/* global document, window, getComputedStyle */
const assert = require('node:assert/strict');
const { join } = require('node:path');
const { AxeBuilder } = require('@axe-core/playwright');
const { launchChromium } = require('../../scripts/chromium');

const ROOT = join(__dirname, '..', '..');
const SHOTS = join(ROOT, 'test-results', 'e2e');

async function launchBrowser(options = {}) {
  const { browser } = await launchChromium({ viewport: { width: 420, height: 900 }, locale: 'en-US', ...options });
  return browser;
}

async function axeCheck(page, label) {
  // Tabster's dummy elements are Fluent UI's invisible focus sentinels: aria-hidden and focusable on purpose, so
  // that Tab can leave a focus group. They are excluded; everything the user can see or reach is checked.
  const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  // Every impact counts, minor and moderate too: each was fixed when found (the pane's missing level-one heading
  // was the last), so any new one is a regression. One exception: Fluent renders a tooltip in a portal at the end
  // of the body, outside the page's landmarks, and its trigger points to it with aria-describedby, so a tooltip
  // open at the moment of the check is not content a reader has lost.
  const portalTooltip = (v) => v.id === 'region' && v.nodes.every((n) => n.html.includes('role="tooltip"'));
  assert.deepEqual(
    results.violations.filter((v) => !portalTooltip(v)).map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`),
    [],
    `axe found violations on ${label}`,
  );
}

/**
 * How wide the page is against its viewport: the document's scroll width, and every visible element whose right
 * edge (or left edge) lies outside the viewport. An element inside a box that scrolls or clips counts only as far
 * as that box shows it: the matrix preview scrolls inside its own box, and that is the point.
 */
function measureWidth(page) {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const clips = (el) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(el).overflowX);
    const outside = [];
    let widest = 0;
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('[data-tabster-dummy]')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      let [left, right] = [box.left, box.right];
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (!clips(up)) continue;
        const shown = up.getBoundingClientRect();
        left = Math.max(left, shown.left);
        right = Math.min(right, shown.right);
      }
      if (right <= left) continue;
      // The content's edge: containers such as <main> span the viewport by design.
      if (el.childElementCount === 0) widest = Math.max(widest, right);
      if (right > viewport + 0.5 || left < -0.5) {
        outside.push(
          `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 40)} "${(el.textContent || '').trim().slice(0, 30)}" ${Math.round(left)}..${Math.round(right)}`,
        );
      }
    }
    return {
      scrollWidth: document.scrollingElement.scrollWidth,
      innerWidth: window.innerWidth,
      viewport,
      contentRight: Math.round(widest),
      outside: outside.slice(0, 10),
    };
  });
}

async function assertFits(page, label) {
  const m = await measureWidth(page);
  assert.ok(m.scrollWidth <= m.innerWidth, `${label}: the page scrolls sideways (scrollWidth ${m.scrollWidth} > innerWidth ${m.innerWidth})`);
  assert.deepEqual(m.outside, [], `${label}: elements reach beyond the ${m.viewport} px viewport`);
  return m;
}

/** Elements under `selector` whose text is cut: wider content than box (an ellipsis or a clip hides the rest). */
function clippedText(page, selector) {
  return page.evaluate((sel) => {
    const cut = [];
    for (const el of document.querySelectorAll(sel)) {
      for (const node of [el, ...el.querySelectorAll('*')]) {
        if (node.getBoundingClientRect().width === 0) continue;
        if (node.scrollWidth > node.clientWidth + 1 && node.textContent.trim())
          cut.push(`${node.textContent.trim()} (${node.clientWidth} < ${node.scrollWidth})`);
      }
    }
    return cut;
  }, selector);
}

module.exports = { ROOT, SHOTS, launchBrowser, axeCheck, measureWidth, assertFits, clippedText };
