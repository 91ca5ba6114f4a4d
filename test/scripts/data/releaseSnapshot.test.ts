import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readKeptRelease } from '../../../scripts/data/releaseSnapshot';

describe('kept releases', () => {
  it('reads a kept release, and names the kept ones when asked for one that is not kept', () => {
    const dir = mkdtempSync(join(tmpdir(), 'harmonize-kept-'));
    for (const version of ['1.9.0', '1.10.0']) writeFileSync(join(dir, `${version}.json`), JSON.stringify({ version, adoptions: [] }));
    writeFileSync(join(dir, 'README.txt'), 'not a release');
    expect(readKeptRelease('1.10.0', dir).version).toBe('1.10.0');
    expect(() => readKeptRelease('1.11.0', dir)).toThrow('No kept release 1.11.0 in data/releases (kept: 1.9.0, 1.10.0)');
  });
});
