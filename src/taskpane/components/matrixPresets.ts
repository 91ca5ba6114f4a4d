import { type Catalog, expandPlaces } from '../../core';

/** Jurisdiction presets for the matrix builder, read from the dataset's blocs so they never drift from it. */
export function presetJurisdictions(catalog: Catalog): Record<string, string[]> {
  const places = (token: string): string[] => expandPlaces(catalog, [token], { regionalMembers: true });
  return {
    G20: places('G20'),
    'EU 27': places('EU27'),
    'CEN members': places('CEN'),
    USMCA: places('USMCA'),
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
