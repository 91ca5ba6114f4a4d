import { escapeXml, unescapeXml } from '../xmlText';
import type { Harmonize } from '../harmonize';

/**
 * Which dataset a workbook's HARMONIZE values were computed with. The task pane keeps it in the workbook (a
 * custom XML part or the document settings) so that whoever opens the file can tell whether their installed
 * dataset would give different answers.
 */
export interface DatasetStamp {
  version: string;
  checksum: string;
  /** ISO 8601 date-time of the computation. */
  computedAt: string;
}

export interface StampComparison {
  /** True when the workbook has a stamp and the installed dataset is not the one it names. */
  differs: boolean;
  recorded: DatasetStamp | null;
  installed: DatasetStamp;
  /** One sentence for the task pane. */
  message: string;
}

/** The XML namespace of the custom XML part, so the pane can find its own part among others. */
export const STAMP_NAMESPACE = 'urn:harmonize:dataset-stamp:1';

export function stampOf(engine: Harmonize, computedAt: Date | string): DatasetStamp {
  const { version, checksum } = engine.catalog.dataset;
  return { version, checksum, computedAt: typeof computedAt === 'string' ? computedAt : computedAt.toISOString() };
}

/**
 * Compares a workbook's stamp with the installed dataset. The checksum decides: two builds with the same version
 * but different data differ; a version label is reported too so that the message names both.
 */
export function compareStamp(recorded: DatasetStamp | null | undefined, installed: DatasetStamp): StampComparison {
  if (!recorded) {
    return { differs: false, recorded: null, installed, message: `This workbook has no dataset stamp; the installed dataset is ${installed.version}.` };
  }
  const differs = recorded.checksum !== installed.checksum || recorded.version !== installed.version;
  const message = differs
    ? `Computed on ${recorded.computedAt} with dataset ${recorded.version} (${recorded.checksum}); the installed dataset is ${installed.version} (${installed.checksum}). Some values may change when recalculated.`
    : `Computed on ${recorded.computedAt} with the installed dataset ${installed.version}.`;
  return { differs, recorded, installed, message };
}

/** Reads a stamp stored as JSON (document settings); anything that is not a complete stamp reads as none. */
export function readStamp(value: unknown): DatasetStamp | null {
  const parsed = typeof value === 'string' ? safeJson(value) : value;
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { version, checksum, computedAt } = parsed as Record<string, unknown>;
  if (typeof version !== 'string' || typeof checksum !== 'string' || typeof computedAt !== 'string') return null;
  return { version, checksum, computedAt };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The custom XML part's text: one element in our namespace, readable without the add-in. */
export function stampToXml(stamp: DatasetStamp): string {
  const field = (name: keyof DatasetStamp): string => `<${name}>${escapeXml(stamp[name])}</${name}>`;
  return `<?xml version="1.0" encoding="UTF-8"?><harmonizeDatasetStamp xmlns="${STAMP_NAMESPACE}">${field('version')}${field('checksum')}${field('computedAt')}</harmonizeDatasetStamp>`;
}

/** Reads `stampToXml`'s output back (host-free: no DOM in core); null when the part is not a complete stamp. */
export function stampFromXml(xml: string): DatasetStamp | null {
  if (!xml.includes(STAMP_NAMESPACE)) return null;
  const field = (name: string): string | undefined => {
    const match = new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml);
    return match ? unescapeXml(match[1]) : undefined;
  };
  return readStamp({ version: field('version'), checksum: field('checksum'), computedAt: field('computedAt') });
}
