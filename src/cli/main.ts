import { readFileSync } from 'node:fs';
import { isHarmonizeError, needsCatalogue } from '../core';
import { currentEngine, engineWithCatalogue } from '../core/activeEngine';
import { evaluateFormula } from './evaluate';
import { writeMatrixWorkbook } from './matrixWorkbook';
import { RECALC_USAGE, runRecalc } from './recalc';

const USAGE = `harmonize - international standards and their national adoptions, from the bundled dataset

Usage:
  harmonize eval '=HARMONIZE.EQUIVALENT("ISO 9001","US")' [more formulas...]
  harmonize eval --file formulas.txt          one formula per line; prints one JSON object per line
  harmonize matrix --standards "ISO 9001,ISO 13485" --jurisdictions US,EU,CN,JP [--field designation] [--xlsx out.xlsx]
${RECALC_USAGE}
  harmonize help

Exit status: 0 when every formula gave a value, 1 when any gave an error, 2 on a usage error.`;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

class UsageError extends Error {}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  return value;
}

function runEval(args: string[], io: CliIo): number {
  const file = option(args, '--file');
  const formulas = file
    ? readFileSync(file, 'utf8').split(/\r?\n/).filter((line) => line.trim() && !line.trim().startsWith('#'))
    : args;
  if (formulas.length === 0) throw new UsageError('eval needs at least one formula or --file');
  let failed = false;
  for (const formula of formulas) {
    const result = evaluateFormula(formula);
    if ('error' in result) failed = true;
    io.out(JSON.stringify(result));
  }
  return failed ? 1 : 0;
}

function padTable(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd());
}

async function runMatrix(args: string[], io: CliIo): Promise<number> {
  const list = (name: string): string[] =>
    (option(args, name) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const standards = list('--standards');
  const jurisdictions = list('--jurisdictions');
  const field = option(args, '--field') ?? 'designation';
  if (standards.length === 0 || jurisdictions.length === 0) {
    throw new UsageError('matrix needs --standards and --jurisdictions');
  }
  let engine = currentEngine();
  let answer = engine.matrix([standards], [jurisdictions], field);
  if (needsCatalogue(answer)) {
    engine = await engineWithCatalogue();
    answer = engine.matrix([standards], [jurisdictions], field);
  }
  if (isHarmonizeError(answer)) {
    io.err(`${answer.code} ${answer.message}`);
    return 1;
  }
  const xlsx = option(args, '--xlsx');
  if (xlsx) {
    await writeMatrixWorkbook(engine, standards, jurisdictions, field, xlsx);
    io.out(`Wrote ${xlsx}: ${standards.length} standards x ${jurisdictions.length} jurisdictions`);
  } else {
    const text = answer.map((row) => row.map((c) => (isHarmonizeError(c) ? c.code : c === null ? '' : String(c))));
    for (const line of padTable(text)) io.out(line);
  }
  return 0;
}

/** Runs the CLI and returns its exit status; every failure becomes a message, never a stack trace. */
export async function runCli(argv: string[], io: CliIo = { out: console.log, err: console.error }): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'eval':
        return runEval(rest, io);
      case 'matrix':
        return await runMatrix(rest, io);
      case 'recalc':
        return await runRecalc(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return 0;
      default:
        throw new UsageError(`Unknown command '${command}'`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`harmonize: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    io.err(`harmonize: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
