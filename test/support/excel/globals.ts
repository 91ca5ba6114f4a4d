/**
 * The host globals a test provides (Excel, Office, CustomFunctions), installed through one helper so that every
 * test can put them back: a file that calls installGlobals, directly or through FakeWorkbook.install, registers
 * `afterEach(uninstallGlobals)` (or `afterAll` when it installs them once for the whole file).
 */
export interface HostGlobals {
  Excel?: unknown;
  Office?: unknown;
  CustomFunctions?: unknown;
}

/** Each global's descriptor before the first install since the last uninstall (undefined: there was none). */
const saved = new Map<keyof HostGlobals, PropertyDescriptor | undefined>();

export function installGlobals(globals: HostGlobals): void {
  for (const [name, value] of Object.entries(globals) as [keyof HostGlobals, unknown][]) {
    if (!saved.has(name)) saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true, enumerable: false });
  }
}

/** Puts back what installGlobals replaced, and removes what it added. */
export function uninstallGlobals(): void {
  for (const [name, descriptor] of saved) {
    if (descriptor) Object.defineProperty(globalThis, name, descriptor);
    else Reflect.deleteProperty(globalThis, name);
  }
  saved.clear();
}

/** Whether a host global is installed now (for tests of this helper and of cleanup). */
export function hasGlobal(name: keyof HostGlobals): boolean {
  return Object.getOwnPropertyDescriptor(globalThis, name) !== undefined;
}
