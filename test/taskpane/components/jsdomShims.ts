/**
 * Browser APIs jsdom lacks that Fluent UI's positioning, overflow and motion use. A file installs them before its
 * tests (beforeAll) and removes them after (afterAll), so none outlives the file.
 */
const added: ('matchMedia' | 'ResizeObserver')[] = [];

export function installJsdomShims(): void {
  if (!Reflect.has(window, 'matchMedia')) {
    added.push('matchMedia');
    window.matchMedia = (query: string) => ({
      matches: false,
      media: query,
      addEventListener() {},
      removeEventListener() {},
      addListener() {},
      removeListener() {},
      onchange: null,
      dispatchEvent: () => false,
    });
  }
  if (!Reflect.has(globalThis, 'ResizeObserver')) {
    added.push('ResizeObserver');
    globalThis.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
}

export function uninstallJsdomShims(): void {
  for (const name of added.splice(0)) Reflect.deleteProperty(name === 'matchMedia' ? window : globalThis, name);
}
