import { type HarmonizeError, invalidValue } from '../errors';
import { parseStandardId } from '../identifiers/parseStandardId';
import { quoteInput } from './suggest';

/**
 * A cell that lists several standards ("ISO 9001; ISO 14001", "ISO 9001, ISO 14001") answers an error instead of
 * the first one alone, which read as if the answer covered them all. A comma before anything that is not an id
 * stays part of one ("IEC 60601-1, 2016", "SS-EN 60601-1, utg 2:2006"). Null for one standard.
 */
export function severalStandards(input: string): HarmonizeError | null {
  if (!/[;,\n]/.test(input)) return null;
  const ids = input
    .split(/[;,\n]/)
    .map((part) => part.trim())
    .filter((part) => parseStandardId(part)?.publisher);
  if (ids.length < 2) return null;
  return invalidValue(`'${quoteInput(input)}' names ${ids.length} standards (${ids.join('; ')}); give one per cell, or a range`);
}
