/**
 * The columns each source table may have. A column outside this list is an error, not a silent loss: a misspelt
 * optional column ("corespondence") would otherwise vanish from the compiled data without a word.
 * Keyed by folder, or by folder and file-name prefix where one folder holds tables of different shapes.
 */
const CITED = ['source', 'read', 'note'];

export const TABLE_COLUMNS: Record<string, { required: string[]; optional: string[] }> = {
  standards: { required: ['id', ...CITED.slice(0, 2)], optional: ['title', 'committee', 'status', 'replaced_by', 'published', 'note'] },
  adoptions: {
    required: ['standard', 'jurisdiction', 'designation', ...CITED.slice(0, 2)],
    optional: ['correspondence', 'year', 'status', 'in_force', 'adopts', 'en', 'committee', 'edition_basis', 'note'],
  },
  absences: { required: ['standard', 'jurisdiction', 'note', ...CITED.slice(0, 2)], optional: [] },
  'rules/en-adoption': {
    required: ['jurisdiction', 'kind', 'body', 'template', 'date_style', 'examples', ...CITED.slice(0, 2)],
    optional: ['practice', 'en_since', 'committees', 'note'],
  },
  'rules/correspondence': {
    required: ['jurisdiction', 'prefix', 'correspondence', 'examples', ...CITED.slice(0, 2)],
    optional: ['since', 'note'],
  },
  'regimes/harmonised': { required: ['en_designation', 'act', ...CITED.slice(0, 2)], optional: ['standard', 'oj_reference', 'note'] },
  'regimes/fda-recognized': {
    required: ['standard', 'recognition_number', ...CITED.slice(0, 2)],
    optional: ['extent', 'recognition_date', 'us_designation', 'note'],
  },
  'regimes/fda-qmsr': { required: ['standard', 'regulation', 'effective', ...CITED.slice(0, 2)], optional: ['note'] },
  'regimes/recognition': { required: ['scheme', 'jurisdiction', 'body', ...CITED.slice(0, 2)], optional: ['acronym', 'scope', 'date', 'note'] },
  'jurisdictions/blocs': { required: ['code', 'name', 'members', ...CITED.slice(0, 2)], optional: ['records_under', 'note'] },
  'jurisdictions/bodies': {
    required: ['jurisdiction', 'body', ...CITED.slice(0, 2)],
    optional: ['acronym', 'iso_membership', 'iec_membership', 'iec_source', 'iec_read', 'note'],
  },
  'jurisdictions/cen-cenelec-membership': {
    required: ['jurisdiction', 'organisation', 'member_since', ...CITED.slice(0, 2)],
    optional: ['note'],
  },
  'jurisdictions/wto': { required: ['jurisdiction', 'member_since', ...CITED.slice(0, 2)], optional: ['note'] },
  'jurisdictions/gdpr-adequacy': { required: ['jurisdiction', 'decision', ...CITED.slice(0, 2)], optional: ['scope', 'date', 'note'] },
  'jurisdictions/ifrs': { required: ['jurisdiction', 'status', ...CITED.slice(0, 2)], optional: ['entities', 'note'] },
  'jurisdictions/aliases': { required: ['jurisdiction', 'alias'], optional: ['note'] },
  crosswalks: {
    required: ['from', 'from_framework', 'to', 'to_framework', 'relationship', ...CITED.slice(0, 2)],
    optional: ['strength', 'note'],
  },
};

/** The problems with a table's header: missing required columns and columns no reader knows. */
export function headerProblems(table: string, header: readonly string[]): string[] {
  const schema = TABLE_COLUMNS[table];
  if (!schema) return [`No schema for table '${table}' (add it to scripts/data/schema.ts)`];
  const known = new Set([...schema.required, ...schema.optional]);
  return [
    ...schema.required.filter((c) => !header.includes(c)).map((c) => `Missing required column '${c}'`),
    ...header.filter((c) => !known.has(c)).map((c) => `Unknown column '${c}' (known: ${[...known].join(', ')})`),
  ];
}
