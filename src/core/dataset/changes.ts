import type { CompiledChange, CompiledDataset, DatasetChange, ReleaseInfo } from './types';

/** A compiled changelog row back in its named form. */
export function decodeChange([release, change, standard, jurisdiction, subject, field, old, now]: CompiledChange): DatasetChange {
  const entry: DatasetChange = { release, change, jurisdiction, subject };
  if (standard) entry.standard = standard;
  if (field) entry.field = field;
  if (old !== undefined && old !== '') entry.old = old;
  if (now !== undefined && now !== '') entry.new = now;
  return entry;
}

/** The row the bundle stores: trailing empty fields are left out, because most entries have none. */
export function encodeChange(c: DatasetChange): CompiledChange {
  const row: CompiledChange = [c.release, c.change, c.standard ?? '', c.jurisdiction, c.subject, c.field ?? '', c.old ?? '', c.new ?? ''];
  while (row.length > 5 && row[row.length - 1] === '') row.pop();
  return row;
}

/** The releases a dataset's changelog spans, oldest first, ending with the dataset itself. */
export function releasesOf(dataset: CompiledDataset): ReleaseInfo[] {
  return [...(dataset.releases ?? []), { version: dataset.version, date: dataset.date, checksum: dataset.checksum }];
}

/**
 * One sentence for a change, as the changelog, the release notes and the Workbook tab's audit give it:
 * "1.2.0: designation of ISO 9001:2015 in DE changed from DIN EN ISO 9001:2015 to DIN EN ISO 9001".
 */
export function describeChange(c: DatasetChange, withRelease = true): string {
  const where = c.standard ? `${c.standard} in ${c.jurisdiction}` : c.jurisdiction;
  const what = ((): string => {
    switch (c.change) {
      case 'added':
        return `added ${c.subject} (${where})`;
      case 'removed':
        return `removed ${c.subject} (${where})`;
      case 'superseded':
      case 'withdrawn':
        return `${c.subject} (${where}) is now ${c.change} (was ${c.old ?? 'unknown'})`;
      case 'changed':
        return c.field === 'designation'
          ? `${where}: designation changed from ${c.old} to ${c.new}`
          : `${c.subject} (${where}): ${c.field} changed from ${c.old ?? '(none)'} to ${c.new ?? '(none)'}`;
      case 'search recorded':
        return `${where}: no adoption found (national catalogue searched, or stated by the body; read ${c.new ?? 'on an unrecorded day'})`;
      case 'search removed':
        return `${where}: the recorded search that found no adoption was withdrawn`;
      case 'rule added':
        return `rule ${c.subject} added (${c.jurisdiction})`;
      case 'rule removed':
        return `rule ${c.subject} removed (${c.jurisdiction})`;
      case 'rule changed':
        return `rule ${c.subject} (${c.jurisdiction}): ${c.field} changed from ${c.old || '(none)'} to ${c.new || '(none)'}`;
    }
  })();
  return withRelease ? `${c.release}: ${what}` : what;
}
