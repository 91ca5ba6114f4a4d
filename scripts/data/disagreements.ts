import type { CompiledAdoption } from '../../src/core/dataset/types';
import type { Problems } from './problems';

/**
 * Two cited records that cannot both be true: one national document said to adopt two different editions, or the
 * same document of one edition given two different degrees.
 */
export function checkDisagreements(adoptions: readonly CompiledAdoption[], problems: Problems): void {
  const editionOf = new Map<string, string>();
  const degreeOf = new Map<string, string>();
  for (const a of adoptions) {
    const place = `${a.jurisdiction}|${a.designation}`;
    const edition = editionOf.get(place);
    // An undated designation names no one document, and a not-equivalent standard may answer several editions.
    const dated = /\d{4}/.test(a.designation.replace(/^.*?\d+/, ''));
    if (edition && edition !== a.standard && dated && a.correspondence !== 'NEQ') {
      problems.error(`adoption ${a.designation}`, `is recorded as adopting both ${edition} and ${a.standard}`);
    }
    editionOf.set(place, a.standard);
    if (!a.correspondence) continue;
    const doc = `${a.jurisdiction}|${a.standard}|${a.designation}|${a.adopts ?? ''}`;
    const degree = degreeOf.get(doc);
    if (degree && degree !== a.correspondence) {
      problems.error(`adoption ${a.designation}`, `of ${a.standard} is recorded as both ${degree} and ${a.correspondence}`);
    }
    degreeOf.set(doc, a.correspondence);
  }
}
