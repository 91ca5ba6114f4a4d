import { Button, Dropdown, Field, Input, Option, Text, makeStyles } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { isHarmonizeError, formatArgument } from '../../core';
import { useCataloguesFor, useEngine } from '../useEngine';
import { GapList, KIND_LABELS } from './GapList';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: '8px' },
  pair: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  place: { flex: '1 1 120px', minWidth: 0 },
  // An input's intrinsic width (its size of 20 characters) would push two of them past a 320 px pane.
  input: { minWidth: 0, width: '100%' },
  formula: { overflowWrap: 'anywhere' },
});

const ALL = '';
const KIND_CHOICES: { value: string; label: string }[] = [
  { value: ALL, label: 'Every kind' },
  { value: 'harmonised', label: 'Harmonised in the EU, no adoption on the other side' },
  { value: 'a-only', label: 'Adopted by A only' },
  { value: 'b-only', label: 'Adopted by B only' },
  { value: 'degree', label: 'Different degree (IDT vs MOD/NEQ)' },
  { value: 'edition', label: 'Different editions' },
];

/** GAPS's formula as the insert writes it: trailing empty arguments left out. */
export function gapsFormula(a: string, b: string, family: string, kind: string): string {
  const args = [a, b, family, kind];
  while (args.length > 2 && args[args.length - 1] === '') args.pop();
  return `=HARMONIZE.GAPS(${args.map((x) => (x === '' ? '' : formatArgument(x))).join(',')})`;
}

export interface CompareViewProps {
  canWrite: boolean;
  onInsertFormula: (formula: string) => void;
  /** The jurisdictions the analyst most likely means, best first (the workbook's, then their region's). */
  preferred: readonly string[];
}

/** Two jurisdictions and a family: where they differ, as HARMONIZE.GAPS answers, and an insert of that formula. */
export function CompareView({ canWrite, onInsertFormula, preferred }: CompareViewProps) {
  const engine = useEngine();
  const styles = useStyles();
  // The analyst's own place first, against the EU (or the US, for an analyst in the EU's records).
  const [a, setA] = useState(preferred[0] ?? 'US');
  const [b, setB] = useState(preferred[0] === 'EU' ? 'US' : 'EU');
  const [family, setFamily] = useState('medical devices');
  const [kind, setKind] = useState(ALL);
  const families = engine.catalog.dataset.families ?? [];
  const comparison = useMemo(() => engine.gapComparison(a, b, family || null, kind || null), [engine, a, b, family, kind]);
  useCataloguesFor(isHarmonizeError(comparison) ? comparison : null);
  const counts = useMemo(() => {
    if (!comparison || isHarmonizeError(comparison)) return '';
    const by = new Map<string, number>();
    for (const g of comparison.gaps) by.set(KIND_LABELS[g.kind], (by.get(KIND_LABELS[g.kind]) ?? 0) + 1);
    return `${comparison.gaps.length} gaps: ${[...by].map(([k, n]) => `${n} ${k}`).join(', ')}`;
  }, [comparison]);
  const formula = gapsFormula(a.trim(), b.trim(), family, kind);

  return (
    <section className={styles.column} aria-label="Compare jurisdictions">
      <div className={styles.pair}>
        <Field label="Jurisdiction A" className={styles.place}>
          <Input className={styles.input} input={{ className: styles.input }} value={a} onChange={(_, d) => setA(d.value)} />
        </Field>
        <Field label="Jurisdiction B" className={styles.place}>
          <Input className={styles.input} input={{ className: styles.input }} value={b} onChange={(_, d) => setB(d.value)} />
        </Field>
      </div>
      <Field label="Standards">
        <Dropdown value={family || 'Every standard either adopts'} selectedOptions={[family]} onOptionSelect={(_, d) => setFamily(d.optionValue ?? ALL)}>
          <Option value={ALL}>Every standard either adopts</Option>
          {families.map((f) => (
            <Option key={f.name} value={f.name} text={f.name}>
              {`${f.name} (${f.standards.length})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Kind of gap">
        <Dropdown value={KIND_CHOICES.find((k) => k.value === kind)!.label} selectedOptions={[kind]} onOptionSelect={(_, d) => setKind(d.optionValue ?? ALL)}>
          {KIND_CHOICES.map((k) => (
            <Option key={k.value} value={k.value}>
              {k.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div aria-live="polite" data-testid="gaps-summary">
        {comparison === null && <Text>Name two jurisdictions to compare.</Text>}
        {comparison !== null && isHarmonizeError(comparison) && (
          <Text role="status">
            {comparison.code} {comparison.message}
          </Text>
        )}
        {comparison !== null && !isHarmonizeError(comparison) && <Text role="status">{counts}. Most material first.</Text>}
      </div>
      {comparison !== null && !isHarmonizeError(comparison) && <GapList a={comparison.a} b={comparison.b} gaps={comparison.gaps} />}
      <Text font="monospace" size={200} className={styles.formula} data-testid="gaps-formula">
        {formula}
      </Text>
      <Button appearance="primary" disabled={!canWrite} onClick={() => onInsertFormula(formula)}>
        Insert GAPS formula
      </Button>
    </section>
  );
}
