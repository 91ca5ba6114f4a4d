import type { Adoption, Catalog } from '../../core';

/** The orders the card offers: the name shows in the closed picker ("Sort: Degree"), the detail in its list. */
export const ADOPTION_SORTS = {
  jurisdiction: { name: 'Jurisdiction', detail: 'A to Z' },
  degree: { name: 'Degree', detail: 'IDT first' },
  year: { name: 'Year', detail: 'newest first' },
} as const;
export type AdoptionSort = keyof typeof ADOPTION_SORTS;

/** IDT before MOD before NEQ, and a degree no source states last: the closest adoptions first. */
const DEGREE_ORDER: Record<string, number> = { IDT: 0, MOD: 1, NEQ: 2 };
const degreeRank = (a: Adoption): number => DEGREE_ORDER[a.correspondence ?? ''] ?? 3;
const byPlace = (a: Adoption, b: Adoption): number => a.jurisdiction.localeCompare(b.jurisdiction);

const COMPARE: Record<AdoptionSort, (a: Adoption, b: Adoption) => number> = {
  jurisdiction: byPlace,
  degree: (a, b) => degreeRank(a) - degreeRank(b) || byPlace(a, b),
  // An adoption whose year is not recorded goes last rather than pretending to be old.
  year: (a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity) || byPlace(a, b),
};

/**
 * The rows the card shows: those matching every word of the filter in the jurisdiction's code or name, the
 * designation, the edition, the degree, the provenance, the status a source states or 'inferred' (an edition deduced from
 * dates), in the chosen order.
 */
export function visibleAdoptions(catalog: Catalog, adoptions: readonly Adoption[], filter: string, sort: AdoptionSort): Adoption[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (a: Adoption): boolean => {
    const inferred = a.editionInferred ? 'inferred' : '';
    const text = [
      a.jurisdiction,
      catalog.jurisdictions.get(a.jurisdiction)?.name,
      a.designation,
      a.standard,
      a.correspondence ?? 'unknown',
      a.provenance,
      a.status ?? '',
      inferred,
    ]
      .join(' ')
      .toLowerCase();
    return words.every((w) => text.includes(w));
  };
  return adoptions.filter(matches).sort(COMPARE[sort]);
}
