// npm stop: stops the server npm start left running, and removes the sideloaded add-in on Windows and macOS.
const { spawnSync } = require('node:child_process');
const { existsSync, readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');

const STATE = join(__dirname, '..', '.harmonize-dev.json');

if (!existsSync(STATE)) {
  console.log('Harmonize is not running (no .harmonize-dev.json).');
  process.exit(0);
}
const { pid, starter } = JSON.parse(readFileSync(STATE, 'utf8'));
for (const p of [pid, starter]) {
  try {
    process.kill(p, 'SIGTERM');
  } catch {
    // Already gone.
  }
}
rmSync(STATE, { force: true });
if (process.platform === 'win32' || process.platform === 'darwin') {
  spawnSync('npx', ['--yes', 'office-addin-dev-settings', 'unregister', 'manifest.xml'], { stdio: 'inherit', shell: true });
}
console.log('Harmonize dev server stopped.');
