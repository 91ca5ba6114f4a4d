import { runHarmonize } from '../support/cli';
import { stringMatching } from '../support/matchers';

/** One printed result: a cell or a table as its value, or an error with its reason. */
interface EvalLine {
  value?: string | string[][];
  error?: string;
  message?: string;
}

/** CROSSWALK and RECOGNITION through `harmonize eval`: the same functions module that Excel loads. */
async function evaluate(...formulas: string[]) {
  const { code, out } = await runHarmonize('eval', ...formulas);
  return { code, results: out.map((l) => JSON.parse(l) as EvalLine) };
}

/** A printed value that is a table. */
const table = (line: EvalLine): string[][] => {
  if (!Array.isArray(line.value)) throw new Error(`expected a table, got ${JSON.stringify(line)}`);
  return line.value;
};

describe('harmonize eval: CROSSWALK and RECOGNITION', () => {
  test('CROSSWALK spills a table; blank strength is an empty cell', async () => {
    const { code, results } = await evaluate(
      '=HARMONIZE.CROSSWALK("gv.oc-01","CSF 2.0","800-53")',
      '=HARMONIZE.CROSSWALK("A.9.2.1","ISO 27001","SP 800-53 Rev 5")',
    );
    expect(code).toBe(0);
    expect(results[0].value).toEqual([
      ['control', 'framework', 'relationship', 'strength'],
      ['PM-11', 'SP800-53r5', 'mapped', ''],
    ]);
    expect(table(results[1])[1]).toEqual(['AC-2', 'SP800-53r5', 'mapped (reverse)', '']);
  });

  test('RECOGNITION answers one cell per pair with a scheme, a table without', async () => {
    const { code, results } = await evaluate('=HARMONIZE.RECOGNITION("US","GB","IAF-MLA")', '=HARMONIZE.RECOGNITION("US","GB")');
    expect(code).toBe(0);
    expect(results[0].value).toBe('IAF-MLA: yes (ANSI/ANAB - UKAS)');
    expect(table(results[1])[0]).toEqual(['scheme', 'recognised', 'body US', 'body GB', 'scope']);
    expect(
      table(results[1])
        .map((r) => r[1])
        .slice(1),
    ).toEqual(['yes', 'not recorded', 'yes', 'not applicable', 'not applicable']);
  });

  test('errors keep their code and reason, and the exit code is 1', async () => {
    const { code, results } = await evaluate('=HARMONIZE.CROSSWALK("AC-99","800-53","ISO 27001")', '=HARMONIZE.RECOGNITION("US","GB","CE")');
    expect(code).toBe(1);
    expect(results[0]).toMatchObject({ error: '#N/A', message: stringMatching(/^Unknown control 'AC-99' in SP800-53r5 .* did you mean AC-9, AC-19/) });
    expect(results[1]).toMatchObject({ error: '#VALUE!', message: stringMatching(/^Unknown scheme 'CE'/) });
  });
});
