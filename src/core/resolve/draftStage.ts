import { type HarmonizeError, notAvailable } from '../errors';
import { quoteInput } from './suggest';

/** ISO and IEC project stages before publication, as they appear in a draft's reference ("ISO/DIS 9001"). */
const ISO_DRAFT = /^((?:ISO|IEC)(?:\/(?:IEC|ISO|IEEE|ASTM|SAE))*)\s*[/ ]\s*(PWI|NP|WD|CD|DIS|FDIS|PRF|DTS|DTR|DPAS|CDV)\s+(.+)$/i;
/** The kind of document a draft of a specification, report or PAS becomes. */
const DRAFT_KIND: Readonly<Record<string, string>> = { DTS: 'TS', DTR: 'TR', DPAS: 'PAS' };
/** CEN and CENELEC drafts: "prEN ISO 13485" at enquiry, "FprEN 60601-1" at formal vote; DIN's "E DIN EN ..." too. */
const EN_DRAFT = /^(F?prEN|E\s+DIN)\s+(.+)$/i;

/**
 * Why a draft's reference answers nothing: national bodies adopt published standards, so "ISO/DIS 9001" or
 * "prEN ISO 13485" has no national equivalent yet. Before, a prEN answered the current national print of the EN,
 * a text the draft is to replace, and an ISO draft was an "Unknown standard". Null for any other text.
 */
export function draftReference(input: string): HarmonizeError | null {
  const text = input.trim();
  const iso = ISO_DRAFT.exec(text);
  if (iso) {
    const stage = iso[2].toUpperCase();
    // A draft's year is not the published edition's: "ISO/DIS 9001:2025" became ISO 9001:2026.
    const kind = DRAFT_KIND[stage] ? `/${DRAFT_KIND[stage]}` : '';
    return draft(text, stage, `${iso[1].toUpperCase()}${kind} ${iso[3].replace(/\s*:\s*\d{4}.*$/, '')}`);
  }
  const en = EN_DRAFT.exec(text);
  if (en) return draft(text, en[1].replace(/\s+/, ' '), en[1].toUpperCase().startsWith('E') ? `DIN ${en[2]}` : `EN ${en[2]}`);
  return null;
}

function draft(text: string, stage: string, published: string): HarmonizeError {
  return notAvailable(
    `'${quoteInput(text)}' is a draft (${stage}), not a published standard, and drafts have no national adoption; ` +
      `ask for ${quoteInput(published)} for the published text`,
  );
}
