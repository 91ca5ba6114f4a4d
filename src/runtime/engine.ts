import { type CompiledDataset, EngineHost } from '../core';
// The compiled dataset is data, not code: the one file under core an adapter may import directly.
import compiled from '../core/dataset/compiled.json';

/**
 * The add-in's shared runtime holds one engine host: the custom functions, the task pane and the CLI (which runs
 * the functions module in Node) all answer from it, so they agree. Core never imports the dataset itself.
 */
export const runtime = new EngineHost(compiled as unknown as CompiledDataset);
