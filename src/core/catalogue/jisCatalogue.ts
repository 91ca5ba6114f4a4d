import { designationKey } from '../text';
import type { CompiledJisCatalogue } from './types';

/** One Japanese Industrial Standard as the JSA lists it: which JIS exist, never which ISO/IEC standard they adopt. */
export interface JisEntry {
  designation: string;
  status: 'valid' | 'withdrawn';
  title: string | null;
}

/** "JIS X 0001:1994" -> "JIS X 0001": the number without its year or anything after it. */
export function jisNumber(designation: string): string {
  return designation.replace(/:\d{4}.*$/, '');
}

/** The JSA's catalogue of JIS, valid and withdrawn, looked up by designation, dated or not. */
export class JisCatalogue {
  readonly entries: JisEntry[];
  private readonly byDesignation = new Map<string, JisEntry>();
  /** Editions of one number, newest first; amendments and symbol sheets are not editions and are left out. */
  private readonly byNumber = new Map<string, JisEntry[]>();

  constructor(readonly compiled: CompiledJisCatalogue) {
    this.entries = compiled.rows.split('\n').map((line) => {
      const [designation, status, title] = line.split('\t');
      return { designation, status: status === 'v' ? 'valid' : 'withdrawn', title: title || null };
    });
    for (const entry of this.entries) {
      this.byDesignation.set(designationKey(entry.designation), entry);
      if (!/^[^/]*:\d{4}$/.test(entry.designation)) continue;
      const number = designationKey(jisNumber(entry.designation));
      this.byNumber.set(number, [entry, ...(this.byNumber.get(number) ?? [])]);
    }
    for (const list of this.byNumber.values()) list.sort((a, b) => b.designation.localeCompare(a.designation));
  }

  /**
   * The JIS a designation names: exactly, or (undated) its newest edition. "JIS TR ..." also finds the JSA's
   * "TR ...", which it lists without the JIS prefix.
   */
  find(text: string): JisEntry | undefined {
    const key = designationKey(text);
    const candidates = /^JIST[RS][A-Z]\d/.test(key) ? [key, key.slice(3)] : [key];
    for (const k of candidates) {
      const found = this.byDesignation.get(k) ?? this.byNumber.get(k)?.[0];
      if (found) return found;
    }
    return undefined;
  }

  /** The listed editions of the same number as a designation, newest first. */
  editionsOfNumber(designation: string): readonly JisEntry[] {
    return this.byNumber.get(designationKey(jisNumber(designation))) ?? [];
  }

  /** The JSA webdesk page of a JIS, as the catalogue links it. */
  page(entry: JisEntry): string {
    return this.compiled.pageBase + encodeURIComponent(entry.designation).replace(/%20/g, '+');
  }
}

/** "JIS X 0001:1994 is a JIS (Glossary of terms ..., valid)": what the catalogue says about one JIS. */
export function describeJis(entry: JisEntry): string {
  return `${entry.designation} is a JIS (${entry.title ? `${entry.title}, ` : ''}${entry.status})`;
}
