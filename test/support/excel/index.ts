export { FakeWorkbook } from './workbook';
export { hasGlobal, installGlobals, uninstallGlobals } from './globals';
