/**
 * A second, independent reader: the workbook `harmonize matrix --xlsx` writes opens in LibreOffice headless and
 * converts to PDF without error. Skipped with its reason where soffice is not installed; CI installs it
 * (libreoffice-calc-nogui) and sets CI_REQUIRE_SOFFICE so that there it fails instead.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;

if (!hasSoffice && !process.env.CI_REQUIRE_SOFFICE) {
  test.skip('the matrix workbook opens in LibreOffice (skipped: soffice is not installed; apt-get install libreoffice-calc-nogui)', () => {});
} else {
  test('the matrix workbook opens in LibreOffice and converts to PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'harmonize-lo-'));
    const xlsx = join(dir, 'matrix.xlsx');
    const io = { out: () => undefined, err: () => undefined };
    expect(await runCli(['matrix', '--standards', 'ISO 9001,IEC 60601-1', '--jurisdictions', 'CN,EU,ZA', '--xlsx', xlsx, '--allow-na'], io)).toBe(0);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, xlsx], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    const pdf = join(dir, 'matrix.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect(statSync(pdf).size).toBeGreaterThan(1000);
  }, 150_000);
}
