import { adoptedPublication } from '../../src/core/dataset/adoptedPublication';
import type { CompiledAdoption } from '../../src/core/dataset/types';
import { isEuropeanOnly, splitAmendedEn } from '../../src/core/identifiers/enAmendments';
import type { Problems } from './problems';

/** The EN a member's print names with amendments carrying ISO or IEC text: its `en`, else its own designation's EN. */
function amendedEnOf(a: CompiledAdoption): { printed: string; base: string } | null {
  for (const text of [a.en ?? '', a.designation.replace(/^.*?(?=\bEN\b)/, '')]) {
    const split = splitAmendedEn(text);
    if (split?.amendments.some((m) => !isEuropeanOnly(m))) return { printed: text, base: split.base };
  }
  return null;
}

/**
 * A member's print that names its EN with an amendment carrying ISO or IEC text (DIN EN 61010-1 VDE 0411-1:2020-03,
 * German version of EN 61010-1:2010 + A1:2019; BS EN 62366-1:2015+A1:2020) shows an amended EN, which answers the EU
 * column of that consolidation: without an EU record of it, EQUIVALENT's EU answer is the base EN, a text without the
 * amendment. Missing (no EU record of that EN adopting the same text), it is a warning: record it from a page that
 * prints the EN amendment. An EU record under the very designation the print names, but adopting another text, is an
 * error.
 */
export function checkAmendedEns(adoptions: readonly CompiledAdoption[], problems: Problems): void {
  const european = adoptions.filter((a) => a.jurisdiction === 'EU');
  const texts = new Map<string, Set<string>>();
  for (const en of european) {
    const base = splitAmendedEn(en.designation)?.base ?? en.designation;
    texts.set(base, (texts.get(base) ?? new Set()).add(adoptedPublication(en)));
  }
  const byDesignation = new Map(european.map((en) => [en.designation, en]));
  for (const a of adoptions) {
    const adopts = a.adopts;
    const amended = a.jurisdiction === 'EU' || !adopts ? null : amendedEnOf(a);
    if (!amended || !adopts) continue;
    const where = `adoption ${a.designation}`;
    const same = byDesignation.get(amended.printed);
    if (same && adoptedPublication(same) !== adopts) {
      problems.error(where, `adopts ${adopts}, but the EU record of ${amended.printed} adopts ${adoptedPublication(same)}`);
    } else if (!texts.get(amended.base)?.has(adopts)) {
      problems.warn(where, `prints ${amended.printed}, but no EU record of ${amended.base} adopts ${adopts}: record the amended EN from a page that prints it`);
    }
  }
}
