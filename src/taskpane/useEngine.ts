import { useEffect, useState } from 'react';
import { currentEngine, onEngineChange } from '../core/activeEngine';
import type { Harmonize } from '../core';

/** The runtime's engine; re-renders when the workbook's own mappings change it. */
export function useEngine(): Harmonize {
  const [engine, setEngine] = useState(currentEngine);
  useEffect(() => onEngineChange(() => setEngine(currentEngine())), []);
  return engine;
}
