/**
 * The spreadsheet baseline: the MATRIX's 60,000 lookups as formulas over a pasted mapping table, evaluated by
 * HyperFormula (GPL-3; a devDependency imported only from bench/, never bundled). Exact-match INDEX/MATCH with
 * the column index on is the fastest lookup a spreadsheet offers, and the table holds canonical keys, so the
 * spreadsheet is spared the normalisation Harmonize does.
 */
import { HyperFormula } from 'hyperformula';
import { bundledEngine } from '../test/support/bundledData';
import { matrixInputs } from './matrix';
import { summarise, type Summary } from './stats';

const KEY_SEPARATOR = '|';

/** Every (standard, jurisdiction) pair the dataset answers, with its designation: what an analyst would paste. */
function mappingTable(): (string | null)[][] {
  const catalog = bundledEngine().catalog;
  const rows: (string | null)[][] = [['key', 'designation']];
  const seen = new Set<string>();
  for (const a of catalog.adoptions) {
    const key = catalog.editions.get(a.standard)?.key ?? a.standard;
    const pair = `${key}${KEY_SEPARATOR}${a.jurisdiction}`;
    if (seen.has(pair)) continue;
    seen.add(pair);
    rows.push([pair, catalog.adoptionsIn(key, a.jurisdiction)[0]?.designation ?? a.designation]);
  }
  return rows;
}

const column = (index: number): string => {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};

function matrixSheet(standards: string[], places: string[], tableRows: number): (string | null)[][] {
  const header: (string | null)[] = [null, ...places];
  const body = standards.map((s, r) => [
    s,
    ...places.map((_, c) => {
      const place = `${column(c + 1)}$1`;
      const key = `$A${r + 2}&"${KEY_SEPARATOR}"&${place}`;
      return `=IFERROR(INDEX(Mapping!$B$2:$B$${tableRows},MATCH(${key},Mapping!$A$2:$A$${tableRows},0)),"#N/A")`;
    }),
  ]);
  return [header, ...body];
}

export interface SpreadsheetResult {
  /** Milliseconds to build and evaluate the 60,000 formulas. */
  evaluate: Summary;
  answered: number;
}

export function benchSpreadsheet(runs = 3): SpreadsheetResult {
  const { standards, jurisdictions } = matrixInputs();
  const table = mappingTable();
  const sheet = matrixSheet(
    standards.map((r) => r[0]),
    jurisdictions[0],
    table.length,
  );
  const samples: number[] = [];
  let answered = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const hf = HyperFormula.buildFromSheets({ Mapping: table, Matrix: sheet }, { licenseKey: 'gpl-v3', useColumnIndex: true });
    const values = hf.getSheetValues(hf.getSheetId('Matrix')!);
    samples.push(performance.now() - start);
    answered = values
      .slice(1)
      .flatMap((row) => row.slice(1))
      .filter((v) => typeof v === 'string' && v !== '#N/A').length;
    hf.destroy();
  }
  return { evaluate: summarise(samples), answered };
}
