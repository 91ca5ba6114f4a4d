import { useEffect, useState } from 'react';
import { runtime } from '../runtime/engine';
import { type Answer, type Harmonize, needsCatalogue } from '../core';

/** The runtime's engine; re-renders when the workbook's own mappings or the loaded catalogues change it. */
export function useEngine(): Harmonize {
  const [engine, setEngine] = useState(() => runtime.currentEngine());
  useEffect(() => runtime.onEngineChange(() => setEngine(runtime.currentEngine())), []);
  return engine;
}

/**
 * Loads the IEC and JIS catalogues when a preview's answer waits for them; the engine change then re-renders it.
 * A failure leaves the answer as it is, which already says the catalogues are not loaded.
 */
export function useCataloguesFor(answer: Answer | null): void {
  const waiting = answer !== null && needsCatalogue(answer);
  useEffect(() => {
    if (waiting && !runtime.catalogueLoaded()) Promise.resolve(runtime.engineWithCatalogue()).catch(() => undefined);
  }, [waiting]);
}
