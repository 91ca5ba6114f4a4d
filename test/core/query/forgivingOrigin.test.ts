import { isHarmonizeError } from '../../../src/core';
import { bundledEngine } from '../../support/bundledData';
import { looseDesignationKeys } from '../../../src/core/text';
import { readCatalogueFile } from '../../../src/cli/catalogueFile';
import { CatalogueIndex } from '../../../src/core/catalogue/catalogueIndex';

const engine = bundledEngine();
const origin = (designation: string) => {
  const answer = engine.origin(designation);
  const cell = isHarmonizeError(answer) ? answer : answer[0];
  return isHarmonizeError(cell) ? `${cell.code} ${cell.message}` : (cell as unknown[]).join(' ');
};

describe('ORIGIN takes the designation as people print it', () => {
  test.each([
    ['BS EN ISO 14971:2019', 'ISO 14971:2019 GB'],
    ['DIN EN ISO 13485:2016', 'ISO 13485:2016 DE'],
    ['NBR ISO 9001', 'ISO 9001:2015 BR'],
    ['ABNT NBR ISO 9001:2015', 'ISO 9001:2015 BR'],
    ['GB/T 19001—2016', 'ISO 9001:2015 CN'],
    ['BS EN ISO 13485:2016+A11:2021', 'ISO 13485:2016 GB'],
    ['UNE-EN ISO 13485', 'ISO 13485:2016 ES'],
    ['csn en iso 13485', 'ISO 13485:2016 CZ'],
  ])('%s -> %s', (typed, expected) => expect(origin(typed)).toBe(expected));

  test('a designation no record reads like stays #N/A', () => {
    expect(origin('XYZ 123')).toMatch(/^#N\/A/);
  });
});

describe('loose designation keys', () => {
  test.each([
    ['DIN EN 60601-1 ; VDE 0750-1:2013-12', ['DINEN606011']],
    ['GB/T 19001-2016', ['GBT19001']],
    ['GB/T 22080', ['GBT22080']],
    ['ABNT NBR ISO 9001:2015', ['ABNTNBRISO9001', 'NBRISO9001']],
    ['I.S. EN 60601-1:2006&A1:2013', ['ISEN606011']],
    ['SS-EN 60601-1, utg 2:2006', ['SSEN606011']],
  ])('%s reads as %j', (designation, keys) => expect(looseDesignationKeys(designation)).toEqual(keys));
});

describe('SEARCH finds a place by any name JURISDICTION accepts', () => {
  test('Deutschland finds Germany', () => {
    const answer = engine.withCatalogue(new CatalogueIndex(readCatalogueFile())).search('Deutschland');
    expect(isHarmonizeError(answer) ? answer.message : answer[1]).toEqual(['DE', 'Germany', 'jurisdiction']);
  });
});
