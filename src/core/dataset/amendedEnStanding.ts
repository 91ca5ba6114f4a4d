import type { Adoption } from './catalog';
import { splitAmendedEn } from '../identifiers/enAmendments';
import { pushTo } from '../multiMap';

/**
 * The EU's record of an EN with its amendments ("EN 62304:2006+A1:2015", read from a member's print) stands as the EN
 * stands, where no source gave it a standing of its own: CEN and CENELEC amend an EN without replacing it, so an
 * ended EN ended with its amendments, and a current EN is current as last amended. The base's `current` therefore
 * passes only to the record that carries every amendment recorded for it (EVS lists EN 62304:2006 as valid, with
 * A1:2015); an earlier state of the text (EN 60601-1:2006+A1:2013 beside +A12:2014+A2:2021) is left unknown.
 */
export function amendedEnsFollowTheirBase(cited: readonly Adoption[]): void {
  const bases = new Map<string, Adoption>();
  const amendedOf = new Map<string, Adoption[]>();
  for (const a of cited) {
    if (a.jurisdiction !== 'EU') continue;
    const split = splitAmendedEn(a.designation);
    if (!split) bases.set(a.designation, a);
    else pushTo(amendedOf, split.base, a);
  }
  for (const [designation, amended] of amendedOf) {
    const base = bases.get(designation);
    if (!base?.status || base.status === 'upcoming') continue;
    const mostAmended = amended.reduce((most, a) => (a.designation.length > most.designation.length ? a : most));
    for (const a of amended) {
      if (a.status !== null) continue;
      if (base.status !== 'current' || a === mostAmended) a.status = base.status;
    }
  }
}
