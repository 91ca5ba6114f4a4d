import { seededRandom } from '../../scripts/data/audit';
import { bundledEngine } from './bundledData';

/** Plain edit distance (insert, delete, change: 1 each), the yardstick for whether a typo is ambiguous. */
function editDistance(a: string, b: string, limit = 99): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...current) > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/**
 * 200 typos of known standard ids, made the ways people mistype (a dropped, doubled, extra, swapped or wrong
 * character in the number), seeded so the run is the same everywhere. A typo that happens to spell another known
 * id, or that is as close to another known id as to its own, is skipped. The right id must come back: resolved
 * directly, or first in the "did you mean" of the error.
 */
export function typosOfKnownIds(count: number, seed: number, everyKnownId: readonly string[] = []): { typo: string; id: string }[] {
  const engine = bundledEngine();
  const keys = [...engine.catalog.editionsByKey.keys()].filter((k) => /^(ISO|IEC|ISO\/IEC) \d/.test(k)).sort();
  const known = new Set([...keys, ...everyKnownId]);
  const others = [...known];
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const out: { typo: string; id: string }[] = [];
  while (out.length < count) {
    const id = pick(keys);
    const at = id.indexOf(' ') + 1;
    const number = id.slice(at);
    const i = Math.floor(random() * number.length);
    const digit = String(Math.floor(random() * 10));
    const edits = [
      () => number.slice(0, i) + number.slice(i + 1),
      () => number.slice(0, i) + number[i] + number.slice(i),
      () => number.slice(0, i) + digit + number.slice(i),
      () => (i < number.length - 1 ? number.slice(0, i) + number[i + 1] + number[i] + number.slice(i + 2) : number),
      () => number.slice(0, i) + digit + number.slice(i + 1),
    ];
    const typed = pick(edits)();
    const typo = id.slice(0, at) + typed;
    if (typed === number || known.has(typo) || !/\d/.test(typed)) continue;
    // A typo as close to another known id as to its own names no one id: no method could know which was meant.
    const own = editDistance(typo, id);
    if (others.some((k) => k !== id && Math.abs(k.length - typo.length) <= own && editDistance(typo, k, own) <= own)) continue;
    out.push({ typo, id });
  }
  return out;
}
