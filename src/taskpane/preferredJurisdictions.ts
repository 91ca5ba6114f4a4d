import { useEffect, useState } from 'react';
import { type Harmonize, isHarmonizeError } from '../core';
import { jurisdictionsUsedInWorkbook } from './excel/workbookJurisdictions';

/** "en-GB" -> "GB", "zh-Hans-CN" -> "CN"; a language alone ("en") or a UN M49 area ("es-419") names no country. */
export function regionOfLocale(locale: string): string | null {
  const region = locale
    .split(/[-_]/)
    .slice(1)
    .find((part) => /^[A-Za-z]{2}$/.test(part));
  return region ? region.toUpperCase() : null;
}

/** The locales the analyst works in: Office's display language first, then the browser's. */
export function userLocales(): string[] {
  const locales: string[] = [];
  try {
    if (typeof Office !== 'undefined' && Office.context?.displayLanguage) locales.push(Office.context.displayLanguage);
  } catch {
    // Outside Office, Office.context is not there to read.
  }
  if (typeof navigator !== 'undefined') locales.push(...(navigator.languages ?? []), navigator.language ?? '');
  return locales.filter(Boolean);
}

/**
 * The jurisdictions the analyst most likely means, best first: those the workbook already names (as written there,
 * "Germany" or "DE"), then the country of their locale, then the blocs that country's standards are recorded
 * under (a German analyst reading an EN sees the EU). Codes the dataset does not know are left out.
 */
export function preferredJurisdictions(engine: Harmonize, inWorkbook: readonly string[], locales: readonly string[]): string[] {
  const codes = new Set<string>();
  const add = (text: string) => {
    const code = engine.jurisdiction(text, 'code');
    if (!isHarmonizeError(code) && typeof code[0]?.[0] === 'string') codes.add(code[0][0]);
  };
  inWorkbook.forEach(add);
  const regions = locales.map(regionOfLocale).filter((r): r is string => r !== null && engine.catalog.jurisdictions.has(r));
  for (const region of regions) {
    codes.add(region);
    for (const bloc of engine.catalog.jurisdictions.get(region)?.blocs ?? []) if (engine.catalog.recordedPlaces.has(bloc)) codes.add(bloc);
  }
  return [...codes];
}

/** The workbook's jurisdictions, read once when the pane opens in Excel; outside Excel there is no workbook. */
export function useWorkbookJurisdictions(inExcel: boolean): string[] {
  const [used, setUsed] = useState<string[]>([]);
  useEffect(() => {
    if (!inExcel) return;
    let current = true;
    jurisdictionsUsedInWorkbook().then(
      (found) => current && setUsed(found),
      // Only a default depends on it; the picker still lists every jurisdiction.
      (error: unknown) => console.warn('Could not read the jurisdictions this workbook uses', error),
    );
    return () => {
      current = false;
    };
  }, [inExcel]);
  return used;
}
