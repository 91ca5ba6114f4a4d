import type { Catalog } from '../dataset/catalog';
import { type HarmonizeError, invalidValue, isHarmonizeError, notAvailable } from '../errors';
import { closestMatches, quoteInput } from '../resolve/suggest';
import { type CellValue, type Grid, type InputValue, isBlank, readText } from '../values';
import { FRAMEWORK_IDS, type FrameworkId, controlKey, resolveFramework } from './crosswalkFrameworks';
import { type CrosswalkIndex, type CrosswalkLink, crosswalkIndexFor } from './crosswalkIndex';

const CROSSWALK_HEADER = ['control', 'framework', 'relationship', 'strength'];
/** Marks a link read backwards: NIST published only the other direction between these two frameworks. */
const REVERSE_MARK = ' (reverse)';

function readFramework(value: InputValue, argument: string): FrameworkId | HarmonizeError {
  if (isBlank(value)) return invalidValue(`Give ${argument}, e.g. "CSF 2.0", "SP 800-53 Rev 5" or "ISO 27001"`);
  const text = readText(value, argument);
  return isHarmonizeError(text) ? text : resolveFramework(text, argument);
}

/** "A.9.2.1 is an ISO27001:2013 id": the commonest mistake is a control asked in the wrong framework. */
function otherFrameworkHint(index: CrosswalkIndex, text: string, framework: FrameworkId): string {
  const owners = FRAMEWORK_IDS.filter((f) => f !== framework && index.controls.get(f)?.has(controlKey(text, f)));
  return owners.length ? ` - it is an id of ${owners.join(' and ')}` : '';
}

function unknownControl(index: CrosswalkIndex, text: string, framework: FrameworkId): HarmonizeError {
  const known = index.controls.get(framework) ?? new Map<string, string>();
  const other = otherFrameworkHint(index, text, framework);
  const key = controlKey(text, framework);
  // An enhancement no crosswalk names ("AC-2(1)") is best pointed at its base control, which often has links.
  const base = known.get(key.replace(/\(\d+\)$/, ''));
  const near = other ? [] : base ? [base] : closestMatches(key, known.keys(), 3).map((k) => known.get(k)!);
  const hint = other || (near.length ? ` - did you mean ${near.join(', ')}?` : '');
  return notAvailable(`Unknown control '${quoteInput(text)}' in ${framework} (no NIST crosswalk names it)${hint}`);
}

/** Why a known control has no links in the asked direction, with the nearest thing that does answer. */
function noMapping(index: CrosswalkIndex, control: string, key: string, from: FrameworkId, to: FrameworkId, links: CrosswalkLink[]): HarmonizeError {
  const stated = links.find((l) => !l.to);
  if (stated?.relationship === 'withdrawn') return notAvailable(`${control} is withdrawn from ${from}; NIST maps it to no ${to} control`);
  if (stated) return notAvailable(`NIST maps ${control} to no ${to} control`);
  const base = /^(.+)\(\d+\)$/.exec(key)?.[1];
  const baseId = base ? index.controls.get(from)?.get(base) : undefined;
  const hint = baseId && linksOf(index, base!, from, to)?.some((l) => l.to) ? ` - its base control ${baseId} has a mapping` : '';
  return notAvailable(`No mapping of ${control} from ${from} to ${to} is recorded${hint}`);
}

/** The links that answer "from -> to" for one control key: published forwards, or read back from the reverse. */
function linksOf(index: CrosswalkIndex, key: string, from: FrameworkId, to: FrameworkId): CrosswalkLink[] | null {
  const forward = index.published.get(`${from}>${to}`);
  if (forward) return forward.byFrom.get(key) ?? [];
  const reverse = index.published.get(`${to}>${from}`);
  if (!reverse) return null;
  return (reverse.byTo.get(key) ?? []).map((l) => ({ ...l, from: l.to, to: l.from, relationship: l.relationship + REVERSE_MARK }));
}

function noCrosswalk(index: CrosswalkIndex, from: FrameworkId, to: FrameworkId): HarmonizeError {
  const pairs = [...index.published.values()].map((p) => `${p.fromFramework} -> ${p.toFramework}`);
  return notAvailable(`No NIST crosswalk between ${from} and ${to} is bundled; recorded: ${pairs.join(', ')} (each also read in reverse)`);
}

/**
 * CROSSWALK: the controls of `to` that NIST maps to one control of `from`, as a spilled table with a header row.
 * Where NIST published only the other direction, the links are read backwards and their relationship says so.
 */
export function crosswalkTable(catalog: Catalog, controlInput: InputValue, fromInput: InputValue, toInput: InputValue): Grid<CellValue> | HarmonizeError {
  if (isBlank(controlInput)) return invalidValue('Name a control, e.g. "GV.OC-01", "AC-2" or "A.9.2.1"');
  const text = readText(controlInput, 'control');
  if (isHarmonizeError(text)) return text;
  const from = readFramework(fromInput, 'from_framework');
  if (isHarmonizeError(from)) return from;
  const to = readFramework(toInput, 'to_framework');
  if (isHarmonizeError(to)) return to;
  if (from === to) return invalidValue(`from_framework and to_framework are both ${from}`);
  const index = crosswalkIndexFor(catalog);
  const key = controlKey(text, from);
  const control = index.controls.get(from)?.get(key);
  if (!control) return unknownControl(index, text, from);
  const links = linksOf(index, key, from, to);
  if (links === null) return noCrosswalk(index, from, to);
  const mapped = links.filter((l) => l.to);
  if (mapped.length === 0) return noMapping(index, control, key, from, to, links);
  return [CROSSWALK_HEADER, ...mapped.map((l) => [l.to, to, l.relationship, l.strength])];
}
