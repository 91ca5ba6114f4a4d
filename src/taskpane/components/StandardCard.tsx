import {
  Button,
  Card,
  Dropdown,
  Option,
  CardHeader,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { adoptionsFor, editionsOf, isHarmonizeError } from '../../core';
import { useEngine } from '../useEngine';
import { CorrespondenceBadge } from './CorrespondenceBadge';

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: '8px', rowGap: '2px' },
  actions: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
  scroll: { overflowX: 'auto' },
});

export interface CardActions {
  canWrite: boolean;
  onInsertFormula: (standard: string, jurisdiction: string) => void;
  onInsertAdoptions: (standard: string) => void;
  onCopy: (text: string) => void;
}

/** A standard's facts, then where it is adopted, each row with its provenance and a link to its source. */
export function StandardCard({ standardKey, actions }: { standardKey: string; actions: CardActions }) {
  const engine = useEngine();
  const styles = useStyles();
  const editions = editionsOf(engine.catalog, standardKey);
  const latest = editions[0];
  const adoptions = useMemo(() => adoptionsFor(engine.catalog, standardKey), [engine, standardKey]);
  const [chosen, setTarget] = useState<string | null>(null);
  if (!latest) return <Text role="alert">Unknown standard {standardKey}</Text>;
  const rows = isHarmonizeError(adoptions) ? [] : adoptions;
  const places = rows.length ? rows.map((a) => a.jurisdiction) : ['US'];
  // The formula's jurisdiction: the analyst's pick while it is one of this standard's, else the first recorded.
  const target = chosen && places.includes(chosen) ? chosen : places[0];
  return (
    <Card aria-label={`Standard ${standardKey}`}>
      <CardHeader header={<Text as="h2" size={500} weight="semibold">{standardKey}</Text>} description={latest.title ?? 'Title not recorded'} />
      <div className={styles.facts}>
        <Text weight="semibold">Publisher</Text>
        <Text>{latest.publisher}</Text>
        <Text weight="semibold">Committee</Text>
        <Text>{latest.committee ?? 'not recorded'}</Text>
        <Text weight="semibold">Edition</Text>
        <Text>{latest.id}</Text>
        <Text weight="semibold">Status</Text>
        <Text>
          {latest.status ?? 'not recorded'}
          {latest.replacedBy ? `, replaced by ${latest.replacedBy}` : ''}
        </Text>
        <Text weight="semibold">Editions</Text>
        <Text>{editions.map((e) => e.year).join(', ')}</Text>
      </div>
      <div className={styles.actions}>
        <Dropdown
          aria-label="Jurisdiction for the formula"
          size="small"
          value={target}
          selectedOptions={[target]}
          onOptionSelect={(_, d) => setTarget(d.optionValue ?? target)}
          style={{ minWidth: '90px' }}
        >
          {places.map((code) => (
            <Option key={code} value={code}>
              {code}
            </Option>
          ))}
        </Dropdown>
        <Button appearance="primary" disabled={!actions.canWrite} onClick={() => actions.onInsertFormula(standardKey, target)}>
          Insert EQUIVALENT formula
        </Button>
        <Button disabled={!actions.canWrite} onClick={() => actions.onInsertAdoptions(standardKey)}>
          Insert adoptions table
        </Button>
      </div>
      <Text as="h3" weight="semibold">
        Adoptions ({rows.length})
      </Text>
      {rows.length === 0 ? (
        <Text>No recorded adoption. An honest gap: nothing is shown that no source states.</Text>
      ) : (
        <div className={styles.scroll}>
          <Table size="small" aria-label={`Adoptions of ${standardKey}`}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Where</TableHeaderCell>
                <TableHeaderCell>Designation</TableHeaderCell>
                <TableHeaderCell>Degree</TableHeaderCell>
                <TableHeaderCell>Edition</TableHeaderCell>
                <TableHeaderCell>Provenance</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((a) => (
                <TableRow key={a.jurisdiction} data-testid="adoption-row">
                  <TableCell>{a.jurisdiction}</TableCell>
                  <TableCell>
                    <Button appearance="transparent" size="small" title="Copy designation" onClick={() => actions.onCopy(a.designation)}>
                      {a.designation}
                    </Button>
                  </TableCell>
                  <TableCell>
                    <CorrespondenceBadge value={a.correspondence} />
                  </TableCell>
                  <TableCell>{a.standard}</TableCell>
                  <TableCell>
                    <Link href={a.source} target="_blank" rel="noopener noreferrer" title={`Read ${a.read}${a.rule ? `; rule ${a.rule}` : ''}`}>
                      {a.provenance}
                    </Link>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </Card>
  );
}
