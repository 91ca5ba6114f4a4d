import type { SourceRow } from './readSources';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  where: string;
  message: string;
}

/** Collects problems while compiling; errors fail `data:check`, warnings appear in the report. */
export class Problems {
  readonly list: Problem[] = [];

  error(row: SourceRow | string, message: string): void {
    this.list.push({ severity: 'error', where: typeof row === 'string' ? row : `${row.file}:${row.line}`, message });
  }

  warn(row: SourceRow | string, message: string): void {
    this.list.push({ severity: 'warning', where: typeof row === 'string' ? row : `${row.file}:${row.line}`, message });
  }

  get errors(): Problem[] {
    return this.list.filter((p) => p.severity === 'error');
  }

  get warnings(): Problem[] {
    return this.list.filter((p) => p.severity === 'warning');
  }
}
