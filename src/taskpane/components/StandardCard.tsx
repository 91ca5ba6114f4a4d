import { Button, Card, CardHeader, Dropdown, Link, Option, Text, makeStyles } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { type RegulatoryFact, adoptionsFor, editionsOf, isHarmonizeError, regulatoryFacts } from '../../core';
import { clickableSource, sourceSite } from '../sourceLink';
import { useEngine } from '../useEngine';
import { AdoptionList } from './AdoptionList';

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: '8px', rowGap: '2px', overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
  picker: { minWidth: '90px', maxWidth: '100%' },
  searched: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: '4px', overflowWrap: 'anywhere' },
  regulation: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
});

/** One regulator's word on the standard, with a link to the page it was read on (plain text where not clickable). */
function RegulatoryLine({ fact }: { fact: RegulatoryFact }) {
  const href = clickableSource(fact.source);
  const where = `${sourceSite(fact.source)}, read ${fact.read}`;
  return (
    <Text>
      {fact.regime}: {fact.text}{' '}
      {href ? (
        <Link href={href} target="_blank" rel="noopener noreferrer" title={where} aria-label={`source for ${fact.regime}: ${where}`}>
          (source)
        </Link>
      ) : (
        <span title={`${fact.source}; not a link: copy it to check it`}>(source: {sourceSite(fact.source)})</span>
      )}
    </Text>
  );
}

export interface CardActions {
  canWrite: boolean;
  onInsertFormula: (standard: string, jurisdiction: string) => void;
  onInsertAdoptions: (standard: string) => void;
  onCopy: (text: string) => void;
}

/** The picker's jurisdictions: the preferred ones this standard has an adoption in, then the rest A-Z. */
export function orderPlaces(places: readonly string[], preferred: readonly string[]): string[] {
  const first = preferred.filter((code) => places.includes(code));
  return [...first, ...places.filter((code) => !first.includes(code))];
}

export interface StandardCardProps {
  standardKey: string;
  actions: CardActions;
  /** Jurisdictions to offer first, best first (the workbook's, the analyst's region): the picker starts there. */
  preferred?: readonly string[];
}

/** A standard's facts, then where it is adopted, each row with its provenance and a link to its source. */
export function StandardCard({ standardKey, actions, preferred = [] }: StandardCardProps) {
  const engine = useEngine();
  const styles = useStyles();
  const editions = editionsOf(engine.catalog, standardKey);
  const latest = editions[0];
  const adoptions = useMemo(() => adoptionsFor(engine.catalog, standardKey), [engine, standardKey]);
  const [chosen, setTarget] = useState<string | null>(null);
  // A gap that was looked into is worth saying: which catalogue was searched (or what the body said), when, and how.
  const searched = useMemo(() => engine.catalog.absencesOf(standardKey), [engine, standardKey]);
  // What the Official Journal and the FDA say of the standard: an analyst preparing a submission looks for it here.
  const regulation = useMemo(() => regulatoryFacts(engine.catalog, standardKey), [engine, standardKey]);
  // STANDARD's own answer, so that the card and the formula agree (the webstore fills a status the dataset lacks).
  const statusAnswer = useMemo(() => {
    const answer = engine.standard(standardKey, 'status');
    const cell = isHarmonizeError(answer) ? answer : answer[0][0];
    return typeof cell === 'string' && cell ? cell : null;
  }, [engine, standardKey]);
  const statusText = statusAnswer ?? latest?.status ?? 'not recorded';
  if (!latest) return <Text role="alert">Unknown standard {standardKey}</Text>;
  const rows = isHarmonizeError(adoptions) ? [] : adoptions;
  const places = orderPlaces(rows.length ? rows.map((a) => a.jurisdiction) : ['US'], preferred);
  // The formula's jurisdiction: the analyst's pick while it is one of this standard's, else the most likely one.
  const target = chosen && places.includes(chosen) ? chosen : places[0];
  const nameOf = (code: string) => engine.catalog.jurisdictions.get(code)?.name ?? code;
  return (
    <Card size="small" aria-label={`Standard ${standardKey}`}>
      <CardHeader
        header={
          <Text as="h2" size={500} weight="semibold">
            {standardKey}
          </Text>
        }
        description={latest.title ?? 'Title not recorded'}
      />
      <div className={styles.facts}>
        <Text weight="semibold">Publisher</Text>
        <Text>{latest.publisher}</Text>
        <Text weight="semibold">Committee</Text>
        <Text>{latest.committee ?? 'not recorded'}</Text>
        <Text weight="semibold">Edition</Text>
        <Text>{latest.id}</Text>
        <Text weight="semibold">Status</Text>
        <Text>
          {statusText}
          {latest.replacedBy ? `, replaced by ${latest.replacedBy}` : ''}
        </Text>
        <Text weight="semibold">Editions</Text>
        <Text>{editions.map((e) => e.year).join(', ')}</Text>
        {regulation.length > 0 && (
          <>
            <Text weight="semibold">Regulation</Text>
            <div className={styles.regulation} aria-label={`Regulatory standing of ${standardKey}`}>
              {regulation.map((fact) => (
                <RegulatoryLine key={`${fact.regime}|${fact.text}`} fact={fact} />
              ))}
            </div>
          </>
        )}
      </div>
      <div className={styles.actions}>
        <Dropdown
          aria-label="Jurisdiction for the formula"
          size="small"
          className={styles.picker}
          value={target}
          selectedOptions={[target]}
          onOptionSelect={(_, d) => setTarget(d.optionValue ?? target)}
        >
          {places.map((code) => (
            <Option key={code} value={code} text={code}>
              {code} · {nameOf(code)}
            </Option>
          ))}
        </Dropdown>
        <Button appearance="primary" size="small" disabled={!actions.canWrite} onClick={() => actions.onInsertFormula(standardKey, target)}>
          Insert EQUIVALENT formula
        </Button>
        <Button size="small" disabled={!actions.canWrite} onClick={() => actions.onInsertAdoptions(standardKey)}>
          Insert adoptions table
        </Button>
      </div>
      <Text as="h3" weight="semibold">
        Adoptions ({rows.length})
      </Text>
      {rows.length === 0 ? (
        <Text>No recorded adoption. An honest gap: nothing is shown that no source states.</Text>
      ) : (
        <AdoptionList standardKey={standardKey} adoptions={rows} onCopy={actions.onCopy} />
      )}
      {searched.length > 0 && (
        <>
          <Text as="h3" weight="semibold">
            Checked, no adoption found ({searched.length})
          </Text>
          <ul className={styles.searched} aria-label="Places checked without finding an adoption">
            {searched.map((a) => (
              <li key={a.jurisdiction}>
                <Text>
                  {a.jurisdiction}, checked {a.read}: {a.note}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
