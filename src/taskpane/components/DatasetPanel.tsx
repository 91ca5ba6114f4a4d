import { Link, Text, makeStyles } from '@fluentui/react-components';
import { datasetFacts } from '../../core';
import { useEngine } from '../useEngine';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: '8px', rowGap: '2px' },
});

const SHOWN = ['version', 'date', 'checksum', 'standards', 'editions', 'jurisdictions', 'adoptions', 'cited', 'derived', 'workbook', 'sources', 'harmonised', 'fda', 'recognition', 'crosswalks'] as const;

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
    <section aria-label="Dataset">
      <div className={styles.grid}>
        {SHOWN.map((f) => [
          <Text key={`${f}-k`} weight="semibold">
            {f}
          </Text>,
          <Text key={`${f}-v`}>{String(facts[f])}</Text>,
        ])}
      </div>
      <Text as="h3" weight="semibold">
        Most-cited sources
      </Text>
      <ul aria-label="Most-cited sources">
        {sourceSites(engine.catalog.adoptions).map(([host, n]) => (
          <li key={host}>
            {host}: {n} records
          </li>
        ))}
      </ul>
      <Text as="h3" weight="semibold">
        Licences and attribution
      </Text>
      <ul>
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
