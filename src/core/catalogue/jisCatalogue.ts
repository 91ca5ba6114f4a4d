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

/**
 * The JSA's catalogue of JIS, valid and withdrawn, looked up by designation, dated or not. Read on first use: an
 * IEC lookup, which loads the same chunk, does not wait for 21,000 JIS to be indexed.
 */
export class JisCatalogue {
  private decoded: JisEntry[] | null = null;
  private readonly byDesignation = new Map<string, JisEntry>();
  /** Editions of one number, newest first; amendments and symbol sheets are not editions and are left out. */
  private readonly byNumber = new Map<string, JisEntry[]>();

  constructor(readonly compiled: CompiledJisCatalogue) {}

  get entries(): readonly JisEntry[] {
    if (!this.decoded) this.decoded = this.decode();
    return this.decoded;
  }

  private decode(): JisEntry[] {
    const entries = this.compiled.rows.split('\n').map((line): JisEntry => {
      const [designation, status, title] = line.split('\t');
      return { designation, status: status === 'v' ? 'valid' : 'withdrawn', title: title || null };
    });
    for (const entry of entries) {
      this.byDesignation.set(designationKey(entry.designation), entry);
      if (!/^[^/]*:\d{4}$/.test(entry.designation)) continue;
      const number = designationKey(jisNumber(entry.designation));
      const list = this.byNumber.get(number);
      if (list) list.push(entry);
      else this.byNumber.set(number, [entry]);
    }
    // Designations of one number differ only in their year, so a plain comparison orders them by it.
    for (const list of this.byNumber.values()) if (list.length > 1) list.sort((a, b) => (a.designation < b.designation ? 1 : -1));
    return entries;
  }

  /**
   * The JIS a designation names: exactly, or (undated) its newest edition. "JIS TR ..." also finds the JSA's
   * "TR ...", which it lists without the JIS prefix.
   */
  find(text: string): JisEntry | undefined {
    void this.entries;
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
    void this.entries;
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
