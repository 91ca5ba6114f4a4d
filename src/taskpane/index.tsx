import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { readHost } from './hostContext';
import { startWorkbookSync } from './workbookSync';

function mount(host: unknown): void {
  const container = document.getElementById('container');
  const info = readHost(host);
  // Scrollbars and form controls the browser draws follow the pane's theme.
  document.documentElement.style.colorScheme = info.dark ? 'dark' : 'light';
  if (container) createRoot(container).render(<App host={info} />);
}

// Outside Office, office.js may be missing entirely (a plain static preview); the pane still renders.
if (typeof Office !== 'undefined') {
  void Office.onReady((info) => {
    mount(info.host);
    // The workbook's own mappings apply to the custom functions too, so they load even before the pane is used.
    if (readHost(info.host).inExcel) {
      startWorkbookSync((report) => {
        if (report?.rejected.length) console.warn(`HarmonizeMappings: ${report.rejected.length} rows rejected`, report.rejected);
      }).catch((error) => console.error('Could not read HarmonizeMappings', error));
    }
  });
} else mount(null);
