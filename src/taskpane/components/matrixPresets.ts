import type { Catalog } from '../../core';

/** Jurisdiction presets for the matrix builder, read from the dataset's blocs so they never drift from it. */
export function presetJurisdictions(catalog: Catalog): Record<string, string[]> {
  const members = (code: string): string[] => catalog.jurisdictions.get(code)?.members ?? [];
  return {
    G20: [...members('G20'), 'EU'],
    'EU 27': members('EU'),
    'CEN members': members('CEN'),
    USMCA: members('USMCA'),
  };
}

/** Splits a pasted list (lines, commas, semicolons or tabs) into distinct non-empty entries. */
export function parseList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n\r,;\t]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}
