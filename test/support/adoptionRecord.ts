import type { Adoption } from '../../src/core';

/** An adoption record for tests: the named fields, the rest empty, so a test states only what it is about. */
export function adoptionRecord(fields: Pick<Adoption, 'standard' | 'jurisdiction' | 'designation'> & Partial<Adoption>): Adoption {
  return {
    correspondence: null,
    degreeRule: null,
    year: null,
    status: null,
    inForce: null,
    adopts: null,
    en: null,
    editionInferred: false,
    source: 'https://example.org/',
    read: '2026-01-01',
    provenance: 'cited',
    rule: null,
    note: null,
    ...fields,
  };
}
