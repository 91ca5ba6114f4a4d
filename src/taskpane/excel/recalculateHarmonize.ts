import { mentionsHarmonize } from '../../core';
import { supports } from './requirements';

/**
 * Recalculates the HARMONIZE formulas after the workbook's mappings change, and only them: per sheet, the block
 * that holds its HARMONIZE formulas (Range.calculate, ExcelApi 1.6), where a full recalculation would redo every
 * formula of every sheet on each edit of the table. A host without Range.calculate falls back to a full one.
 * Returns the number of HARMONIZE formulas found.
 */
export async function recalculateHarmonizeFormulas(): Promise<number> {
  return Excel.run(async (context) => {
    if (!supports('rangeCalculate')) {
      context.workbook.application.calculate(Excel.CalculationType.full);
      await context.sync();
      return -1;
    }
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const used = sheets.items.map((s) => {
      const range = s.getUsedRangeOrNullObject(true);
      range.load('formulas,rowIndex,columnIndex');
      return { sheet: s, range };
    });
    await context.sync();
    let found = 0;
    for (const { sheet, range } of used) {
      if (range.isNullObject) continue;
      let top = Infinity;
      let left = Infinity;
      let bottom = -1;
      let right = -1;
      range.formulas.forEach((line, r) =>
        line.forEach((f, c) => {
          if (typeof f !== 'string' || !f.startsWith('=') || !mentionsHarmonize(f)) return;
          found++;
          top = Math.min(top, r);
          left = Math.min(left, c);
          bottom = Math.max(bottom, r);
          right = Math.max(right, c);
        }),
      );
      if (bottom >= 0) sheet.getRangeByIndexes(range.rowIndex + top, range.columnIndex + left, bottom - top + 1, right - left + 1).calculate();
    }
    await context.sync();
    return found;
  });
}
