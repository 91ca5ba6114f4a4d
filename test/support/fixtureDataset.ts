import type { CompiledDataset } from '../../src/core/dataset/types';

/**
 * A small hand-made dataset for engine tests, independent of the research data: the behaviour under test is the
 * engine's, so its answers must not change when the bundled data grows. Sources are example.org addresses.
 */
export function fixtureDataset(): CompiledDataset {
  const sources = [
    'https://example.org/iso',
    'https://example.org/cn',
    'https://example.org/eu',
    'https://example.org/rule-gb',
    'https://example.org/rule-de',
    'https://example.org/jp',
  ];
  const std = (id: string, title: string, extra: object = {}) => ({ id, title, src: 0, read: '2026-11-26', ...extra });
  const adoption = (standard: string, jurisdiction: string, designation: string, src: number, extra: object = {}) => ({
    standard,
    jurisdiction,
    designation,
    src,
    read: '2026-11-26',
    ...extra,
  });
  const country = (code: string, name: string, alpha3: string, aliases: string[] = [], blocs: string[] = []) => ({
    code,
    name,
    alpha3,
    aliases,
    kind: 'country' as const,
    blocs,
  });
  return {
    version: 'test',
    date: '2026-11-26',
    checksum: 'sha256:test',
    licences: [{ name: 'fixture', licence: 'MIT', url: 'https://example.org' }],
    sources,
    standards: [
      std('ISO 9000:2015', 'Quality management systems - Fundamentals and vocabulary'),
      std('ISO 9001:2008', 'Quality management systems - Requirements', { status: 'withdrawn', replacedBy: 'ISO 9001:2015' }),
      std('ISO 9001:2015', 'Quality management systems - Requirements', { status: 'current', committee: 'ISO/TC 176/SC 2' }),
      std('ISO 13485:2016', 'Medical devices - Quality management systems'),
      std('ISO/IEC 27001:2022', 'Information security management systems'),
      std('IEC 60601-1:2005', 'Medical electrical equipment - Part 1'),
      std('IEC 60601-1-2:2014', 'Medical electrical equipment - Part 1-2'),
      std('ISO 10993-1:2018', 'Biological evaluation of medical devices - Part 1'),
      std('ISO 45001:2018', 'Occupational health and safety management systems'),
    ],
    jurisdictions: [
      country('CN', 'China', 'CHN', ['the People\u2019s Republic of China']),
      country('US', 'United States', 'USA', ['United States of America', 'USA'], ['USMCA']),
      country('GB', 'United Kingdom', 'GBR', ['UK'], ['CEN']),
      {
        ...country('DE', 'Germany', 'DEU', ['Deutschland'], ['EU', 'CEN']),
        body: {
          name: 'Deutsches Institut für Normung',
          acronym: 'DIN',
          iso: 'member',
          iec: 'full',
          src: 4,
          read: '2026-11-26',
          iecSrc: 5,
          iecRead: '2026-11-25',
        },
      },
      country('JP', 'Japan', 'JPN', ['Nippon']),
      // A CEN member whose naming rule is not sourced, like Luxembourg in the real data.
      country('LU', 'Luxembourg', 'LUX', [], ['EU', 'CEN']),
      {
        code: 'EU',
        name: 'European Union',
        aliases: ['European Union'],
        kind: 'bloc',
        blocs: [],
        members: ['DE', 'LU'],
        body: { name: 'CEN and CENELEC', src: 2, read: '2026-11-26' },
      },
      { code: 'CEN', name: 'CEN/CENELEC members', aliases: [], kind: 'bloc', blocs: [], members: ['DE', 'GB', 'LU'], recordsUnder: 'EU' },
      { code: 'USMCA', name: 'United States-Mexico-Canada Agreement', aliases: [], kind: 'bloc', blocs: [], members: ['US'] },
    ],
    adoptions: [
      adoption('ISO 9001:2015', 'CN', 'GB/T 19001-2016', 1, { correspondence: 'IDT', year: 2016 }),
      adoption('ISO 9001:2008', 'CN', 'GB/T 19001-2008', 1, { correspondence: 'IDT', year: 2008 }),
      adoption('ISO 9001:2015', 'EU', 'EN ISO 9001:2015', 2, { correspondence: 'IDT', year: 2015 }),
      adoption('ISO 13485:2016', 'EU', 'EN ISO 13485:2016', 2, { correspondence: 'IDT' }),
      adoption('ISO 10993-1:2018', 'EU', 'EN ISO 10993-1:2020', 2, { correspondence: 'IDT' }),
      adoption('IEC 60601-1:2005', 'EU', 'EN 60601-1:2006', 2),
      adoption('ISO 9001:2015', 'JP', 'JIS Q 9001:2015', 5, { correspondence: 'IDT' }),
      adoption('ISO 9001:2015', 'DE', 'DIN EN ISO 9001:2015-11', 4, { correspondence: 'IDT', year: 2015 }),
      // A direct ISO adoption, later replaced by the adoption of the EN published in 2023.
      adoption('ISO 45001:2018', 'DE', 'DIN ISO 45001:2018-06', 4, { year: 2018 }),
      adoption('ISO 45001:2018', 'EU', 'EN ISO 45001:2023', 2, { correspondence: 'IDT', year: 2023 }),
      // A national consolidation: it adopts the edition with its amendment, not the edition alone.
      adoption('IEC 60601-1:2005', 'US', 'ANSI/AAMI ES60601-1:2005/(R)2012 & A1:2012', 1, { correspondence: 'MOD', adopts: 'IEC 60601-1:2005+AMD1:2012' }),
    ],
    rules: [
      ...(['cen', 'cenelec', 'joint'] as const).map((kind) => ({
        name: `en-adoption:GB:${kind}`,
        jurisdiction: 'GB',
        kind,
        body: 'BSI',
        template: 'BS {en}',
        dateStyle: 'en-year',
        memberSince: 1961,
        examples: [],
        src: 3,
        read: '2026-11-26',
      })),
      {
        name: 'en-adoption:DE:cen',
        jurisdiction: 'DE',
        kind: 'cen',
        body: 'DIN',
        template: 'DIN {en_undated}',
        dateStyle: 'national-year-month',
        memberSince: 1961,
        examples: [],
        src: 4,
        read: '2026-11-26',
      },
    ],
    correspondenceRules: [],
    harmonised: [
      {
        standard: 'ISO 13485:2016',
        designation: 'EN ISO 13485:2016',
        act: 'Regulation (EU) 2017/745',
        ojReference: 'Decision (EU) 2021/1182',
        src: 2,
        read: '2026-11-26',
      },
    ],
    fda: [{ standard: 'ISO 10993-1:2018', recognitionNumber: 'TEST-1', extent: 'complete', date: '2026-01-01', src: 0, read: '2026-11-26' }],
    fdaIncorporations: [{ standard: 'ISO 13485:2016', regulation: '21 CFR part 820', effective: '2026-02-02', src: 0, read: '2026-11-26' }],
    recognition: [],
    crosswalks: [],
  };
}
