/**
 * What the pane knows about its host. Outside Office (the Linux preview, tests) Office.onReady resolves with a
 * null host: reading works, writing to a workbook does not, and the pane says so.
 */
export interface HostInfo {
  inExcel: boolean;
  dark: boolean;
}

export function readHost(host: unknown): HostInfo {
  const inExcel = typeof Office !== 'undefined' && host === Office.HostType.Excel;
  let dark = false;
  try {
    dark = inExcel && Boolean(Office.context?.officeTheme?.isDarkTheme);
  } catch {
    dark = false;
  }
  if (!inExcel && typeof window !== 'undefined' && window.matchMedia) {
    dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  }
  return { inExcel, dark };
}

export const OUTSIDE_EXCEL_NOTE = 'Open this pane in Excel to insert into a workbook; outside Excel it can search and preview only.';
