import {
  type Harmonize,
  type FormulaAudit,
  type FormulaCell,
  type ReferenceValue,
  auditFormulas,
  mentionsHarmonize,
  referenceCells,
  type CellReference,
} from '../../core';
import { a1 } from './a1';

interface SheetGrid {
  top: number;
  left: number;
  values: unknown[][];
  formulas: unknown[][];
}

/**
 * Reads every sheet's used range once, then asks core which HARMONIZE cells would show a different value with the
 * installed dataset and the workbook's mappings, each with its reason from the changelog since `since` (the
 * workbook's stamped version). References are resolved from the same grids; a reference to another formula is
 * left to core to report as skipped.
 */
export async function auditWorkbook(engine: Harmonize, since: string | null = null): Promise<FormulaAudit> {
  const grids = await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const used = sheets.items.map((s) => ({ name: s.name, range: s.getUsedRangeOrNullObject(true) }));
    for (const u of used) u.range.load('isNullObject,values,formulas,rowIndex,columnIndex');
    await context.sync();
    const map = new Map<string, SheetGrid>();
    for (const u of used) {
      if (!u.range.isNullObject) map.set(u.name, { top: u.range.rowIndex, left: u.range.columnIndex, values: u.range.values, formulas: u.range.formulas });
    }
    return map;
  });
  const cells: (FormulaCell & { sheet: string })[] = [];
  for (const [sheet, grid] of grids) {
    grid.formulas.forEach((line, r) =>
      line.forEach((f, c) => {
        if (typeof f === 'string' && mentionsHarmonize(f))
          cells.push({ sheet, address: `${sheet}!${a1(grid.top + r, grid.left + c)}`, formula: f, cachedValue: grid.values[r][c] });
      }),
    );
  }
  const resolve = (ref: CellReference, cell: FormulaCell): ReferenceValue => {
    const sheet = ref.sheet ?? (cell as FormulaCell & { sheet: string }).sheet;
    const grid = grids.get(sheet);
    const read = ({ row, column }: { row: number; column: number }) => {
      const r = row - 1 - (grid?.top ?? 0);
      const c = column - 1 - (grid?.left ?? 0);
      const formula = grid?.formulas[r]?.[c];
      if (typeof formula === 'string' && formula.startsWith('=')) return { unresolved: `${sheet}!${a1(row - 1, column - 1)} holds a formula` };
      return (grid?.values[r]?.[c] ?? '') as string | number | boolean;
    };
    const block = referenceCells(ref).map((line) => line.map(read));
    const blocked = block.flat().find((v) => typeof v === 'object' && v !== null);
    if (blocked) return blocked;
    return ref.end ? (block as (string | number | boolean)[][]) : block[0][0];
  };
  return auditFormulas(engine, cells, resolve, since);
}
