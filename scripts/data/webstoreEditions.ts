import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledStandard } from '../../src/core/dataset/types';
import { splitEditionId } from '../../src/core/identifiers/parseStandardId';
import { IEC_TABLE, provenance } from './compileCatalogue';
import type { Problems } from './problems';
import { readSharedCsv } from './readSources';

const WEBSTORE_PAGE = /^https:\/\/webstore\.iec\.ch\/publication\/\d+$/;

/**
 * Every edition the IEC webstore lists for a standard the dataset already knows, added as the dataset's own
 * edition record (its title, status and webstore page). Without them the dataset's newest edition of, say,
 * IEC 60601-2-21 would be its 1994 one, and STANDARD would call that the standard's edition while the webstore sells
 * the 2020 one; with them the newest edition is right whether or not the catalogues are loaded, and the older
 * editions are marked replaced by the next. Standards the dataset does not know stay in the lazily loaded catalogue.
 */
export function addWebstoreEditions(standards: Map<string, CompiledStandard>, sharedDir: string, intern: (url: string) => number, problems: Problems): void {
  if (!existsSync(join(sharedDir, IEC_TABLE))) return;
  const { read } = provenance(sharedDir, 'iec-publications', 'IEC webstore', problems);
  const known = new Set([...standards.keys()].map((id) => splitEditionId(id)?.key));
  for (const row of readSharedCsv(sharedDir, IEC_TABLE)) {
    const parts = splitEditionId(row.id);
    if (!parts || !known.has(parts.key) || standards.has(row.id) || !WEBSTORE_PAGE.test(row.url)) continue;
    standards.set(row.id, {
      id: row.id,
      title: row.title || undefined,
      // REVISED and REPLACED editions have a successor, a WITHDRAWN one none: all are withdrawn in ISO/IEC terms.
      status: row.status === 'PUBLISHED' ? 'current' : 'withdrawn',
      src: intern(row.url),
      read,
    });
  }
}
