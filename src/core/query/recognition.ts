import type { Catalog } from '../dataset/catalog';
import type { CompiledJurisdiction, SchemeMembership } from '../dataset/types';
import { type HarmonizeError, invalidValue, isHarmonizeError } from '../errors';
import { resolveJurisdiction } from '../resolve/resolveJurisdiction';
import { quoteInput } from '../resolve/suggest';
import { type CellValue, type Grid, type InputValue, isBlank, readText } from '../values';

export const RECOGNITION_SCHEMES = ['IAF-MLA', 'ILAC-MRA', 'IECEE-CB', 'EU-MRA', 'GDPR'] as const;
export type RecognitionScheme = (typeof RECOGNITION_SCHEMES)[number];
const SCHEME_ALIASES: Record<string, RecognitionScheme> = {
  IAF: 'IAF-MLA',
  IAFMLA: 'IAF-MLA',
  MLA: 'IAF-MLA',
  ILAC: 'ILAC-MRA',
  ILACMRA: 'ILAC-MRA',
  IECEE: 'IECEE-CB',
  IECEECB: 'IECEE-CB',
  CB: 'IECEE-CB',
  CBSCHEME: 'IECEE-CB',
  IECEECBSCHEME: 'IECEE-CB',
  EUMRA: 'EU-MRA',
  MRA: 'EU-MRA',
  GDPR: 'GDPR',
  ADEQUACY: 'GDPR',
  GDPRADEQUACY: 'GDPR',
};
export function parseRecognitionScheme(text: string): RecognitionScheme | HarmonizeError {
  const scheme = SCHEME_ALIASES[text.toUpperCase().replace(/[^A-Z]/g, '')];
  return scheme ?? invalidValue(`Unknown scheme '${quoteInput(text)}' - use one of: ${RECOGNITION_SCHEMES.join(', ')}`);
}

/** What one scheme says about a pair. "no" is never inferred from a missing record: that is "not recorded". */
export interface SchemeVerdict {
  scheme: RecognitionScheme;
  recognised: 'yes' | 'not recorded' | 'not applicable';
  bodyA: string | null;
  bodyB: string | null;
  scope: string | null;
  reason: string;
}

/** Peer schemes: recognition needs a signatory (IAF, ILAC) or member body (IECEE) on each side. */
const PEER_ROLE: Record<string, string> = { 'IAF-MLA': 'signatory', 'ILAC-MRA': 'signatory', 'IECEE-CB': 'member body' };

const bodiesOf = (list: readonly SchemeMembership[], code: string): string =>
  [...new Set(list.map((m) => m.acronym || m.body || `${code} (name not recorded)`))].join('/');

/** "GB: QMS (ISO 9001), ..." so that a table row says which side each scope belongs to. */
function scopeOf(list: readonly SchemeMembership[], code: string): string {
  const text = [...new Set(list.map((m) => m.scope).filter(Boolean))].join('; ');
  return text ? `${code}: ${text}` : '';
}

function peerVerdict(catalog: Catalog, scheme: RecognitionScheme, a: CompiledJurisdiction, b: CompiledJurisdiction): SchemeVerdict {
  const [ma, mb] = [catalog.memberships(scheme, a.code), catalog.memberships(scheme, b.code)];
  const scopes = [scopeOf(ma, a.code), scopeOf(mb, b.code)].filter(Boolean);
  const verdict = { scheme, bodyA: ma.length ? bodiesOf(ma, a.code) : null, bodyB: mb.length ? bodiesOf(mb, b.code) : null, scope: scopes.join(' | ') || null };
  if (ma.length && mb.length) return { ...verdict, recognised: 'yes', reason: `${verdict.bodyA} - ${verdict.bodyB}` };
  const missing = [a, b].filter((_, i) => [ma, mb][i].length === 0).map((p) => p.code);
  return { ...verdict, recognised: 'not recorded', reason: `no ${scheme} ${PEER_ROLE[scheme]} recorded for ${missing.join(' or ')}` };
}

const inBloc = (place: CompiledJurisdiction, blocs: string[]): boolean => blocs.includes(place.code) || place.blocs.some((b) => blocs.includes(b));

/** EU MRAs and GDPR adequacy both pair the EU (or EEA) with one outside jurisdiction; anything else does not apply. */
function sides(
  a: CompiledJurisdiction,
  b: CompiledJurisdiction,
  blocs: string[],
  scheme: RecognitionScheme,
  area: string,
): SchemeVerdict | [CompiledJurisdiction, boolean] {
  const [ia, ib] = [inBloc(a, blocs), inBloc(b, blocs)];
  const none = { scheme, recognised: 'not applicable' as const, bodyA: null, bodyB: null, scope: null };
  if (ia && ib) return { ...none, reason: `both are in the ${area}` };
  if (!ia && !ib) return { ...none, reason: `${scheme} pairs the ${area} with a jurisdiction outside it; neither is in the ${area}` };
  return [ia ? b : a, ia];
}

function euMraVerdict(catalog: Catalog, a: CompiledJurisdiction, b: CompiledJurisdiction): SchemeVerdict {
  const split = sides(a, b, ['EU'], 'EU-MRA', 'EU');
  if (!Array.isArray(split)) return split;
  const [partner, aIsEu] = split;
  const agreements = catalog.memberships('EU-MRA', partner.code);
  const eu = 'European Union';
  const names = agreements.length ? agreements.map((m) => m.body).join('; ') : null;
  const verdict = { scheme: 'EU-MRA' as const, bodyA: aIsEu ? eu : names, bodyB: aIsEu ? names : eu };
  if (!agreements.length)
    return { ...verdict, recognised: 'not recorded', scope: null, reason: `no EU mutual recognition agreement recorded with ${partner.code}` };
  const scope =
    agreements
      .map((m) => m.scope)
      .filter(Boolean)
      .join('; ') || null;
  return { ...verdict, recognised: 'yes', scope, reason: scope ?? 'sectors not recorded' };
}

function gdprVerdict(a: CompiledJurisdiction, b: CompiledJurisdiction): SchemeVerdict {
  const split = sides(a, b, ['EU', 'EEA'], 'GDPR', 'EEA');
  if (!Array.isArray(split)) return split;
  const [other, aIsEea] = split;
  const fact = other.gdprAdequacy;
  const decision = fact ? fact.value.trim() : null;
  const verdict = { scheme: 'GDPR' as const, bodyA: aIsEea ? null : decision, bodyB: aIsEea ? decision : null, scope: fact?.detail ?? null };
  if (!fact) return { ...verdict, recognised: 'not recorded', reason: `no EU adequacy decision recorded for ${other.code}` };
  return { ...verdict, recognised: 'yes', reason: [decision, fact.detail, fact.date].filter(Boolean).join(', ') };
}

export function schemeVerdict(catalog: Catalog, scheme: RecognitionScheme, a: CompiledJurisdiction, b: CompiledJurisdiction): SchemeVerdict {
  if (scheme === 'EU-MRA') return euMraVerdict(catalog, a, b);
  if (scheme === 'GDPR') return gdprVerdict(a, b);
  return peerVerdict(catalog, scheme, a, b);
}

function readPair(catalog: Catalog, aInput: InputValue, bInput: InputValue): [CompiledJurisdiction, CompiledJurisdiction] | HarmonizeError {
  const places: CompiledJurisdiction[] = [];
  for (const [input, argument] of [
    [aInput, 'jurisdiction_a'],
    [bInput, 'jurisdiction_b'],
  ] as const) {
    const text = readText(input, argument);
    if (isHarmonizeError(text)) return text;
    const place = resolveJurisdiction(catalog, text);
    if (isHarmonizeError(place)) return place;
    places.push(place);
  }
  if (places[0].code === places[1].code) return invalidValue(`jurisdiction_a and jurisdiction_b are both ${places[0].code}; give two jurisdictions`);
  return [places[0], places[1]];
}

/** RECOGNITION with a scheme: one cell such as "IAF-MLA: yes (ANSI - UKAS)". Blank in, blank out. */
export function recognitionCell(catalog: Catalog, aInput: InputValue, bInput: InputValue, scheme: RecognitionScheme): CellValue {
  if (isBlank(aInput) || isBlank(bInput)) return null;
  const pair = readPair(catalog, aInput, bInput);
  if (isHarmonizeError(pair)) return pair;
  const v = schemeVerdict(catalog, scheme, ...pair);
  return `${scheme}: ${v.recognised} (${v.reason})`;
}

/** RECOGNITION without a scheme: one row per scheme, with each side's body and the recorded scope. */
export function recognitionTable(catalog: Catalog, aInput: InputValue, bInput: InputValue): Grid<CellValue> | HarmonizeError {
  if (isBlank(aInput) || isBlank(bInput)) return invalidValue('Give two jurisdictions, e.g. "US" and "GB"');
  const pair = readPair(catalog, aInput, bInput);
  if (isHarmonizeError(pair)) return pair;
  const [a, b] = pair;
  const rows = RECOGNITION_SCHEMES.map((s) => schemeVerdict(catalog, s, a, b)).map((v) => [v.scheme, v.recognised, v.bodyA, v.bodyB, v.scope]);
  return [['scheme', 'recognised', `body ${a.code}`, `body ${b.code}`, 'scope'], ...rows];
}
