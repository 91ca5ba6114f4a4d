/** What every command shares: where it writes, and how it reads and refuses its options. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export class UsageError extends Error {}

export function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  return value;
}

/** Refuses flags a command does not know, rather than ignoring a misspelt one. */
export function checkFlags(args: string[], command: string, known: { values: string[]; flags: string[] }): void {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) continue;
    if (known.values.includes(arg)) i++;
    else if (!known.flags.includes(arg)) {
      throw new UsageError(`Unknown option '${arg}' for ${command} (known: ${[...known.values, ...known.flags].join(', ')})`);
    }
  }
}

export function padTable(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]))
      .join('  ')
      .trimEnd(),
  );
}
