import type { Catalog } from '../dataset/catalog';
import { actsByEn, describeCitation } from '../dataset/europeanCitations';
import { editionsOf } from '../resolve/knownStandards';

/** One regulatory fact about a standard, with the page it was read on. */
export interface RegulatoryFact {
  regime: 'EU harmonised' | 'FDA';
  text: string;
  source: string;
  read: string;
}

/**
 * What regulators say of a standard's editions: the ENs the Official Journal cites (one line per EN, naming each act),
 * FDA recognitions and incorporations by reference, newest edition first. An EN the Journal cites that no record
 * links to an edition, but which carries the standard's number, is named as such, never as an adoption.
 */
export function regulatoryFacts(catalog: Catalog, key: string): RegulatoryFact[] {
  const facts: RegulatoryFact[] = [];
  for (const edition of editionsOf(catalog, key)) {
    for (const [designation, { acts, first }] of actsByEn(catalog.harmonisedCitations(edition.id))) {
      facts.push({
        regime: 'EU harmonised',
        text: `${designation} (${edition.id}) under ${acts.join(' and ')}`,
        source: catalog.source(first.src),
        read: first.read,
      });
    }
    for (const f of catalog.fdaRecognitions(edition.id)) {
      const detail = [f.extent, f.date].filter(Boolean).join(', ');
      facts.push({
        regime: 'FDA',
        text: `${edition.id}: recognition ${f.recognitionNumber}${detail ? ` (${detail})` : ''}`,
        source: catalog.source(f.src),
        read: f.read,
      });
    }
    for (const f of catalog.fdaIncorporations(edition.id)) {
      facts.push({
        regime: 'FDA',
        text: `${edition.id}: incorporated by reference in ${f.regulation}, effective ${f.effective}`,
        source: catalog.source(f.src),
        read: f.read,
      });
    }
  }
  for (const c of catalog.unlinkedCitations.numbering(key)) {
    facts.push({
      regime: 'EU harmonised',
      text: `${describeCitation(c)}; the edition of ${key} it adopts is not recorded`,
      source: catalog.source(c.src),
      read: c.read,
    });
  }
  return facts;
}
