// Debian Chromium through playwright-core, as the browser tests and the pane benchmark both drive it: the system
// binary (never a downloaded one), flags that keep it offline and quiet, and a fresh profile each launch.
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches with a new profile directory (playwright passes it as --user-data-dir); returns the context and it. */
async function launchChromium(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'harmonize-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: FLAGS, ...options });
  return { browser, profile };
}

module.exports = { CHROMIUM, launchChromium };
