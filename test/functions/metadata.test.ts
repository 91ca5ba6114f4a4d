import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';

/**
 * Pins the signature of every custom function. Shared workbooks store calls by id and argument position, so a
 * change here breaks them: update functions.golden.json only on purpose.
 */
interface Parameter {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  helpUrl?: string;
  description?: string;
  parameters: Parameter[];
  result: { dimensionality?: string };
}

const signature = (f: FunctionMetadata) => ({
  id: f.id,
  name: f.name,
  parameters: f.parameters.map((p) => ({ name: p.name, type: p.type ?? 'any', dimensionality: p.dimensionality ?? 'scalar', optional: p.optional ?? false })),
  result: f.result.dimensionality ?? 'scalar',
});

describe('functions.json', () => {
  let generated: { metadataJson: string; errors: string[] };
  beforeAll(async () => {
    generated = await generateCustomFunctionsMetadata(join(__dirname, '../../src/functions/functions.ts'));
  }, 30_000);

  test('generates without errors', () => {
    expect(generated.errors).toEqual([]);
  });

  test('matches the golden signatures', () => {
    const { functions } = JSON.parse(generated.metadataJson) as { functions: FunctionMetadata[] };
    const golden = JSON.parse(readFileSync(join(__dirname, 'functions.golden.json'), 'utf8')) as unknown;
    expect(functions.map(signature)).toEqual(golden);
  });

  test('every function and parameter carries user-facing text and a help address', () => {
    const { functions } = JSON.parse(generated.metadataJson) as { functions: FunctionMetadata[] };
    for (const f of functions) {
      expect(f.description?.length).toBeGreaterThan(20);
      expect(f.helpUrl).toMatch(/^https:\/\/.+#/);
      for (const p of f.parameters) expect((p as { description?: string }).description?.length).toBeGreaterThan(10);
    }
  });
});
