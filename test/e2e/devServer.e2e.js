// npm start's server, as npm start runs it (webpack serve, development mode, the localhost certificate), on a free
// port: its address without a path must open the pane, and the pane must render with no page error.
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const { createServer } = require('node:net');
const { join } = require('node:path');
const { ROOT, SHOTS } = require('./browser');
const { ensureCertificate } = require('../../scripts/devCertificate');

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** Resolves once webpack reports its first compilation; rejects if the server exits or takes over two minutes. */
function waitForCompile(server, log) {
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the dev server did not compile in 120 s:\n${log.join('')}`)), 120_000);
    const read = (chunk) => {
      log.push(String(chunk));
      if (/compiled (successfully|with \d+ warnings?)/.test(log.join(''))) {
        clearTimeout(timer);
        done();
      } else if (/compiled with \d+ errors?/.test(log.join(''))) {
        clearTimeout(timer);
        fail(new Error(`the dev server failed to compile:\n${log.join('')}`));
      }
    };
    server.stdout.on('data', read);
    server.stderr.on('data', read);
    server.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the dev server exited (${code}):\n${log.join('')}`));
    });
  });
}

async function runDevServer(browser) {
  ensureCertificate();
  const port = await freePort();
  const log = [];
  const server = spawn(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), 'serve', '--mode', 'development'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const page = await browser.newPage();
  try {
    await waitForCompile(server, log);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(`https://localhost:${port}/`);
    assert.equal(new URL(page.url()).pathname, '/taskpane.html', '/ opens the pane');
    assert.equal(response.status(), 200);
    await page.getByRole('combobox', { name: 'Search standards and jurisdictions' }).waitFor({ timeout: 30_000 });
    await page.getByRole('region', { name: 'Example searches' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'dev-server.png'), fullPage: true });
    assert.deepEqual(errors, [], 'the dev server page renders without page errors');
    return port;
  } finally {
    await page.close();
    if (server.exitCode === null) {
      const exited = new Promise((done) => server.once('exit', done));
      server.kill('SIGTERM');
      await exited;
    }
  }
}

module.exports = { runDevServer };
