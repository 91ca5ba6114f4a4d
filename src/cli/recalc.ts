import { readFileSync, writeFileSync } from 'node:fs';
import { changesSinceStamp, type DatasetStamp, neutraliseCsvCell, type ShownValue, stampFromXml, stampOf, toCsv } from '../core';
import { runtime } from '../runtime/engine';
import type { CliIo } from './cliArgs';
import { XlsxPackage } from './recalcPackage';
import { type RecalcReport, recalcCells, readWorkbookMappings } from './recalcWorkbook';

export const RECALC_USAGE = '  harmonize recalc in.xlsx -o out.xlsx [--report changes.csv] [--accept-partial-mappings]';

const HELP = `Usage:
${RECALC_USAGE}

Recomputes every HARMONIZE formula in the workbook with the installed dataset and the workbook's own
HarmonizeMappings table, writes the values as the cells' cached results and changes nothing else. Changed cells
are printed; --report writes them as CSV (address, old, new, reason), each with its reason from the dataset's
changelog since the dataset the workbook is stamped with (or the workbook's own mappings). When the
HarmonizeMappings table has rejected rows, nothing is written unless --accept-partial-mappings says to use the
accepted rows.
Exit status: 0 when every HARMONIZE formula was recomputed, 1 when some were skipped (the file is still written)
or nothing was written, 2 on a usage error.`;

interface RecalcArguments {
  input: string;
  output: string;
  report: string | null;
  acceptPartialMappings: boolean;
}

function readArguments(args: string[]): RecalcArguments | string {
  const positional: string[] = [];
  let output: string | null = null;
  let report: string | null = null;
  let acceptPartialMappings = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-o' || arg === '--output' || arg === '--report') {
      const value = args[++i];
      if (value === undefined || value.startsWith('-')) return `${arg} needs a file name`;
      if (arg === '--report') report = value;
      else output = value;
    } else if (arg === '--accept-partial-mappings') acceptPartialMappings = true;
    else if (arg.startsWith('-')) return `Unknown option '${arg}'`;
    else positional.push(arg);
  }
  if (positional.length !== 1) return 'recalc needs exactly one input workbook';
  if (!output) return 'recalc needs -o out.xlsx';
  return { input: positional[0], output, report, acceptPartialMappings };
}

const show = (value: ShownValue): string => JSON.stringify(value);

function csvReport(changed: RecalcReport['changed']): string {
  const cell = (v: ShownValue): ShownValue => (typeof v === 'string' ? neutraliseCsvCell(v) : v);
  return toCsv([['address', 'old', 'new', 'reason'], ...changed.map((c) => [c.address, cell(c.old), cell(c.new), cell(c.reason)])]);
}

/** The dataset stamp the add-in (or `matrix --xlsx`) left in the workbook's custom XML parts, if any. */
async function workbookStamp(pkg: XlsxPackage): Promise<DatasetStamp | null> {
  for (const xml of await pkg.customXmlParts()) {
    const stamp = stampFromXml(xml);
    if (stamp) return stamp;
  }
  return null;
}

/** `harmonize recalc`: the CI-friendly refresh of a shared workbook's cached HARMONIZE values. */
export async function runRecalc(args: string[], io: CliIo): Promise<number> {
  const parsed = readArguments(args);
  if (typeof parsed === 'string') {
    io.err(`harmonize: ${parsed}\n\n${HELP}`);
    return 2;
  }
  const pkg = await XlsxPackage.open(readFileSync(parsed.input));
  // A workbook may name any catalogued publication; a batch run reads the catalogues up front.
  const bundled = await runtime.engineWithCatalogue();
  const mappings = readWorkbookMappings(pkg, new Date().toISOString().slice(0, 10), bundled);
  for (const r of mappings.rejected) io.err(`HarmonizeMappings ${r.row === 0 ? 'header' : `row ${r.row}`} rejected: ${r.reason}`);
  if (mappings.rejected.length && !parsed.acceptPartialMappings) {
    io.err(`harmonize: nothing written: ${mappings.rejected.length} HarmonizeMappings row(s) were rejected; fix them or pass --accept-partial-mappings`);
    return 1;
  }
  const engine = bundled.withOverlay(mappings.accepted);
  const stamped = await workbookStamp(pkg);
  const { report, replacements } = recalcCells(pkg, engine, changesSinceStamp(engine.catalog.dataset, stamped?.version ?? null));
  writeFileSync(parsed.output, await pkg.write(replacements));
  if (parsed.report) writeFileSync(parsed.report, csvReport(report.changed));
  for (const c of report.changed) io.out(`${c.address}: ${show(c.old)} -> ${show(c.new)}`);
  for (const s of report.skipped) io.err(`skipped ${s.address}: ${s.reason}`);
  for (const s of report.spilled)
    io.err(`note ${s.address}: the answer spills over ${s.rows}x${s.columns} cells; only this anchor cell's cached value was written`);
  const stamp = stampOf(engine, new Date());
  const source = mappings.location ? `, with ${mappings.accepted.length} workbook mapping(s) from ${mappings.location}` : '';
  if (stamped) io.err(`note: the workbook was stamped with dataset ${stamped.version} (${stamped.checksum}) on ${stamped.computedAt}`);
  io.out(
    `Recomputed ${report.changed.length + report.unchanged} HARMONIZE formula(s) with dataset ${stamp.version} (${stamp.checksum})${source}: ` +
      `${report.changed.length} changed, ${report.unchanged} unchanged, ${report.skipped.length} skipped. Wrote ${parsed.output}.`,
  );
  return report.skipped.length ? 1 : 0;
}
