import { UnlinkedCitations, describeCitations, standardNumberedBy } from '../../../src/core/dataset/europeanCitations';

const citation = (designation: string) => ({ designation, act: 'Regulation (EU) 2017/745', ojReference: 'OJ L 1', src: 0, read: '2026-12-07' });

describe('citations of ENs no record links to an international edition', () => {
  test.each([
    ['EN ISO 3743-2:2019', 'ISO 3743-2'],
    ['EN ISO/IEC 17025:2017', 'ISO/IEC 17025'],
    ['EN IEC 60601-2-83:2020', 'IEC 60601-2-83'],
    ['EN 62841-1:2015', 'IEC 62841-1'],
    ['EN 60898-2:2021', 'IEC 60898-2'],
    // CENELEC's own numbers, CEN's European-only ones and the CISPR range name no ISO or IEC number.
    ['EN 50520:2020', null],
    ['EN 285:2015+A1:2021', null],
    ['EN 55035:2017', null],
  ])('%s carries the number of %s', (designation, standard) => expect(standardNumberedBy(designation)).toBe(standard));

  const index = new UnlinkedCitations([citation('EN 285:2015+A1:2021'), citation('EN 62841-1:2015'), citation('EN 62841-2-11:2016')]);

  test('an EN is found as cited, or typed without its year and amendments, but not by a neighbour', () => {
    for (const typed of ['EN 285:2015+A1:2021', 'EN 285', 'en285', 'EN 285:2015']) {
      expect(index.ofDesignation(typed).map((c) => c.designation)).toEqual(['EN 285:2015+A1:2021']);
    }
    expect(index.ofDesignation('EN 2850')).toEqual([]);
    expect(index.ofDesignation('EN 62841-1').map((c) => c.designation)).toEqual(['EN 62841-1:2015']);
  });

  test('a standard number finds the ENs carrying exactly that number', () => {
    expect(index.numbering('IEC 62841-1').map((c) => c.designation)).toEqual(['EN 62841-1:2015']);
    expect(index.numbering('IEC 62841-2')).toEqual([]);
    expect(index.numbering('ISO 62841-1')).toEqual([]);
  });

  test('the description names the act and the Official Journal reference, three citations at most', () => {
    expect(describeCitations([citation('EN 285:2015+A1:2021')])).toBe('EN 285:2015+A1:2021 under Regulation (EU) 2017/745 (OJ L 1)');
    const four = ['EN 1', 'EN 2', 'EN 3', 'EN 4'].map(citation);
    expect(describeCitations(four)).toMatch(/EN 3 under .*; and 1 more$/);
  });
});
