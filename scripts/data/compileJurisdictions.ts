import type { CompiledJurisdiction, DatedFact } from '../../src/core/dataset/types';
import type { Problems } from './problems';
import { readRows, readSharedCsv } from './readSources';
import { sourceAddressProblem } from './sourceAddress';

const COUNTRY_NAME_COLUMNS = [
  'official_name_en',
  'UNTERM English Short',
  'UNTERM English Formal',
  'official_name_fr',
  'official_name_es',
  'official_name_ru',
  'official_name_cn',
  'official_name_ar',
];
const VENDOR_ORGS_SOURCE = 'https://github.com/dieghernan/Country-Codes-and-International-Organizations';
const DATED = /^\d{4}-\d{2}-\d{2}$/;

type Intern = (url: string) => number;

function vendorMembers(sharedDir: string): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const row of readSharedCsv(sharedDir, 'country-intl-orgs/CountrycodesOrgs.csv')) {
    if (row.org_member !== 'member') continue;
    const list = members.get(row.org_id) ?? [];
    list.push(row.ISO_3166_2);
    members.set(row.org_id, list);
  }
  return members;
}

/**
 * The name a country answers with: CLDR's everyday short name ("South Korea", "Türkiye"), except where CLDR gives an
 * abbreviation ("US", "UK"), which is not a name: then the ISO 3166 English name ("United States of America").
 */
function shortName(row: Record<string, string>): string {
  const cldr = row['CLDR display name'];
  if (cldr && !/^[A-Z]{2,3}$/.test(cldr)) return cldr;
  return (row.official_name_en || row['UNTERM English Short'] || cldr).replace(/ \(the\)$/, '');
}

function countries(sharedDir: string): CompiledJurisdiction[] {
  return readSharedCsv(sharedDir, 'country-codes/country-codes.csv')
    .filter((row) => /^[A-Z]{2}$/.test(row['ISO3166-1-Alpha-2']))
    .map((row) => ({
      code: row['ISO3166-1-Alpha-2'],
      name: shortName(row),
      alpha3: row['ISO3166-1-Alpha-3'] || undefined,
      numeric: row['ISO3166-1-numeric'] || undefined,
      aliases: [...new Set(COUNTRY_NAME_COLUMNS.map((c) => row[c]).filter(Boolean))],
      kind: 'country' as const,
      blocs: [],
    }));
}

function blocs(dataDir: string, sharedDir: string, problems: Problems, intern: Intern, byCode: Map<string, CompiledJurisdiction>): CompiledJurisdiction[] {
  const vendor = vendorMembers(sharedDir);
  return readRows(dataDir, 'jurisdictions', 'blocs', problems).map((row) => {
    const v = row.values;
    const members = v.members.split(/\s+/).flatMap((m) => {
      if (!m.startsWith('@vendor:')) return [m];
      const list = vendor.get(m.slice('@vendor:'.length));
      if (!list) problems.error(row, `No organisation ${m} in the shared country-intl-orgs table`);
      return list ?? [];
    });
    for (const m of members) if (!byCode.has(m)) problems.error(row, `Bloc member ${m} is not an ISO 3166 code`);
    intern(v.source);
    return {
      code: v.code,
      name: v.name,
      aliases: [v.name],
      kind: 'bloc' as const,
      blocs: [],
      members: [...new Set(members)].sort(),
      recordsUnder: v.records_under || undefined,
    };
  });
}

function fact(value: string, detail: string | undefined, date: string | undefined, source: number, read: string): DatedFact {
  return { value, detail: detail || undefined, date: date || undefined, src: source, read };
}

function attachFacts(dataDir: string, problems: Problems, intern: Intern, byCode: Map<string, CompiledJurisdiction>): void {
  const target = (row: { values: Record<string, string> }, rowRef: Parameters<Problems['error']>[0]) => {
    const j = byCode.get(row.values.jurisdiction);
    if (!j) problems.error(rowRef, `Unknown jurisdiction '${row.values.jurisdiction}'`);
    const addressProblem = sourceAddressProblem(row.values.source);
    if (addressProblem) problems.error(rowRef, addressProblem);
    if (!DATED.test(row.values.read ?? '')) problems.error(rowRef, 'Missing read date (YYYY-MM-DD)');
    return j;
  };
  for (const row of readRows(dataDir, 'jurisdictions', 'bodies', problems)) {
    const j = target(row, row);
    const v = row.values;
    if (j && !j.body) {
      j.body = {
        name: v.body,
        acronym: v.acronym || undefined,
        iso: v.iso_membership || undefined,
        iec: v.iec_membership || undefined,
        src: intern(v.source),
        read: v.read,
        ...(v.iec_source ? { iecSrc: intern(v.iec_source), iecRead: v.iec_read } : {}),
      };
      if (v.iec_source) {
        const addressProblem = sourceAddressProblem(v.iec_source);
        if (addressProblem) problems.error(row, `iec_source: ${addressProblem}`);
        if (!DATED.test(v.iec_read ?? '')) problems.error(row, 'iec_read needs a date (YYYY-MM-DD) beside iec_source');
      }
    }
  }
  for (const row of readRows(dataDir, 'jurisdictions', 'wto', problems)) {
    const j = target(row, row);
    if (j) j.wto = fact('WTO member', undefined, row.values.member_since, intern(row.values.source), row.values.read);
  }
  for (const row of readRows(dataDir, 'jurisdictions', 'gdpr-adequacy', problems)) {
    const j = target(row, row);
    const v = row.values;
    if (j) j.gdprAdequacy = fact(`EU adequacy decision ${v.decision}`, v.scope, v.date, intern(v.source), v.read);
  }
  for (const row of readRows(dataDir, 'jurisdictions', 'ifrs', problems)) {
    const j = target(row, row);
    const v = row.values;
    if (j) j.ifrs = fact(`IFRS: ${v.status}`, v.entities, undefined, intern(v.source), v.read);
  }
}

/** Countries from ISO 3166 (the shared country-codes table), blocs from data/jurisdictions/blocs.csv, then the per-country facts. */
export function compileJurisdictions(dataDir: string, sharedDir: string, problems: Problems, intern: Intern): CompiledJurisdiction[] {
  const list = countries(sharedDir);
  const byCode = new Map(list.map((j) => [j.code, j]));
  const groups = blocs(dataDir, sharedDir, problems, intern, byCode);
  for (const g of groups) {
    if (byCode.has(g.code)) problems.error('data/jurisdictions/blocs.csv', `Bloc code ${g.code} collides with a country`);
    byCode.set(g.code, g);
    for (const m of g.members ?? []) byCode.get(m)?.blocs.push(g.code);
  }
  for (const row of readRows(dataDir, 'jurisdictions', 'aliases', problems)) {
    const j = byCode.get(row.values.jurisdiction);
    if (!j) problems.error(row, `Alias for unknown jurisdiction '${row.values.jurisdiction}'`);
    else j.aliases.push(row.values.alias);
  }
  attachFacts(dataDir, problems, intern, byCode);
  intern(VENDOR_ORGS_SOURCE);
  const eu = byCode.get('EU');
  const cenRow = readRows(dataDir, 'jurisdictions', 'blocs', problems).find((r) => r.values.code === 'CEN');
  if (eu && cenRow) {
    eu.body = { name: 'CEN and CENELEC (European Standards, EN)', acronym: 'CEN/CENELEC', src: intern(cenRow.values.source), read: cenRow.values.read };
  }
  return [...list, ...groups];
}
