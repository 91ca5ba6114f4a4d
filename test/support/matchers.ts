/**
 * Jest's asymmetric matchers, typed `unknown` instead of @types/jest's `any`, so that an expectation built with
 * them stays a typed value (no-unsafe-assignment) and still matches as Jest's own.
 */
export const stringMatching = (pattern: string | RegExp): unknown => expect.stringMatching(pattern);
