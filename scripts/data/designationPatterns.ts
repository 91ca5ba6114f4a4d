/**
 * What a national or regional designation must look like, per jurisdiction. A designation that does not match is
 * almost always a copy error (a different country's standard, or an international id pasted as a national one).
 * CEN/CENELEC members are checked against their derivation rule's prefix instead.
 */
export const DESIGNATION_PATTERNS: Record<string, RegExp> = {
  CN: /^(GB|GB\/T|GB\/Z|YY|YY\/T) \d+(\.\d+)*-\d{4}$/,
  EU: /^EN( ISO| IEC| ISO\/IEC| ISO\/IEC\/IEEE)? \d+(-\d+)*(:\d{4})?/,
  JP: /^JIS [A-Z] \d+/,
  IN: /^IS[ /]/,
  // PNST: Rosstandart's preliminary national standards (ПНСТ), issued for a fixed term before a GOST R.
  RU: /^(GOST( R)?|PNST) /,
  // FDA's recognition database prints AAMI's designations without their slashes ('ANSI AAMI ISO 14971:2019'); AAMI
  // prints 'ANSI/AAMI/ISO 14971:2019', and an analyst's file needs the body's form (audit sample G found one copied).
  US: /^(?!ANSI AAMI )(ANSI|AAMI|UL|ASQ|IEEE|NFPA|ASTM|ISA|ASME)[ /-]/,
  CA: /^(CAN\/CSA|CSA)[ -]/,
  BR: /^ABNT NBR /,
  AU: /^AS( |\/NZS )/,
  NZ: /^(AS\/NZS|NZS) /,
  KR: /^(KS [A-Z] |KC \d)/, // KS for Korean Industrial Standards; KC for KATS's electrical-safety standards
  ID: /^SNI /,
  MX: /^NMX-/,
  AR: /^IRAM/,
  GCC: /^GSO (ISO|IEC|ISO\/IEC) \d+/,
  ZA: /^SANS[ /]/,
  SA: /^SASO /,
  IL: /^SI /,
  TW: /^CNS /,
  EG: /^ES /,
};
