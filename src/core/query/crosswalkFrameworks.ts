import { HarmonizeError, notAvailable } from '../errors';
import { quoteInput } from '../resolve/suggest';

/**
 * The control frameworks that the bundled NIST crosswalks connect. Ids are short and stable because shared
 * workbooks and the data files under data/crosswalks/ both use them.
 */
export const FRAMEWORKS = {
  'CSF-2.0': 'NIST Cybersecurity Framework 2.0',
  'CSF-1.1': 'NIST Cybersecurity Framework 1.1',
  'PF-1.0': 'NIST Privacy Framework 1.0',
  'SP800-53r5': 'NIST SP 800-53 Revision 5',
  'ISO27001:2013': 'ISO/IEC 27001:2013',
} as const;
export type FrameworkId = keyof typeof FRAMEWORKS;
export const FRAMEWORK_IDS = Object.keys(FRAMEWORKS) as FrameworkId[];

/** How each framework's element ids are written in data/crosswalks (800-53 unpadded, and also whole families). */
export const CONTROL_PATTERNS: Record<FrameworkId, RegExp> = {
  'CSF-2.0': /^[A-Z]{2}\.[A-Z]{2}(-\d{2})?$/,
  'CSF-1.1': /^[A-Z]{2}\.[A-Z]{2}-\d+$/,
  'PF-1.0': /^[A-Z]{2}\.[A-Z]{2}-P\d+$/,
  'SP800-53r5': /^[A-Z]{2}(-[1-9]\d*(\([1-9]\d*\))?)?$/,
  'ISO27001:2013': /^(A\.)?\d+(\.\d+)*$/,
};

/**
 * Relationship words the data may use: what a table's marks mean, or NIST's OLIR terms. OLIR's "not related" is
 * left out on purpose: CROSSWALK would list such a target as if it were mapped.
 */
export const RELATIONSHIPS = ['mapped', 'partial', 'none', 'withdrawn', 'equal', 'subset of', 'superset of', 'intersects with'];
/** Relationships that state that nothing maps, so a link carries no target. */
export const NO_TARGET = new Set(['none', 'withdrawn']);

/**
 * Folded spellings. "NIST CSF" means 2.0 (the current version), "ISO 27001" means 2013 because only NIST's 2013
 * mapping is bundled: an unqualified name picks the only, or the newest, version that the data holds.
 */
const ALIASES: Record<string, FrameworkId> = {
  CSF: 'CSF-2.0',
  CSF2: 'CSF-2.0',
  CSF20: 'CSF-2.0',
  CSFV2: 'CSF-2.0',
  CSFV20: 'CSF-2.0',
  CYBERSECURITYFRAMEWORK: 'CSF-2.0',
  CYBERSECURITYFRAMEWORK2: 'CSF-2.0',
  CYBERSECURITYFRAMEWORK20: 'CSF-2.0',
  CSF11: 'CSF-1.1',
  CSFV11: 'CSF-1.1',
  CYBERSECURITYFRAMEWORK11: 'CSF-1.1',
  PF: 'PF-1.0',
  PF1: 'PF-1.0',
  PF10: 'PF-1.0',
  PFV1: 'PF-1.0',
  PFV10: 'PF-1.0',
  PRIVACYFRAMEWORK: 'PF-1.0',
  PRIVACYFRAMEWORK1: 'PF-1.0',
  PRIVACYFRAMEWORK10: 'PF-1.0',
  '80053': 'SP800-53r5',
  '80053R5': 'SP800-53r5',
  ISO27001: 'ISO27001:2013',
  ISO270012013: 'ISO27001:2013',
  '27001': 'ISO27001:2013',
  '270012013': 'ISO27001:2013',
};

/** "SP 800-53 Rev. 5" -> "80053R5", "ISO/IEC 27001:2013" -> "ISO270012013", "NIST CSF 2.0" -> "CSF20". */
function frameworkKey(text: string): string {
  return text
    .toUpperCase()
    .replace(/ISO\s*\/\s*IEC/g, 'ISO')
    .replace(/REVISION|REV/g, 'R')
    .replace(/VERSION/g, 'V')
    .replace(/[^A-Z0-9]/g, '')
    .replace(/^NIST/, '')
    .replace(/^SP(?=\d)/, '');
}

export function resolveFramework(text: string, argument: string): FrameworkId | HarmonizeError {
  const id = ALIASES[frameworkKey(text)];
  if (id) return id;
  const known = FRAMEWORK_IDS.map((f) => `${f} (${FRAMEWORKS[f]})`).join(', ');
  return notAvailable(`Unknown ${argument} '${quoteInput(text)}' - known frameworks: ${known}`);
}

/**
 * The lookup key of a control: upper case, no spaces, no leading zeros in numbers, so that "ac-02", "AC-2" and
 * NIST's padded "AC-02(01)" meet. 800-53 also accepts OSCAL's "ac-2.1" and a missing hyphen ("AC2").
 */
export function controlKey(text: string, framework: FrameworkId): string {
  let key = text
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/(^|[^0-9])0+(?=\d)/g, '$1');
  if (framework === 'SP800-53r5') {
    key = key.replace(/^([A-Z]{2})(?=\d)/, '$1-').replace(/^([A-Z]{2}-\d+)\.(\d+)$/, '$1($2)');
  }
  return key;
}
