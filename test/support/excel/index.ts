export { type FakeCell, type FakeTable, type QueuedAction, FakeWorkbook } from './workbook';
export { installGlobals, uninstallGlobals, hasGlobal } from './globals';
