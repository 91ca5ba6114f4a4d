import { type Answer, type CellValue, type Harmonize, describeChange, isHarmonizeError, needsCatalogue, selectChanges } from '../core';
import { runtime } from '../runtime/engine';
import { writeGapsWorkbook } from './gapsWorkbook';
import { type CliIo, UsageError, checkFlags, option, padTable } from './cliArgs';

export const GAPS_USAGE = `  harmonize gaps DE US [--family "medical devices" | --standards "ISO 13485,ISO 14971"] [--kind a-only]
                  [--xlsx out.xlsx]
      where two jurisdictions differ, most material first (see GAPS in the README)`;
export const CHANGES_USAGE = `  harmonize changes [--since 1.1.0] [--for DE|"ISO 13485"] [--table]
      what changed in the data against earlier releases, newest first; --table prints CHANGES's columns`;

/** Answers with the engine, loading the IEC and JIS catalogues first when the answer waits for them. */
async function answerWith(ask: (engine: Harmonize) => Answer): Promise<{ engine: Harmonize; answer: Answer }> {
  let engine = runtime.currentEngine();
  let answer = ask(engine);
  if (needsCatalogue(answer)) {
    engine = await runtime.engineWithCatalogue();
    answer = ask(engine);
  }
  return { engine, answer };
}

const text = (c: CellValue): string => (c === null ? '' : isHarmonizeError(c) ? c.code : String(c));

/** Positional arguments: those that are neither a flag nor a flag's value. */
function positionals(args: string[], valued: string[]): string[] {
  return args.filter((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1] ?? ''));
}

/** `harmonize gaps A B`: the GAPS table, printed or written as a workbook. */
export async function runGaps(args: string[], io: CliIo): Promise<number> {
  const valued = ['--family', '--standards', '--kind', '--xlsx'];
  checkFlags(args, 'gaps', { values: valued, flags: [] });
  const places = positionals(args, valued);
  if (places.length !== 2) throw new UsageError(`gaps needs two jurisdictions, e.g. harmonize gaps DE US (got ${places.length})`);
  const family = option(args, '--family');
  const standards = option(args, '--standards');
  if (family && standards) throw new UsageError('gaps takes --family or --standards, not both');
  const scope =
    family ??
    (standards
      ? [
          standards
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ]
      : null);
  const kind = option(args, '--kind') ?? null;
  const { engine, answer } = await answerWith((e) => e.gaps(places[0], places[1], scope, kind));
  if (isHarmonizeError(answer)) {
    io.err(`${answer.code} ${answer.message}`);
    return 1;
  }
  const xlsx = option(args, '--xlsx');
  if (xlsx) {
    const scopeText = family ?? (standards ? standards : null);
    await writeGapsWorkbook(engine, answer, [places[0], places[1], scopeText, kind], xlsx);
    io.out(`Wrote ${xlsx}: ${answer.length - 1} gaps between ${answer[0][1]?.toString().split(' ')[0]} and ${answer[0][3]?.toString().split(' ')[0]}`);
  } else for (const line of padTable(answer.map((row) => row.map(text)))) io.out(line);
  return 0;
}

/** `harmonize changes`: the changelog, one sentence per change, or CHANGES's table. */
export async function runChanges(args: string[], io: CliIo): Promise<number> {
  checkFlags(args, 'changes', { values: ['--since', '--for'], flags: ['--table'] });
  const extra = positionals(args, ['--since', '--for']);
  if (extra.length) throw new UsageError(`changes takes no arguments besides its options (got '${extra[0]}')`);
  const since = option(args, '--since') ?? null;
  const subject = option(args, '--for') ?? null;
  const { engine, answer } = await answerWith((e) => e.changes(since, subject));
  if (isHarmonizeError(answer)) {
    io.err(`${answer.code} ${answer.message}`);
    return 1;
  }
  const selected = selectChanges(engine.catalog, since, subject);
  if (isHarmonizeError(selected)) throw new Error(selected.message);
  const dataset = engine.catalog.dataset;
  io.out(`Dataset ${dataset.version} (${dataset.date}): ${selected.changes.length} change(s) since ${selected.since}${subject ? ` for ${subject}` : ''}`);
  if (args.includes('--table')) for (const line of padTable(answer.map((row) => row.map(text)))) io.out(line);
  else for (const c of selected.changes) io.out(describeChange(c));
  return 0;
}
