/**
 * The two members of Excel's CustomFunctions global that the functions module uses, for running the very same
 * module in Node (tests). In Excel the real global exists and this shim is never installed. It is installed with
 * installGlobals, so the test file that installs it removes it again (afterAll(uninstallGlobals)).
 */
import { installGlobals } from './excel/globals';

/**
 * Like Excel's own CustomFunctions.Error, a plain value with a code and a message, not a JavaScript Error: a
 * matrix can hold thousands of them, and capturing a stack trace for each would cost more than the lookups.
 */
class ShimError {
  readonly name = 'CustomFunctions.Error';
  readonly message: string;
  constructor(
    readonly code: string,
    message?: string,
  ) {
    this.message = message ?? code;
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
  installGlobals({ CustomFunctions: { Error: ShimError, ErrorCode } });
}

export function isExcelError(value: unknown): value is { code: string; message: string } {
  const code = typeof value === 'object' && value !== null ? (value as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('#') && typeof (value as { message?: unknown }).message === 'string';
}
