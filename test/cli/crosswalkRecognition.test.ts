import { runCli } from '../../src/cli/main';

/** CROSSWALK and RECOGNITION through `harmonize eval`: the same functions module that Excel loads. */
async function evaluate(...formulas: string[]) {
  const out: string[] = [];
  const code = await runCli(['eval', ...formulas], { out: (l) => out.push(l), err: () => undefined });
  return { code, results: out.map((l) => JSON.parse(l)) };
}

describe('harmonize eval: CROSSWALK and RECOGNITION', () => {
  test('CROSSWALK spills a table; blank strength is an empty cell', async () => {
    const { code, results } = await evaluate('=HARMONIZE.CROSSWALK("gv.oc-01","CSF 2.0","800-53")', '=HARMONIZE.CROSSWALK("A.9.2.1","ISO 27001","SP 800-53 Rev 5")');
    expect(code).toBe(0);
    expect(results[0].value).toEqual([
      ['control', 'framework', 'relationship', 'strength'],
      ['PM-11', 'SP800-53r5', 'mapped', ''],
    ]);
    expect(results[1].value[1]).toEqual(['AC-2', 'SP800-53r5', 'mapped (reverse)', '']);
  });

  test('RECOGNITION answers one cell per pair with a scheme, a table without', async () => {
    const { code, results } = await evaluate('=HARMONIZE.RECOGNITION("US","GB","IAF-MLA")', '=HARMONIZE.RECOGNITION("US","GB")');
    expect(code).toBe(0);
    expect(results[0].value).toBe('IAF-MLA: yes (ANSI/ANAB - UKAS)');
    expect(results[1].value[0]).toEqual(['scheme', 'recognised', 'body US', 'body GB', 'scope']);
    expect(results[1].value.map((r: string[]) => r[1]).slice(1)).toEqual(['yes', 'not recorded', 'yes', 'not applicable', 'not applicable']);
  });

  test('errors keep their code and reason, and the exit code is 1', async () => {
    const { code, results } = await evaluate('=HARMONIZE.CROSSWALK("AC-99","800-53","ISO 27001")', '=HARMONIZE.RECOGNITION("US","GB","CE")');
    expect(code).toBe(1);
    expect(results[0]).toMatchObject({ error: '#N/A', message: expect.stringMatching(/^Unknown control 'AC-99' in SP800-53r5 .* did you mean AC-9, AC-19/) });
    expect(results[1]).toMatchObject({ error: '#VALUE!', message: expect.stringMatching(/^Unknown scheme 'CE'/) });
  });
});
