import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DATASET_FIELDS, datasetFacts } from '../../core';
import { useEngine } from '../useEngine';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '8px' },
  // Labels take what they need up to 60%, so a value such as a date is not broken at 320 px.
  grid: { display: 'grid', gridTemplateColumns: 'fit-content(60%) minmax(0, 1fr)', columnGap: '12px', rowGap: '2px', overflowWrap: 'anywhere' },
  // The checksum is one 71-character word: it gets a line of its own and breaks anywhere.
  checksum: {
    gridColumnStart: 1,
    gridColumnEnd: -1,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    wordBreak: 'break-all',
    paddingBottom: '4px',
  },
  list: { margin: 0 },
});

/**
 * What each DATASET field means to a reader; the key itself is what =HARMONIZE.DATASET(field) takes, so it stays in
 * the tooltip. Licences have their own list below.
 */
export const DATASET_LABELS: Record<Exclude<(typeof DATASET_FIELDS)[number], 'licences'>, string> = {
  version: 'Dataset version',
  date: 'Dataset date',
  checksum: 'Checksum',
  standards: 'Standards',
  editions: 'Editions',
  jurisdictions: 'Jurisdictions',
  adoptions: 'Adoptions',
  cited: 'Cited in a source',
  derived: 'Derived by naming rules',
  workbook: 'From workbook mappings',
  sources: 'Source pages',
  harmonised: 'EU harmonised citations',
  fda: 'FDA recognitions',
  recognition: 'Scheme memberships',
  crosswalks: 'NIST crosswalk links',
  changes: 'Changes since earlier releases',
};

const formatFact = (value: string | number): string => (typeof value === 'number' ? value.toLocaleString('en') : value);

/** The sites the cited records were read from, by number of records: where the data comes from, at a glance. */
function sourceSites(adoptions: readonly { provenance: string; source: string }[], limit = 12): [string, number][] {
  const counts = new Map<string, number>();
  for (const a of adoptions) {
    if (a.provenance !== 'cited') continue;
    let host = a.source;
    try {
      host = new URL(a.source).hostname.replace(/^www\./, '');
    } catch {
      // An address that does not parse is counted as written.
    }
    counts.set(host, (counts.get(host) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
}

/** What data answers: version, counts, checksum, and the licences and attributions the data carries. */
export function DatasetPanel() {
  const engine = useEngine();
  const styles = useStyles();
  const facts = datasetFacts(engine.catalog);
  return (
    <section aria-label="Dataset" className={styles.section}>
      <div className={styles.grid}>
        {Object.entries(DATASET_LABELS).map(([field, label]) => [
          <Text key={`${field}-k`} weight="semibold" title={`=HARMONIZE.DATASET("${field}")`}>
            {label}
          </Text>,
          <Text key={`${field}-v`} className={field === 'checksum' ? styles.checksum : undefined}>
            {formatFact(facts[field as keyof typeof DATASET_LABELS])}
          </Text>,
        ])}
      </div>
      <Text as="h3" weight="semibold">
        Most-cited sources
      </Text>
      <ul aria-label="Most-cited sources" className={styles.list}>
        {sourceSites(engine.catalog.adoptions).map(([host, n]) => (
          <li key={host}>
            {host}: {n} records
          </li>
        ))}
      </ul>
      <Text as="h3" weight="semibold">
        Licences and attribution
      </Text>
      <ul className={styles.list}>
        {engine.catalog.dataset.licences.map((l) => (
          <li key={l.name}>
            <Link href={l.url} target="_blank" rel="noopener noreferrer">
              {l.name}
            </Link>
            : {l.licence}
          </li>
        ))}
      </ul>
    </section>
  );
}
