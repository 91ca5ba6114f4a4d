import { Link, Text, makeStyles } from '@fluentui/react-components';
import { datasetFacts } from '../../core';
import { useEngine } from '../useEngine';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: '8px', rowGap: '2px' },
});

const SHOWN = ['version', 'date', 'checksum', 'standards', 'editions', 'jurisdictions', 'adoptions', 'cited', 'derived', 'workbook', 'sources', 'harmonised', 'fda', 'recognition', 'crosswalks'] as const;

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
