/**
 * What the pane knows about its host. Outside Office (the Linux preview, tests) Office.onReady resolves with a
 * null host: reading works, writing to a workbook does not, and the pane says so.
 */
export interface HostInfo {
  inExcel: boolean;
  dark: boolean;
}

/**
 * `?theme=dark` or `?theme=light` on the pane's address forces a theme: the browser preview and the end-to-end
 * tests check both without changing the machine's setting. Excel opens the pane without it.
 */
export function themeFromAddress(search: string): boolean | null {
  const theme = new URLSearchParams(search).get('theme');
  return theme === 'dark' ? true : theme === 'light' ? false : null;
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
  const forced = typeof window !== 'undefined' ? themeFromAddress(window.location.search) : null;
  return { inExcel, dark: forced ?? dark };
}

export const OUTSIDE_EXCEL_NOTE = 'Open this pane in Excel to insert into a workbook; outside Excel it can search and preview only.';
