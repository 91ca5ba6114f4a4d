import golden from '../functions/functions.golden.json';
import { FUNCTION_TABLE } from '../../src/core';
import { bundledEngine } from '../support/bundledData';
import { recomputeFormula } from '../../src/core/mappings';
import { evaluateFormula } from '../../src/cli/evaluate';
import * as functions from '../../src/functions/functions';
import { FUNCTION_SPECS } from '../../src/taskpane/components/formulaSpecs';

/** The generated functions.json (pinned by the metadata golden test): what Excel registers. */
const registered = (golden as { id: string; parameters: { name: string; optional?: boolean }[] }[]).map((f) => ({
  name: f.id,
  parameters: f.parameters.map((p) => ({ name: p.name, optional: p.optional === true })),
}));

describe('one list of functions', () => {
  test('core’s table names every registered function with its parameters, in order', () => {
    expect(FUNCTION_TABLE.map((f) => ({ name: f.name, parameters: f.parameters.map((p) => ({ name: p.name, optional: p.optional })) }))).toEqual(registered);
  });

  test('harmonize eval, recalc and the formula builder know every function in the table', () => {
    const names = FUNCTION_TABLE.map((f) => f.name);
    const exported = functions as unknown as Record<string, unknown>;
    expect(names.filter((name) => typeof exported[name.toLowerCase()] !== 'function')).toEqual([]);
    const unknownToEval = names.filter((name) => {
      const result = evaluateFormula(`=HARMONIZE.${name}()`);
      return 'error' in result && result.error === '#NAME?';
    });
    expect(unknownToEval).toEqual([]);
    expect(FUNCTION_SPECS.map((f) => f.name)).toEqual(names);
    const engine = bundledEngine();
    const examples: Record<string, string> = {
      CROSSWALK: '=HARMONIZE.CROSSWALK("GV.OC-01","CSF 2.0","800-53")',
      RECOGNITION: '=HARMONIZE.RECOGNITION("US","GB","IAF-MLA")',
      GAPS: '=HARMONIZE.GAPS("DE","US","medical devices","a-only")',
      CHANGES: '=HARMONIZE.CHANGES("1.1.0","DE")',
    };
    for (const [name, formula] of Object.entries(examples)) {
      const result = recomputeFormula(engine, formula);
      expect({ name, skipped: 'skipped' in result ? result.skipped : null }).toEqual({ name, skipped: null });
    }
  });
});
