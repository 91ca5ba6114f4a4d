import { existsSync } from 'node:fs';
import { DATA_DIR, sharedDataDir } from '../../scripts/data/readSources';

/**
 * Recompiling the bundled data reads the shared source tables beside the repository (../shared/data). A test that
 * recompiles it runs where they are, is skipped with its reason where they are not, and fails instead when
 * CI_REQUIRE_SHARED_DATA is set, as .ci/run does.
 */
export const sharedDataPresent = existsSync(sharedDataDir(DATA_DIR));
const required = Boolean(process.env.CI_REQUIRE_SHARED_DATA);

export function testWithSharedData(name: string, fn: () => void): void {
  if (sharedDataPresent || required) test(name, fn);
  else test.skip(`${name} (skipped: ${sharedDataDir(DATA_DIR)} is absent; recompiling the data reads the shared source tables)`, fn);
}
