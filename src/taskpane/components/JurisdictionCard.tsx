import { Button, Card, CardHeader, Link, Text, Tooltip, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { MathFormula16Regular } from '@fluentui/react-icons';
import { Fragment } from 'react';
import { type Harmonize, isHarmonizeError, formatArgument } from '../../core';
import { clickableSource, sourceSite } from '../sourceLink';
import { useEngine } from '../useEngine';

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr) auto', columnGap: '8px', rowGap: '4px', alignItems: 'baseline' },
  value: { overflowWrap: 'anywhere' },
  missing: { color: tokens.colorNeutralForeground3 },
  source: { marginLeft: '6px', fontSize: tokens.fontSizeBase200 },
  schemes: { margin: 0, paddingLeft: '18px', overflowWrap: 'anywhere' },
});

/** The facts the card shows, each a JURISDICTION field, and where each was read when the dataset says. */
const FACTS = [
  { field: 'name', label: 'Name' },
  { field: 'body', label: 'Standards body', source: 'bodySource' },
  { field: 'acronym', label: 'Acronym' },
  { field: 'iso', label: 'ISO membership' },
  { field: 'iec', label: 'IEC membership', source: 'iecSource' },
  { field: 'blocs', label: 'Blocs' },
  { field: 'members', label: 'Members' },
  { field: 'wto', label: 'WTO', source: 'wtoSource' },
  { field: 'gdprAdequacy', label: 'GDPR adequacy', source: 'gdprAdequacySource' },
  { field: 'ifrs', label: 'IFRS', source: 'ifrsSource' },
] as const;

/** JURISDICTION's formula for one field, as the insert action writes it. */
export function jurisdictionFormula(code: string, field: string): string {
  return `=HARMONIZE.JURISDICTION(${formatArgument(code)},${formatArgument(field)})`;
}

/** One answer of engine.jurisdiction as the card shows it: the value, or the reason it is missing. */
function answerOf(engine: Harmonize, code: string, field: string): { text: string; missing: boolean } {
  const answer = engine.jurisdiction(code, field);
  const cell = isHarmonizeError(answer) ? answer : answer[0]?.[0];
  if (isHarmonizeError(cell)) return { text: cell.message, missing: true };
  if (cell === null || cell === undefined || cell === '') return { text: 'none recorded', missing: true };
  return { text: String(cell), missing: false };
}

/** "https://... (read 2025-06-01)" -> the clickable address and the day it was read. */
function readSource(engine: Harmonize, code: string, field: string | undefined): { href: string; site: string; read: string } | null {
  if (!field) return null;
  const { text, missing } = answerOf(engine, code, field);
  const match = /^(.*) \(read (.*)\)$/.exec(text);
  const href = !missing && match ? clickableSource(match[1]) : null;
  return href && match ? { href, site: sourceSite(match[1]), read: match[2] } : null;
}

export interface JurisdictionCardProps {
  code: string;
  canWrite: boolean;
  onInsertFormula: (formula: string) => void;
}

/** A jurisdiction's standards body, blocs, trade and data-protection status and recognitions, each insertable. */
export function JurisdictionCard({ code, canWrite, onInsertFormula }: JurisdictionCardProps) {
  const engine = useEngine();
  const styles = useStyles();
  const place = engine.catalog.jurisdictions.get(code);
  if (!place) return <Text role="alert">Unknown jurisdiction {code}</Text>;
  const recordsUnder = place.recordsUnder ?? code;
  const adoptions = engine.catalog.adoptions.filter((a) => a.jurisdiction === recordsUnder);
  const standards = new Set(adoptions.map((a) => engine.catalog.editions.get(a.standard)?.key ?? a.standard)).size;
  const schemes = engine.catalog.dataset.recognition.filter((m) => m.jurisdiction === code);
  const facts = FACTS.filter((f) => f.field !== 'members' || place.kind === 'bloc');

  return (
    <Card size="small" aria-label={`Jurisdiction ${place.name}`}>
      <CardHeader
        header={
          <Text as="h2" size={500} weight="semibold">
            {place.name}
          </Text>
        }
        description={`${code}${place.alpha3 ? ` · ${place.alpha3}` : ''} · ${place.kind}`}
      />
      <div className={styles.facts}>
        {facts.map(({ field, label, ...rest }) => {
          const { text, missing } = answerOf(engine, code, field);
          const source = readSource(engine, code, 'source' in rest ? rest.source : undefined);
          const formula = jurisdictionFormula(code, field);
          return (
            <Fragment key={field}>
              <Text weight="semibold">{label}</Text>
              <Text className={mergeClasses(styles.value, missing && styles.missing)} data-testid={`fact-${field}`}>
                {text}
                {source && (
                  <Link className={styles.source} href={source.href} target="_blank" rel="noopener noreferrer" title={`Read ${source.read} at ${source.site}`}>
                    source
                  </Link>
                )}
              </Text>
              <Tooltip content={`Insert ${formula}`} relationship="label">
                <Button appearance="subtle" size="small" icon={<MathFormula16Regular />} disabled={!canWrite} onClick={() => onInsertFormula(formula)} />
              </Tooltip>
            </Fragment>
          );
        })}
        <Text weight="semibold">Adoptions</Text>
        <Text className={styles.value} data-testid="fact-adoptions">
          {adoptions.length} adoptions of {standards} standards
          {place.recordsUnder ? ` (recorded under ${place.recordsUnder})` : ''}
        </Text>
        <span />
      </div>
      <Text as="h3" weight="semibold">
        Recognition schemes ({schemes.length})
      </Text>
      {schemes.length === 0 ? (
        <Text className={styles.missing}>No IAF, ILAC, IECEE or EU MRA membership recorded for {code}.</Text>
      ) : (
        <ul className={styles.schemes} aria-label={`Recognition schemes of ${code}`}>
          {schemes.map((m, i) => (
            <li key={`${m.scheme}-${i}`}>
              <Text weight="semibold">{m.scheme}</Text>: {m.acronym && m.body ? `${m.acronym} (${m.body})` : m.acronym || m.body || 'body not recorded'}
              {m.scope ? `; ${m.scope}` : ''}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
