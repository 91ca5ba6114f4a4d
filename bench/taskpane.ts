/**
 * The built task pane in headless Debian Chromium, outside Office: time to interactive (navigation start to the
 * search box in the DOM, cache disabled so every run downloads and parses the bundles) and per-keystroke search
 * latency over the dataset and the catalogues (input event to results committed and laid out, measured inside the
 * page, so no CDP round trip counts), once focusing the box has fetched and indexed the catalogues.
 */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { CATALOGUE_QUERIES } from './coreSearch';
import { CHROMIUM, launchChromium } from '../scripts/chromium';
import { serveDirectory } from '../scripts/staticServer';
import { summarise, type Summary } from './stats';

const SEARCH_BOX = '[aria-label="Search standards and jurisdictions"]';

export interface TaskPaneResult {
  interactive: Summary;
  keystroke: Summary;
  resultsShown: number;
  /** From focusing the search box (which fetches the catalogues) to their search index being ready. */
  cataloguesReady: Summary;
}

/** Runs inside the page: focuses the search box, which fetches and indexes the catalogues, and waits for them. */
async function focusAndWaitForCatalogues(selector: string): Promise<number> {
  const box = document.querySelector(selector) as HTMLInputElement;
  const start = performance.now();
  box.focus();
  while (box.getAttribute('data-catalogues') !== 'indexed') {
    if (performance.now() - start > 30_000) throw new Error('the catalogues were not indexed within 30 s');
    await new Promise((r) => setTimeout(r, 5));
  }
  return performance.now() - start;
}

/** Runs inside the page: types each query a character at a time the way React sees typing, timing each key. */
async function typeQueries({ selector, queries }: { selector: string; queries: string[] }): Promise<{ samples: number[]; shown: number }> {
  const box = document.querySelector(selector) as HTMLInputElement;
  // Not a named function: tsx wraps those in a helper the page does not have. React tracks the value through the
  // prototype's setter, so the input's own property would not count as typing.
  const valueSetter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
  const samples: number[] = [];
  let shown = 0;
  for (const query of queries) {
    for (let i = 1; i <= query.length; i++) {
      const start = performance.now();
      valueSetter.set!.call(box, query.slice(0, i));
      // React renders a discrete input event synchronously; reading a layout property forces style and layout.
      box.dispatchEvent(new Event('input', { bubbles: true }));
      void document.body.offsetHeight;
      samples.push(performance.now() - start);
      await new Promise((r) => setTimeout(r, 0));
    }
    shown += document.querySelectorAll('[role="option"]').length;
    valueSetter.set!.call(box, '');
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }
  return { samples, shown };
}

export async function benchTaskPane(dist: string, loads = 7, typingRounds = 3): Promise<TaskPaneResult | string> {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is not installed (apt-get install chromium)`;
  const { server, origin } = await serveDirectory(resolve(dist));
  const { browser, profile } = await launchChromium();
  try {
    const interactive: number[] = [];
    const keystroke: number[] = [];
    const cataloguesReady: number[] = [];
    let resultsShown = 0;
    for (let i = 0; i < loads; i++) {
      const page = await browser.newPage();
      const cdp = await browser.newCDPSession(page);
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await page.goto(`${origin}/taskpane.html`, { waitUntil: 'commit' });
      const handle = await page.waitForFunction((selector) => (document.querySelector(selector) ? performance.now() : null), SEARCH_BOX, {
        polling: 'raf',
        timeout: 30_000,
      });
      interactive.push((await handle.jsonValue()) as number);
      if (i < typingRounds) {
        cataloguesReady.push(await page.evaluate(focusAndWaitForCatalogues, SEARCH_BOX));
        const typed = await page.evaluate(typeQueries, { selector: SEARCH_BOX, queries: CATALOGUE_QUERIES });
        keystroke.push(...typed.samples);
        resultsShown = typed.shown;
      }
      await page.close();
    }
    return { interactive: summarise(interactive), keystroke: summarise(keystroke), resultsShown, cataloguesReady: summarise(cataloguesReady) };
  } finally {
    await browser.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
