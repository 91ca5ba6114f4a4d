import { Problems } from '../../scripts/data/problems';
import { tempDataDir } from './tempDataDir';

const ADOPTIONS_HEADER = 'standard,jurisdiction,designation,correspondence,year,status,source,read,note';

/**
 * Runs a data check over one adoptions file (`adoptions/<file>`) holding the given CSV rows, in a throwaway data
 * folder; gives each problem it raises as "severity: message".
 */
export function problemsOfCheck(file: string, rows: readonly string[], check: (dataDir: string, problems: Problems) => void): string[] {
  const dir = tempDataDir({ [`adoptions/${file}`]: [ADOPTIONS_HEADER, ...rows].join('\n') });
  const problems = new Problems();
  check(dir, problems);
  return problems.list.map((p) => `${p.severity}: ${p.message}`);
}
