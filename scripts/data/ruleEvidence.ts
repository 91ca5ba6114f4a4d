import { applyDerivationTemplate } from '../../src/core/dataset/derivation';
import type { CompiledAdoption, DerivationRule } from '../../src/core/dataset/types';
import type { Problems } from './problems';

const YEAR_AFTER_NUMBER = /:(\d{4})/;

/** The document a designation names, without its date: "UNI ISO 45001" is a direct ISO adoption, not UNI's EN. */
const stem = (designation: string) => designation.split(':')[0].trim();

/**
 * A rule that keeps the EN's year asserts a national year it never read. Each cited national record of an EN
 * adoption tests that claim: when no EN of the same edition gives the year the body actually printed, the rule
 * would derive wrong designations for every other EN, so the build fails until the rule drops the year.
 */
export function checkRuleYears(adoptions: readonly CompiledAdoption[], rules: readonly DerivationRule[], problems: Problems): void {
  const enByEdition = new Map<string, string[]>();
  for (const a of adoptions) {
    if (a.jurisdiction === 'EU') enByEdition.set(a.standard, [...(enByEdition.get(a.standard) ?? []), a.designation]);
  }
  for (const rule of rules) {
    if (rule.dateStyle !== 'en-year') continue;
    for (const cited of adoptions.filter((a) => a.jurisdiction === rule.jurisdiction)) {
      const printed = YEAR_AFTER_NUMBER.exec(cited.designation)?.[1];
      const ens = enByEdition.get(cited.standard) ?? [];
      const derived = ens.map((en) => applyDerivationTemplate(rule.template, en)).filter((d) => stem(d) === stem(cited.designation));
      if (!printed || derived.length === 0) continue;
      if (derived.some((d) => YEAR_AFTER_NUMBER.exec(d)?.[1] === printed)) continue;
      problems.error(
        `rule ${rule.name}`,
        `keeps the EN year, but ${cited.designation} (cited for ${cited.standard}) is dated ${printed} where the rule ` +
          `derives ${derived.join(', ')}: the body dates by its own year, so use {en_undated} with a national date style`,
      );
    }
  }
}
