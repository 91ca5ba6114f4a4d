import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileDataset } from '../../../scripts/data/compile';
import { testWithSharedData } from '../../support/sharedData';
import { compileCrosswalks } from '../../../scripts/data/compileCrosswalks';
import { Problems } from '../../../scripts/data/problems';

const HEADER = 'from,from_framework,to,to_framework,relationship,strength,source,read,note';
const SRC = 'https://example.org/nist,2026-11-26';

function compile(...rows: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'harmonize-crosswalks-'));
  mkdirSync(join(dir, 'crosswalks'));
  writeFileSync(join(dir, 'crosswalks', 'x.csv'), [HEADER, ...rows].join('\n') + '\n');
  const problems = new Problems();
  const sources: string[] = [];
  const crosswalks = compileCrosswalks(dir, problems, (url) => (sources.includes(url) ? sources.indexOf(url) : sources.push(url) - 1));
  return { crosswalks, errors: problems.errors.map((p) => p.message) };
}

describe('crosswalk data check', () => {
  testWithSharedData('the bundled crosswalks compile without errors, one group per NIST file', () => {
    const { dataset, problems } = compileDataset();
    expect(problems.errors).toEqual([]);
    const counts = Object.fromEntries(dataset.crosswalks.map((c) => [`${c.fromFramework} -> ${c.toFramework}`, c.links.length]));
    expect(counts).toEqual({ 'CSF-2.0 -> SP800-53r5': 746, 'CSF-1.1 -> SP800-53r5': 552, 'PF-1.0 -> SP800-53r5': 570, 'SP800-53r5 -> ISO27001:2013': 739 });
    for (const c of dataset.crosswalks) expect(dataset.sources[c.src]).toMatch(/^https:\/\/github\.com\/.+\/[0-9a-f]{40}\//);
  });

  test('rows group by framework pair and source, with relationship and strength texts stored once', () => {
    const { crosswalks, errors } = compile(`AC-1,SP800-53r5,5.2,ISO27001:2013,mapped,,${SRC},`, `AC-2,SP800-53r5,A.9.2.1,ISO27001:2013,partial,7,${SRC},`, `AC-10,SP800-53r5,,ISO27001:2013,none,,${SRC},`);
    expect(errors).toEqual([]);
    expect(crosswalks).toEqual([
      {
        fromFramework: 'SP800-53r5',
        toFramework: 'ISO27001:2013',
        relationships: ['mapped', 'partial', 'none'],
        strengths: ['7'],
        links: [['AC-1', '5.2', 0], ['AC-2', 'A.9.2.1', 1, 0], ['AC-10', '', 2]],
        src: 0,
        read: '2026-11-26',
      },
    ]);
  });

  test.each([
    [`AC-1,SP800-53r5,5.2,ISO 27001,mapped,,${SRC},`, "to_framework 'ISO 27001' is not one of"],
    [`AC-1,SP800-53r5,5.2,ISO27001:2013,mapped,,,2026-11-26,`, 'Missing or malformed source address'],
    [`AC-1,SP800-53r5,5.2,ISO27001:2013,equivalent,,${SRC},`, "relationship 'equivalent' is not one of"],
    [`AC-1,SP800-53r5,5.2,ISO27001:2013,mapped,high,${SRC},`, "strength 'high' must be NIST's 1 to 10 or empty"],
    [`AC-1,SP800-53r5,,ISO27001:2013,mapped,,${SRC},`, "relationship 'mapped' needs a 'to' control"],
    [`AC-1,SP800-53r5,5.2,ISO27001:2013,none,,${SRC},`, "relationship 'none' must have no 'to' control"],
    [`AC-01,SP800-53r5,5.2,ISO27001:2013,mapped,,${SRC},`, "from 'AC-01' is not a SP800-53r5 id"],
    [`GV.OC-1,CSF-2.0,PM-11,SP800-53r5,mapped,,${SRC},`, "from 'GV.OC-1' is not a CSF-2.0 id"],
  ])('%s fails', (row, message) => expect(compile(row).errors.join('\n')).toContain(message));

  test('a duplicate link fails', () => {
    const row = `AC-1,SP800-53r5,5.2,ISO27001:2013,mapped,,${SRC},`;
    expect(compile(row, row).errors).toEqual(['Duplicate crosswalk link AC-1 -> 5.2 (SP800-53r5 -> ISO27001:2013)']);
  });
});
