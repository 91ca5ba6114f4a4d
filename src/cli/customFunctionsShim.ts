/**
 * The two members of Excel's CustomFunctions global that the functions module uses, for running the very same
 * module in Node (the CLI, tests). In Excel the real global exists and this shim is never installed.
 */
class ShimError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}

const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

export function installCustomFunctionsShim(): void {
  const g = globalThis as { CustomFunctions?: unknown };
  g.CustomFunctions ??= { Error: ShimError, ErrorCode };
}

export function isExcelError(value: unknown): value is { code: string; message: string } {
  const code = value instanceof Error ? (value as unknown as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('#');
}
