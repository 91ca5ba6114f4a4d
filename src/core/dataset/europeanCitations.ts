import { designationKey, looseDesignationKeys } from '../text';
import { pushTo } from '../multiMap';
import type { UnlinkedCitation } from './types';

/**
 * The Official Journal cites ENs, not ISO or IEC editions. A cited EN that no record links to an international
 * edition (a European-only EN such as EN 285, or an EN whose adopted edition no source states) cannot answer for an
 * ISO or IEC standard, but an analyst who types it, or asks for the standard its number echoes, should learn that
 * the citation exists rather than read "Unknown standard".
 */
export class UnlinkedCitations {
  private readonly byDesignation = new Map<string, UnlinkedCitation[]>();
  private readonly byNumberedStandard = new Map<string, UnlinkedCitation[]>();

  constructor(citations: readonly UnlinkedCitation[]) {
    for (const c of citations) {
      for (const key of new Set([designationKey(c.designation), ...looseDesignationKeys(c.designation)])) pushTo(this.byDesignation, key, c);
      const numbered = standardNumberedBy(c.designation);
      if (numbered) pushTo(this.byNumberedStandard, numbered, c);
    }
  }

  /** The citations of the EN a text names, dated ("EN 285:2015+A1:2021") or not ("EN 285"). */
  ofDesignation(text: string): readonly UnlinkedCitation[] {
    const exact = this.byDesignation.get(designationKey(text));
    if (exact) return exact;
    return [...new Set(looseDesignationKeys(text).flatMap((k) => this.byDesignation.get(k) ?? []))];
  }

  /** The citations of ENs that carry an ISO or IEC standard's number ("IEC 62841-1" -> EN 62841-1:2015). */
  numbering(standardKey: string): readonly UnlinkedCitation[] {
    return this.byNumberedStandard.get(standardKey) ?? [];
  }
}

/**
 * The international standard whose number an EN carries, as CEN and CENELEC number them: "EN ISO 3743-2" and
 * "EN IEC 60601-2-83" name it, and a plain EN in CENELEC's 60000-69999 range takes the IEC number. A number says
 * nothing of the edition adopted or of common modifications, so callers may only point at the citation.
 */
export function standardNumberedBy(designation: string): string | null {
  const named = /^EN\s+(ISO\/IEC|ISO|IEC)\s+(\d+(?:-\d+)*)/.exec(designation);
  if (named) return `${named[1]} ${named[2]}`;
  const iecRange = /^EN\s+(6\d{4}(?:-\d+)*)\b/.exec(designation);
  return iecRange ? `IEC ${iecRange[1]}` : null;
}

/**
 * Citations grouped by the EN they cite, each EN with the acts citing it (MDR and IVDR often cite the same EN) and its
 * first citation, in the order met.
 */
export function actsByEn<C extends UnlinkedCitation>(citations: readonly C[]): Map<string, { acts: string[]; first: C }> {
  const byEn = new Map<string, { acts: string[]; first: C }>();
  for (const c of citations) {
    const en = byEn.get(c.designation) ?? { acts: [], first: c };
    if (!en.acts.includes(c.act)) en.acts.push(c.act);
    byEn.set(c.designation, en);
  }
  return byEn;
}

/**
 * ". The Official Journal cites EN 62841-1:2015 ...": an EN carrying the standard's number that no record links to
 * it, for the message that says no adoption is recorded. Empty when there is none.
 */
export function citedEnHint(citations: UnlinkedCitations, key: string | undefined): string {
  const numbered = key ? citations.numbering(key) : [];
  if (numbered.length === 0) return '';
  return `. The Official Journal cites ${describeCitations(numbered)}, but no recorded source says which edition of ${key} it adopts, or with what changes`;
}

/** "EN 285:2015+A1:2021 under Regulation (EU) 2017/745 (OJ L 138, 17/05/2022)". */
export function describeCitation(citation: UnlinkedCitation): string {
  return `${citation.designation} under ${citation.act}${citation.ojReference ? ` (${citation.ojReference})` : ''}`;
}

/** Several citations, at most three named, with how many more there are. */
export function describeCitations(citations: readonly UnlinkedCitation[]): string {
  const named = citations.slice(0, 3).map(describeCitation).join('; ');
  return citations.length > 3 ? `${named}; and ${citations.length - 3} more` : named;
}
