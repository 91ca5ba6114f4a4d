/**
 * The columns of the workbook's own mappings. They are the bundled adoption columns an analyst can know without
 * research tooling; `edition` lets a row say "ISO 9001" in `standard` and the edition beside it.
 */
export const MAPPING_TABLE_NAME = 'HarmonizeMappings';

export const MAPPING_COLUMNS = ['standard', 'jurisdiction', 'designation', 'correspondence', 'edition', 'source', 'note'] as const;
export type MappingColumn = (typeof MAPPING_COLUMNS)[number];

/** Without these a row cannot say what is adopted where under which name. */
const REQUIRED: readonly MappingColumn[] = ['standard', 'jurisdiction', 'designation'];

/** Where each known column sits in a header row; absent optional columns are simply missing. */
export type ColumnPositions = Partial<Record<MappingColumn, number>>;

/**
 * Reads a header row case-insensitively. An unknown or repeated column rejects the whole table: it usually means
 * a different file or shifted columns, and guessing would import values into the wrong fields.
 */
export function readHeader(header: readonly unknown[]): ColumnPositions | string {
  const positions: ColumnPositions = {};
  const problems: string[] = [];
  header.forEach((cell, index) => {
    const name = (typeof cell === 'string' ? cell : typeof cell === 'number' || typeof cell === 'boolean' ? String(cell) : '').trim();
    const column = MAPPING_COLUMNS.find((c) => c === name.toLowerCase());
    if (!column) problems.push(name ? `unknown column '${name.slice(0, 40)}'` : `column ${index + 1} has no name`);
    else if (positions[column] !== undefined) problems.push(`column '${column}' appears twice`);
    else positions[column] = index;
  });
  const missing = REQUIRED.filter((c) => positions[c] === undefined);
  if (missing.length) problems.push(`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  if (problems.length === 0) return positions;
  return `Header: ${problems.join('; ')}. The columns are ${MAPPING_COLUMNS.join(', ')} (standard, jurisdiction and designation are required).`;
}
