import { runCli } from '../../src/cli/main';

/** One line `harmonize eval` prints: the formula, and its value or its error with the reason. */
export interface EvalLine {
  formula: string;
  value?: unknown;
  error?: string;
  message?: string;
}

/** Runs the CLI as a user would from a shell, collecting what it prints on each stream and its exit status. */
export async function runHarmonize(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}
