import { readFileSync } from 'node:fs';
import { type CellValue, isHarmonizeError, needsCatalogue } from '../core';
import { runtime } from '../runtime/engine';
import { expandJurisdictions } from './jurisdictionPresets';
import { evaluateFormula } from './evaluate';
import { writeMatrixWorkbook } from './matrixWorkbook';
import { CHANGES_USAGE, GAPS_USAGE, runChanges, runGaps } from './compare';
import { type CliIo, UsageError, checkFlags, option, padTable } from './cliArgs';
import { RECALC_USAGE, runRecalc } from './recalc';

export type { CliIo } from './cliArgs';

const USAGE = `harmonize - international standards and their national adoptions, from the bundled dataset

Usage:
  harmonize eval '=HARMONIZE.EQUIVALENT("ISO 9001","US")' [more formulas...]
  harmonize eval --file formulas.txt          one formula per line; prints one JSON object per line
  harmonize matrix --standards "ISO 9001,ISO 13485" --jurisdictions US,EU,CN,JP [--field designation]
                  [--xlsx out.xlsx [--values]] [--allow-na]
      jurisdictions take presets: G20, EU27, CEN, USMCA and every bloc in the data stand for their members
      (EU and GCC stay one column: they answer with their own EN and GSO records)
${GAPS_USAGE}
${CHANGES_USAGE}
${RECALC_USAGE}
  harmonize help

Exit status: 0 when every formula or cell gave a value, 1 when any gave an error (each is printed with its
reason; matrix --allow-na accepts #N/A cells), 2 on a usage error.`;

function runEval(args: string[], io: CliIo): number {
  const file = option(args, '--file');
  const formulas = file
    ? readFileSync(file, 'utf8')
        .split(/\r?\n/)
        .filter((line) => line.trim() && !line.trim().startsWith('#'))
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

async function runMatrix(args: string[], io: CliIo): Promise<number> {
  checkFlags(args, 'matrix', { values: ['--standards', '--jurisdictions', '--field', '--xlsx'], flags: ['--values', '--allow-na'] });
  const list = (name: string): string[] =>
    (option(args, name) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  let engine = runtime.currentEngine();
  const standards = list('--standards');
  const jurisdictions = expandJurisdictions(engine, list('--jurisdictions'));
  const field = option(args, '--field') ?? 'designation';
  if (standards.length === 0 || jurisdictions.length === 0) {
    throw new UsageError('matrix needs --standards and --jurisdictions');
  }
  if (args.includes('--values') && !args.includes('--xlsx')) throw new UsageError('--values applies to --xlsx');
  let answer = engine.matrix([standards], [jurisdictions], field);
  if (needsCatalogue(answer)) {
    engine = await runtime.engineWithCatalogue();
    answer = engine.matrix([standards], [jurisdictions], field);
  }
  if (isHarmonizeError(answer)) {
    io.err(`${answer.code} ${answer.message}`);
    return 1;
  }
  const failures = cellErrors(answer, standards, jurisdictions);
  const xlsx = option(args, '--xlsx');
  if (xlsx) {
    await writeMatrixWorkbook(engine, standards, jurisdictions, field, xlsx, { values: args.includes('--values') });
    io.out(`Wrote ${xlsx}: ${standards.length} standards x ${jurisdictions.length} jurisdictions`);
  } else {
    const text = answer.map((row) => row.map((c) => (isHarmonizeError(c) ? c.code : c === null ? '' : String(c))));
    for (const line of padTable(text)) io.out(line);
  }
  for (const f of failures) io.err(f.text);
  const blocking = args.includes('--allow-na') ? failures.filter((f) => f.code !== '#N/A') : failures;
  return blocking.length ? 1 : 0;
}

/** Each error cell of a matrix answer (header row and column first) with the cell it is and its reason. */
function cellErrors(answer: CellValue[][], standards: string[], jurisdictions: string[]): { code: string; text: string }[] {
  const out: { code: string; text: string }[] = [];
  answer.slice(1).forEach((row, r) =>
    row.slice(1).forEach((cell, c) => {
      if (isHarmonizeError(cell)) out.push({ code: cell.code, text: `${standards[r]} in ${jurisdictions[c]}: ${cell.code} ${cell.message}` });
    }),
  );
  return out;
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
      case 'gaps':
        return await runGaps(rest, io);
      case 'changes':
        return await runChanges(rest, io);
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
