import { bundledEngine } from '../../support/bundledData';
import { grid } from '../../support/shownAnswer';

/** Against the bundled data/regimes/recognition.csv and data/jurisdictions/gdpr-adequacy.csv. */
const engine = bundledEngine();
const one = (a: unknown, b: unknown, scheme: string) => {
  const answer = grid(engine.recognition(a as never, b as never, scheme));
  return Array.isArray(answer) ? answer[0][0] : answer;
};
const JAPAN_MRA =
  'telecommunications terminal and radio equipment; electrical products; good laboratory practice for chemicals; good manufacturing practice for medicines';

describe('RECOGNITION with a scheme', () => {
  test.each([
    ['US', 'GB', 'IAF-MLA', 'IAF-MLA: yes (ANSI/ANAB - UKAS)'],
    ['US', 'GB', 'iaf', 'IAF-MLA: yes (ANSI/ANAB - UKAS)'],
    ['JP', 'KR', 'IAF MLA', 'IAF-MLA: yes (JASaff/JAB - KOLAS/KAB)'],
    ['Deutschland', 'Japan', 'ILAC', 'ILAC-MRA: yes (DAkkS - IAJapan)'],
    ['US', 'GB', 'ILAC-MRA', 'ILAC-MRA: not recorded (no ILAC-MRA signatory recorded for US)'],
    ['VN', 'XK', 'ILAC-MRA', expect.stringMatching(/^#N\/A Unknown jurisdiction 'XK'/)],
    ['US', 'CN', 'IECEE CB Scheme', 'IECEE-CB: yes (UL - CQC)'],
    ['DE', 'JP', 'IECEE-CB', 'IECEE-CB: yes (VDE - UL (JP))'],
    ['DE', 'ES', 'IECEE-CB', 'IECEE-CB: yes (VDE - ES (name not recorded))'],
    ['FR', 'JP', 'IECEE-CB', 'IECEE-CB: not recorded (no IECEE-CB member body recorded for FR)'],
    ['DE', 'JP', 'EU-MRA', `EU-MRA: yes (${JAPAN_MRA})`],
    ['JP', 'EU', 'EU MRA', `EU-MRA: yes (${JAPAN_MRA})`],
    ['FR', 'US', 'MRA', 'EU-MRA: yes (sectors not recorded)'],
    ['DE', 'BR', 'EU-MRA', 'EU-MRA: not recorded (no EU mutual recognition agreement recorded with BR)'],
    ['DE', 'FR', 'EU-MRA', 'EU-MRA: not applicable (both are in the EU)'],
    ['US', 'JP', 'EU-MRA', 'EU-MRA: not applicable (EU-MRA pairs the EU with a jurisdiction outside it; neither is in the EU)'],
    [
      'DE',
      'JP',
      'GDPR',
      'GDPR: yes (EU adequacy decision (EU) 2019/419, personal information handling business operators subject to the Act on the Protection of Personal Information, 2019-01-23)',
    ],
    [
      'US',
      'NO',
      'gdpr',
      'GDPR: yes (EU adequacy decision (EU) 2023/1795, commercial organisations participating in the EU-US Data Privacy Framework, 2023-07-10)',
    ],
    ['EU', 'CH', 'adequacy', 'GDPR: yes (EU adequacy decision 2000/518/EC, all activities within the scope of Directive 95/46/EC, 2000-07-26)'],
    ['DE', 'BR', 'GDPR', 'GDPR: not recorded (no EU adequacy decision recorded for BR)'],
    ['DE', 'NO', 'GDPR', 'GDPR: not applicable (both are in the EEA)'],
    ['US', 'GB', 'GDPR', 'GDPR: not applicable (GDPR pairs the EEA with a jurisdiction outside it; neither is in the EEA)'],
    ['US', 'USA', 'IAF-MLA', '#VALUE! jurisdiction_a and jurisdiction_b are both US; give two jurisdictions'],
    ['US', true, 'IAF-MLA', '#VALUE! jurisdiction_b must be text, not TRUE'],
    ['US', '', 'IAF-MLA', null],
  ])('%s and %s under %s -> %s', (a, b, scheme, expected) => expect(one(a, b, scheme)).toEqual(expected));

  test('an unknown scheme is #VALUE! listing the schemes', () => {
    expect(grid(engine.recognition('US', 'GB', 'CE'))).toBe("#VALUE! Unknown scheme 'CE' - use one of: IAF-MLA, ILAC-MRA, IECEE-CB, EU-MRA, GDPR");
  });

  test('ranges broadcast like the built-ins', () => {
    expect(grid(engine.recognition([['US'], ['JP']], 'GB', 'IAF-MLA'))).toEqual([['IAF-MLA: yes (ANSI/ANAB - UKAS)'], ['IAF-MLA: yes (JASaff/JAB - UKAS)']]);
  });
});

describe('RECOGNITION without a scheme', () => {
  test('one row per scheme, with the body on each side and the recorded scope', () => {
    expect(grid(engine.recognition('Deutschland', 'Japan'))).toEqual([
      ['scheme', 'recognised', 'body DE', 'body JP', 'scope'],
      [
        'IAF-MLA',
        'yes',
        'DAkkS',
        'JASaff/JAB',
        'DE: food safety management (ISO/TS 22003 FSSC 22000) extension | JP: QMS (ISO 9001), EMS (ISO 14001), FSMS (ISO 22000), ISMS (ISO/IEC 27001) and others',
      ],
      ['ILAC-MRA', 'yes', 'DAkkS', 'IAJapan', 'DE: reference material producers (ISO 17034) | JP: testing, calibration (JCSS, JNLA, ASNITE programmes)'],
      ['IECEE-CB', 'yes', 'VDE', 'UL (JP)', 'DE: National Certification Body in the CB Scheme | JP: National Certification Body(ies) in the CB Scheme'],
      ['EU-MRA', 'yes', 'European Union', 'Agreement on mutual recognition between the European Community and Japan', JAPAN_MRA],
      [
        'GDPR',
        'yes',
        null,
        'EU adequacy decision (EU) 2019/419',
        'personal information handling business operators subject to the Act on the Protection of Personal Information',
      ],
    ]);
  });

  test('a missing record is "not recorded" and a scheme that does not pair the two is "not applicable", never "no"', () => {
    const answer = grid(engine.recognition('US', 'GB'));
    expect(Array.isArray(answer) && answer.slice(1).map((r) => `${r[0]} ${r[1]}`)).toEqual([
      'IAF-MLA yes',
      'ILAC-MRA not recorded',
      'IECEE-CB yes',
      'EU-MRA not applicable',
      'GDPR not applicable',
    ]);
  });

  test.each([
    [[['US', 'JP']], 'GB', '#VALUE! Give a scheme to compare ranges of jurisdictions'],
    ['US', '', expect.stringMatching(/^#VALUE! Give two jurisdictions/)],
    ['Narnia', 'GB', expect.stringMatching(/^#N\/A Unknown jurisdiction 'Narnia'/)],
  ])('%s and %s -> %s', (a, b, expected) => expect(grid(engine.recognition(a as never, b as never))).toEqual(expected));
});
