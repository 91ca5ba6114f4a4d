import { type Answer, type CellValue, isHarmonizeError } from '../../../src/core';
import { bundledEngine } from '../../support/bundledData';
import { resolveFramework } from '../../../src/core/query/crosswalkFrameworks';

/** Against the bundled NIST crosswalks (data/crosswalks), so these rows are NIST's own mappings. */
const engine = bundledEngine();
const show = (v: CellValue) => (isHarmonizeError(v) ? `${v.code} ${v.message}` : v);
const table = (answer: Answer) => (isHarmonizeError(answer) ? show(answer) : answer.map((row) => row.map(show)));
const crosswalk = (control: unknown, from: unknown, to: unknown) => table(engine.crosswalk(control as never, from as never, to as never));
/** The mapped controls only, without the header row: "control relationship" per row. */
const targets = (control: string, from: string, to: string) => {
  const answer = crosswalk(control, from, to);
  return Array.isArray(answer) ? answer.slice(1).map((r) => `${r[0]} ${r[2]}`) : answer;
};

describe('CROSSWALK framework names', () => {
  test.each([
    ['CSF 2.0', 'CSF-2.0'],
    ['csf2', 'CSF-2.0'],
    ['NIST CSF', 'CSF-2.0'],
    ['NIST CSF v2.0', 'CSF-2.0'],
    ['CSF 1.1', 'CSF-1.1'],
    ['Privacy Framework', 'PF-1.0'],
    ['NIST Privacy Framework 1.0', 'PF-1.0'],
    ['800-53', 'SP800-53r5'],
    ['SP 800-53 Rev 5', 'SP800-53r5'],
    ['NIST SP 800-53 Revision 5', 'SP800-53r5'],
    ['sp800-53r5', 'SP800-53r5'],
    ['ISO 27001', 'ISO27001:2013'],
    ['ISO/IEC 27001:2013', 'ISO27001:2013'],
  ])('%s -> %s', (text, id) => expect(resolveFramework(text, 'from_framework')).toBe(id));

  test.each(['ISO 27001:2022', '800-53 r4', 'CSF 1.0', 'COBIT'])('%s is not a bundled framework', (text) => {
    const answer = resolveFramework(text, 'from_framework');
    expect(isHarmonizeError(answer) && show(answer)).toMatch(/^#N\/A Unknown from_framework '.*' - known frameworks: CSF-2.0 .*ISO27001:2013/);
  });
});

describe('CROSSWALK', () => {
  test('spills a header row and the mapped controls', () => {
    expect(crosswalk('GV.OC-01', 'CSF 2.0', '800-53')).toEqual([
      ['control', 'framework', 'relationship', 'strength'],
      ['PM-11', 'SP800-53r5', 'mapped', null],
    ]);
  });

  test.each([
    ['gv.oc-01', 'CSF 2.0', '800-53', ['PM-11 mapped']],
    ['GV.OC-1', 'csf2', 'SP800-53r5', ['PM-11 mapped']],
    ['ID.AM-1', 'CSF 1.1', '800-53', ['CM-8 mapped', 'PM-5 mapped']],
    ['ID.IM-P1', 'Privacy Framework', 'SP 800-53 Rev 5', ['CM-8 mapped', 'CM-12 mapped', 'CM-13 mapped', 'PM-5 mapped']],
    ['ac-2', '800-53', 'ISO 27001', ['A.9.2.1 mapped', 'A.9.2.2 mapped', 'A.9.2.3 mapped', 'A.9.2.5 mapped', 'A.9.2.6 mapped']],
    ['AC-02', 'SP 800-53 Rev 5', 'ISO/IEC 27001:2013', ['A.9.2.1 mapped', 'A.9.2.2 mapped', 'A.9.2.3 mapped', 'A.9.2.5 mapped', 'A.9.2.6 mapped']],
    ['AC2', 'sp800-53r5', 'iso27001', ['A.9.2.1 mapped', 'A.9.2.2 mapped', 'A.9.2.3 mapped', 'A.9.2.5 mapped', 'A.9.2.6 mapped']],
    ['CA-7', '800-53', 'ISO 27001', ['9.1 mapped', '9.2 mapped', 'A.18.2.2 mapped', 'A.18.2.3 partial']],
    ['MA-2', '800-53', 'ISO 27001', ['A.11.2.4 partial', 'A.11.2.5 partial']],
  ])('%s from %s to %s', (control, from, to, expected) => expect(targets(control, from, to)).toEqual(expected));

  test.each([
    [
      'A.9.2.1',
      'ISO 27001',
      '800-53',
      ['AC-2 mapped (reverse)', 'IA-2 mapped (reverse)', 'IA-4 mapped (reverse)', 'IA-5 mapped (reverse)', 'IA-8 mapped (reverse)'],
    ],
    ['A.18.2.3', 'ISO 27001', '800-53', ['CA-2 mapped (reverse)', 'CA-7 partial (reverse)']],
    ['PM-11', '800-53', 'CSF 2.0', ['GV.OC-01', 'GV.OC-04', 'GV.OC-05', 'ID.RA-04', 'DE.AE-04', 'RC.RP-04'].map((c) => `${c} mapped (reverse)`)],
    ['pt', '800-53', 'NIST CSF', ['GV.OC-03 mapped (reverse)']],
    ['AC-3(14)', '800-53', 'Privacy Framework', ['CT.PO-P2 mapped (reverse)', 'CT.PO-P3 mapped (reverse)', 'CT.DM-P1 mapped (reverse)']],
    ['ac-3.14', '800-53', 'PF', ['CT.PO-P2 mapped (reverse)', 'CT.PO-P3 mapped (reverse)', 'CT.DM-P1 mapped (reverse)']],
  ])('reverse: %s from %s to %s reads the published direction backwards', (control, from, to, expected) =>
    expect(targets(control, from, to)).toEqual(expected),
  );

  test("NIST's 'all -1 controls' reaches every family's -1 control, in both directions", () => {
    const dashOnes = targets('ID.GV-1', 'CSF 1.1', '800-53');
    expect(dashOnes).toHaveLength(20);
    expect(dashOnes).toEqual(expect.arrayContaining(['AC-1 mapped', 'PM-1 mapped', 'SR-1 mapped']));
    expect(targets('SR-1', '800-53', 'CSF 1.1')).toEqual(['ID.BE-1', 'ID.GV-1', 'ID.GV-3', 'ID.SC-1', 'DE.DP-2'].map((c) => `${c} mapped (reverse)`));
  });

  test.each([
    ['AC-99', '800-53', 'ISO 27001', "#N/A Unknown control 'AC-99' in SP800-53r5 (no NIST crosswalk names it) - did you mean AC-9, AC-19, CA-9?"],
    ['AC-2(1)', '800-53', 'ISO 27001', "#N/A Unknown control 'AC-2(1)' in SP800-53r5 (no NIST crosswalk names it) - did you mean AC-2?"],
    ['A.9.2.1', '800-53', 'CSF 2.0', "#N/A Unknown control 'A.9.2.1' in SP800-53r5 (no NIST crosswalk names it) - it is an id of ISO27001:2013"],
    ['AC-10', '800-53', 'ISO 27001', '#N/A NIST maps AC-10 to no ISO27001:2013 control'],
    ['AC-13', '800-53', 'ISO 27001', '#N/A AC-13 is withdrawn from SP800-53r5; NIST maps it to no ISO27001:2013 control'],
    ['ID.RA-P2', 'Privacy Framework', '800-53', '#N/A NIST maps ID.RA-P2 to no SP800-53r5 control'],
    ['AC-3(14)', '800-53', 'ISO 27001', '#N/A No mapping of AC-3(14) from SP800-53r5 to ISO27001:2013 is recorded - its base control AC-3 has a mapping'],
    ['AC-13', '800-53', 'CSF 2.0', '#N/A No mapping of AC-13 from SP800-53r5 to CSF-2.0 is recorded'],
    ['AC-2', '800-53', 'ISO 27001:2022', expect.stringMatching(/^#N\/A Unknown to_framework 'ISO 27001:2022' - known frameworks: /)],
    [
      'GV.OC-01',
      'CSF 2.0',
      'ISO 27001',
      expect.stringMatching(/^#N\/A No NIST crosswalk between CSF-2.0 and ISO27001:2013 is bundled; recorded: .*SP800-53r5 -> ISO27001:2013/),
    ],
    ['AC-2', '800-53', 'SP 800-53 Rev 5', '#VALUE! from_framework and to_framework are both SP800-53r5'],
    ['', '800-53', 'ISO 27001', expect.stringMatching(/^#VALUE! Name a control/)],
    [true, '800-53', 'ISO 27001', '#VALUE! control must be text, not TRUE'],
    ['AC-2', '', 'ISO 27001', expect.stringMatching(/^#VALUE! Give from_framework/)],
    [[['AC-1'], ['AC-2']], '800-53', 'ISO 27001', '#VALUE! control must be a single cell'],
  ])('%s from %s to %s -> %s', (control, from, to, expected) => expect(crosswalk(control, from, to)).toEqual(expected));
});
