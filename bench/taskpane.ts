/**
 * The built task pane in headless Debian Chromium, outside Office: time to interactive (navigation start to the
 * search box in the DOM, cache disabled so every run downloads and parses the bundles) and per-keystroke search
 * latency (input event to results committed and laid out, measured inside the page, so no CDP round trip counts).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { TYPED_QUERIES } from './coreSearch';
import { serveDirectory } from '../scripts/staticServer';
import { summarise, type Summary } from './stats';

export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SEARCH_BOX = '[aria-label="Search standards and jurisdictions"]';

export interface TaskPaneResult {
  interactive: Summary;
  keystroke: Summary;
  resultsShown: number;
}

/** Runs inside the page: types each query a character at a time the way React sees typing, timing each key. */
async function typeQueries({ selector, queries }: { selector: string; queries: string[] }): Promise<{ samples: number[]; shown: number }> {
  const box = document.querySelector(selector) as HTMLInputElement;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const samples: number[] = [];
  let shown = 0;
  for (const query of queries) {
    for (let i = 1; i <= query.length; i++) {
      const start = performance.now();
      setValue.call(box, query.slice(0, i));
      // React renders a discrete input event synchronously; reading a layout property forces style and layout.
      box.dispatchEvent(new Event('input', { bubbles: true }));
      void document.body.offsetHeight;
      samples.push(performance.now() - start);
      await new Promise((r) => setTimeout(r, 0));
    }
    shown += document.querySelectorAll('[role="option"]').length;
    setValue.call(box, '');
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }
  return { samples, shown };
}

export async function benchTaskPane(dist: string, loads = 7, typingRounds = 3): Promise<TaskPaneResult | string> {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is not installed (apt-get install chromium)`;
  const { server, origin } = await serveDirectory(resolve(dist));
  const profile = mkdtempSync(join(tmpdir(), 'harmonize-bench-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: FLAGS });
  try {
    const interactive: number[] = [];
    const keystroke: number[] = [];
    let resultsShown = 0;
    for (let i = 0; i < loads; i++) {
      const page = await browser.newPage();
      const cdp = await browser.newCDPSession(page);
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await page.goto(`${origin}/taskpane.html`, { waitUntil: 'commit' });
      const handle = await page.waitForFunction(
        (selector) => (document.querySelector(selector) ? performance.now() : null),
        SEARCH_BOX,
        { polling: 'raf', timeout: 30_000 },
      );
      interactive.push((await handle.jsonValue()) as number);
      if (i < typingRounds) {
        const typed = await page.evaluate(typeQueries, { selector: SEARCH_BOX, queries: TYPED_QUERIES });
        keystroke.push(...typed.samples);
        resultsShown = typed.shown;
      }
      await page.close();
    }
    return { interactive: summarise(interactive), keystroke: summarise(keystroke), resultsShown };
  } finally {
    await browser.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
