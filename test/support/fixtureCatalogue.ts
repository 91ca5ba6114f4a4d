import type { CompiledCatalogue } from '../../src/core/catalogue/types';

/**
 * A few real rows of the IEC webstore and JSA catalogues, written out in the compiled form (src/core/catalogue/
 * types.ts), for engine tests that must not change when the shared tables do.
 */
const IEC_ROWS = [
  // key, suffix, edition, date, status, page, prefix, title (empty: the line above's title, after the prefix)
  ['CISPR 32', ':2012', '1', '2012-01-30', 'R', '86', '', 'Electromagnetic compatibility of multimedia equipment - Emission requirements'],
  ['', ':2015', '2', '2015-03-31', 'P', '22046', '', ''],
  ['', ':2015 RLV', '2', '2015-03-31', 'P', '22244', '', ''],
  ['', ':2015+AMD1:2019 CSV', '2.1', '2019-10-01', 'P', '65836', '', ''],
  ['', ':2015/AMD1:2019', '2', '2019-10-01', 'P', '30056', 'Amendment 1 - ', ''],
  ['IEC 60068-2-6', ':1995', '6', '1995-03-31', 'R', '12777', '', 'Environmental testing - Part 2: Tests -- Test Fc: Vibration (sinusoidal)'],
  ['', ':1995/COR1:1995', '6', '1995-03-31', 'R', '12778', 'Corrigendum 1 - ', ''],
  ['', ':2007', '7', '2007-12-13', 'P', '544', '', 'Environmental testing - Part 2-6: Tests - Test Fc: Vibration (sinusoidal)'],
  ['IEC 60601-1', ':1988', '2', '1988-12-30', 'R', '16801', '', 'Medical electrical equipment - Part 1: General requirements for safety'],
  ['', ':1988/AMD2:1995/COR1:1995', '2', '1995-06-01', 'R', '16799', 'Corrigendum 1 to Amendment 2 - ', ''],
  ['', ':2005', '3', '2005-12-15', 'P', '2606', '', 'Medical electrical equipment - Part 1: General requirements for basic safety and essential performance'],
  ['', ':2005+AMD1:2012 CSV', '3.1', '2012-08-20', 'R', '2612', '', ''],
  ['', ':2005+AMD1:2012+AMD2:2020 CSV', '3.2', '2020-08-20', 'P', '67497', '', ''],
  [
    'ISO/IEC GUIDE 98-3|ISO/IEC Guide 98-3',
    ':2008',
    '1',
    '2008-09-26',
    'P',
    '7157',
    '',
    'Uncertainty of measurement - Part 3: Guide to the expression of uncertainty in measurement (GUM:1995)',
  ],
  ['~', 'IEC White Paper IoT:WSN:2014', '1', '2014-11-14', 'P', '32562', '', 'Internet of Things: Wireless Sensor Networks'],
];

const JIS_ROWS = [
  ['JIS A 1125:1957', 'w', ''],
  ['JIS A 1125:2015', 'v', 'Methods of test for moisture content of aggregate and surface moisture in aggregate by drying'],
  ['JIS Q 9001:2015', 'v', 'Quality management systems -- Requirements'],
  ['JIS X 0001:1994', 'v', 'Glossary of terms used in information processing -- Fundamental terms'],
  ['TR X 0002:1997', 'w', 'Glossary of terms used in Multimedia/Hypermedia information processing'],
];

export function fixtureCatalogue(): CompiledCatalogue {
  const rows = (table: string[][]) => table.map((cells) => cells.join('\t')).join('\n');
  return {
    format: 1,
    checksum: 'sha256:fixture',
    iec: { name: 'IEC webstore (fixture)', read: '2026-03-15', pageBase: 'https://webstore.iec.ch/publication/', count: IEC_ROWS.length, rows: rows(IEC_ROWS) },
    jis: {
      name: 'JSA webdesk (fixture)',
      read: '2025-04-16',
      pageBase: 'https://webdesk.jsa.or.jp/books/W11M0090/index/?bunsyo_id=',
      count: JIS_ROWS.length,
      rows: rows(JIS_ROWS),
    },
  };
}
