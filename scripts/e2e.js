// npm run test:e2e: builds the add-in (office.js from node_modules), then runs the browser tests in Chromium: the pane,
// the pane at 320-450 px light and dark (screenshots in test-results/e2e/widths/), and npm start's dev server.
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const run = (args, env = {}) => {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!process.argv.includes('--no-build')) run([require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], { OFFICE_JS: 'local' });
run([join(ROOT, 'test', 'e2e', 'taskpane.e2e.js')]);
