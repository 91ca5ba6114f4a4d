// npm start: build and serve the add-in over HTTPS on localhost:3000, then sideload it where Excel desktop runs.
const { spawn, spawnSync } = require('node:child_process');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { ensureCertificate } = require('./devCertificate');

const ROOT = join(__dirname, '..');
const PORT = Number(process.env.PORT || 3000);
const STATE = join(ROOT, '.harmonize-dev.json');

const certificate = ensureCertificate();
console.log(`HTTPS certificate: ${certificate.cert} (${certificate.origin})`);

const server = spawn(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), 'serve', '--mode', 'development'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, PORT: String(PORT) },
});
writeFileSync(STATE, JSON.stringify({ pid: server.pid, starter: process.pid, port: PORT }));

const desktop = process.platform === 'win32' || process.platform === 'darwin';
if (desktop && !process.env.HARMONIZE_NO_SIDELOAD) {
  // Fetched on demand: its dependency tree builds a native keychain module that Linux CI cannot build.
  spawnSync('npx', ['--yes', 'office-addin-dev-settings', 'sideload', 'manifest.xml', 'desktop'], { cwd: ROOT, stdio: 'inherit', shell: true });
} else {
  console.log(`
Harmonize is served at https://localhost:${PORT}/
  Preview the task pane in a browser:   https://localhost:${PORT}/taskpane.html  (accept the self-signed certificate once)
  Function reference:                   https://localhost:${PORT}/help.html
  Sideload into Excel on the web:       open a workbook at office.com, then Home > Add-ins > More Add-ins >
                                        My Add-ins > Upload My Add-in, and choose ${join(ROOT, 'manifest.xml')}
Stop with Ctrl+C here, or npm stop from another terminal.
`);
}

const stop = () => {
  server.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => process.exit(code ?? 0));
