/**
 * manifest.xml, and the manifest a deployment serves, validate against Microsoft's add-in manifest schemas (the 2020
 * copies in ../shared/manifest-schemas, patched for Runtimes; see their SOURCE.txt), checked with libxml2's xmllint.
 * Where xmllint or the schemas are absent the test is skipped with its reason; CI installs xmllint and sets
 * CI_REQUIRE_XMLLINT so that there it fails instead.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// scripts/deployManifest.js is CommonJS without a declaration file (webpack.config.js requires it too).
const { deployManifest } = createRequire(__filename)('../../scripts/deployManifest.js') as { deployManifest: (xml: string, deployUrl: string) => string };

const ROOT = join(__dirname, '..', '..');
const SCHEMA = join(ROOT, '..', 'shared', 'manifest-schemas', 'OfficeAppManifestV1_1.xsd');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const ready = hasXmllint && existsSync(SCHEMA);

function validate(xml: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'manifest.xml');
  writeFileSync(file, xml);
  try {
    return execFileSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    return String((error as { stderr?: unknown }).stderr);
  }
}

const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const deployed = deployManifest(manifest, 'https://example.org/harmonize/');

describe('the deployed manifest', () => {
  test('names no localhost: every address and the AppDomain are the deployment’s', () => {
    expect(deployed).not.toMatch(/localhost/);
    expect(deployed).toContain('<AppDomain>https://example.org</AppDomain>');
    expect(deployed).toContain('DefaultValue="https://example.org/harmonize/taskpane.html"');
  });
});

if (!ready && !process.env.CI_REQUIRE_XMLLINT) {
  test.skip(`manifest schema validation (skipped: ${hasXmllint ? `${SCHEMA} is absent` : 'xmllint is not installed; apt-get install libxml2-utils'})`, () => {});
} else {
  describe('manifest schema validation', () => {
    test.each([
      ['manifest.xml', manifest],
      ['the deployed manifest', deployed],
    ])('%s validates against OfficeAppManifestV1_1.xsd', (_, xml) => {
      expect(validate(xml)).not.toMatch(/fails to validate|error/i);
    });

    test('a manifest that breaks the schema fails', () => {
      expect(validate(manifest.replace('<Id>', '<Identifier>').replace('</Id>', '</Identifier>'))).toMatch(/fails to validate/);
    });
  });
}

describe('support and privacy pages', () => {
  test('the manifest points support and "learn more" at the support page, which links the privacy statement', () => {
    expect(manifest).toContain('<SupportUrl DefaultValue="https://localhost:3000/support.html"/>');
    expect(manifest).toContain('<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/support.html"/>');
    const support = readFileSync(join(ROOT, 'src', 'help', 'support.html'), 'utf8');
    expect(support).toContain('href="privacy.html"');
    const privacy = readFileSync(join(ROOT, 'src', 'help', 'privacy.html'), 'utf8');
    expect(privacy).toMatch(/No network/);
  });
});
