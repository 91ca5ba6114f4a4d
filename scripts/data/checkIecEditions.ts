import { type IecCatalogue, onIecWebstore } from '../../src/core/catalogue/iecCatalogue';
import { splitEditionId } from '../../src/core/identifiers/parseStandardId';
import { Problems } from './problems';
import { readRows } from './readSources';

/**
 * Holds the edition every adoption record names against the IEC webstore catalogue, where the webstore would list
 * it. An edition it does not list is a warning, not an error: a national cover may name an edition by a form the
 * webstore files under another publisher (JIS X 0171:2014's header says "ISO/IEC 15289:2011" for the joint
 * ISO/IEC/IEEE 15289:2011), or a year that is not an edition's (a consolidation's), and either is worth a look.
 */
export function checkIecEditions(dataDir: string, iec: IecCatalogue, problems: Problems): void {
  // The compile step already reports header problems; reading the rows again must not repeat them.
  for (const row of readRows(dataDir, 'adoptions', '', new Problems())) {
    const parts = splitEditionId(row.values.standard ?? '');
    if (!parts || !onIecWebstore(row.values.standard)) continue;
    const listed = iec.editionsOf(parts.key);
    if (listed.some((e) => e.year === parts.year)) continue;
    const hint = listed.length ? `; it lists ${parts.key}:${listed.map((e) => e.year).join(', :')}` : ` nor any edition of ${parts.key}`;
    problems.warn(row, `${row.values.standard} is not an edition the IEC webstore lists${hint}`);
  }
}
