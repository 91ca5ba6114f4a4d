/** Lets the runtime serve queued work (formula calls, clicks) before a long task continues. */
export const yieldToHost = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
