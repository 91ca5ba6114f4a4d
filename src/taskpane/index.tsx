import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { readHost } from './hostContext';

function mount(host: unknown): void {
  const container = document.getElementById('container');
  if (container) createRoot(container).render(<App host={readHost(host)} />);
}

// Outside Office, office.js may be missing entirely (a plain static preview); the pane still renders.
if (typeof Office !== 'undefined') Office.onReady((info) => mount(info.host));
else mount(null);
