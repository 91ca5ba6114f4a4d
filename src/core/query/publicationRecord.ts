import { adoptedPublication } from '../dataset/adoptedPublication';
import type { Adoption, Catalog } from '../dataset/catalog';
import type { CompiledJurisdiction } from '../dataset/types';
import { carryingNumbers, isEuropeanOnly, printedAmendments, printsEnAmendments } from '../identifiers/enAmendments';
import type { ResolvedStandard } from '../resolve/resolveStandard';

/**
 * The publication the user named: the edition, with the amendments typed after it ("IEC 60601-1:2005+AMD1:2012").
 * A corrigendum corrects the publication it names rather than making another, so "ISO/IEC 27001:2013/Cor 2:2015" is
 * answered by the adoption of ISO/IEC 27001:2013.
 */
export function requestedPublication(standard: ResolvedStandard): string {
  const id = standard.edition!.id;
  const amendments = standard.amendments.filter((a) => !a.startsWith('COR'));
  return amendments.length ? `${id}+${amendments.join('+')}` : id;
}

/** Other editions or consolidations recorded in the place, which the analyst may have meant. */
export function recordedHint(catalog: Catalog, inPlace: readonly Adoption[], code: string): string {
  if (inPlace.length === 0) return '';
  const others = inPlace.flatMap((a) => catalog.adoptionsOfEdition(a.standard, code));
  const recorded = [...new Set(others.map((a) => `${a.designation} adopts ${adoptedPublication(a)}`))];
  return ` (recorded: ${recorded.slice(0, 4).join('; ')})`;
}

/** Whether a place publishes ENs as they are: the EU's own record (code EU) or a CEN/CENELEC member's. */
const takesEns = (place: CompiledJurisdiction, code: string): boolean => code === 'EU' || place.blocs.includes('CEN');

/**
 * The EN amendments named, split into Europe's own (A11 on) and those that carry an ISO or IEC amendment; an EN's
 * corrigendum (AC) corrects the EN it names, so it asks for no print of its own.
 */
function namedEnAmendments(standard: ResolvedStandard): { named: readonly string[]; european: readonly string[]; carrying: readonly string[] } {
  const named = (standard.enAmendments ?? []).filter((a) => !a.startsWith('AC'));
  return { named, european: named.filter(isEuropeanOnly), carrying: named.filter((a) => !isEuropeanOnly(a)) };
}

/** The EN amendments whose ISO or IEC content no record states (an A1 or A2 printed on an EN, and none says what it adopts). */
const unmappedAmendments = (standard: ResolvedStandard): readonly string[] => (standard.amendments.length ? [] : namedEnAmendments(standard).carrying);

/**
 * The record of exactly the publication named: "IEC 60601-1:2005" is answered only by a record of the edition
 * alone, never by a national consolidation with its amendments, and "+AMD1:2012" only by a record that adopts it.
 *
 * An EN's own amendments narrow this where ENs are published: only a record printing the European ones (A11 on, AC)
 * answers, the newest such print first, since the print of the base EN may predate them; an EN amendment whose ISO or
 * IEC content no record states must be printed too; corrigenda (Cor, AC) correct a publication and ask for no print. Elsewhere the European amendments add nothing to the
 * international text, and the place's adoption of that text answers, but not when which ISO or IEC amendments the EN
 * took in is unknown.
 */
export function exactRecord(catalog: Catalog, standard: ResolvedStandard, place: CompiledJurisdiction, code: string): Adoption | undefined {
  const { european, carrying } = namedEnAmendments(standard);
  const unmapped = unmappedAmendments(standard);
  const onEn = takesEns(place, code);
  if (unmapped.length && !onEn) return undefined;
  const wanted = requestedPublication(standard);
  // A print carrying Europe's own amendments answers whatever ISO or IEC amendments it also took in, unless some were named.
  const anyText = unmapped.length > 0 || (onEn && carrying.length === 0 && european.length > 0);
  const printed = onEn ? [...unmapped, ...european] : [];
  // An A1 or A2 of unknown content is matched on the print alone, so the print must carry those and no others.
  const sameCarrying = (a: Adoption): boolean => unmapped.length === 0 || carryingNumbers(printedAmendments(a)) === carryingNumbers(unmapped);
  return catalog
    .adoptionsOfEdition(standard.edition!.id, code)
    .find((a) => (anyText || adoptedPublication(a) === wanted) && printsEnAmendments(a, printed) && sameCarrying(a));
}

/**
 * The EN and its amendments as named, without a national prefix: "EN ISO 13485:2016+A11:2021" for
 * "EN ISO 13485:2016/A11:2021" or for "BS EN ISO 13485:2016+A11:2021".
 */
function namedEn(standard: ResolvedStandard, amendments: readonly string[]): string {
  const via = standard.viaDesignation?.designation;
  const en = via ? (/\bEN\b.*$/.exec(via)?.[0] ?? via) : requestedPublication(standard);
  return printsEnAmendments({ designation: en }, amendments) ? en : `${en}+${amendments.join('+')}`;
}

/**
 * Why no record answers an EN named with its own amendments, or null when the publication named is an
 * international one and the usual message says enough.
 */
export function missingEnAmendments(standard: ResolvedStandard, place: CompiledJurisdiction, code: string): string | null {
  const { named: amendments, european } = namedEnAmendments(standard);
  if (!standard.edition || amendments.length === 0) return null;
  const unmapped = unmappedAmendments(standard);
  const onEn = takesEns(place, code);
  const shown = onEn ? [...unmapped, ...european] : unmapped;
  if (shown.length === 0) return null;
  const en = namedEn(standard, amendments);
  if (!onEn) {
    return `No recorded adoption of ${en} in ${place.code}: no record says which ISO or IEC amendments the EN's ${shown.join(' and ')} carries, so its adoption outside Europe cannot be named`;
  }
  return `No recorded adoption of ${en} in ${place.code}: no record there prints the EN's amendment${shown.length > 1 ? 's' : ''} ${shown.join(' and ')}`;
}
