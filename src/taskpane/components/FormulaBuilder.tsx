import { Button, Combobox, Dropdown, Field, Input, Option, Text, makeStyles } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { isHarmonizeError, formatArgument } from '../../core';
import { useCataloguesFor, useEngine } from '../useEngine';
import { FUNCTION_SPECS } from './formulaSpecs';
import { MatrixPreview } from './MatrixPreview';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: '8px' },
  // A #N/A reason can end in a source address, which has no break opportunity of its own.
  preview: { overflowWrap: 'anywhere' },
});

/** Builds the formula text a user would type: trailing blank optional arguments are left out. */
export function buildFormula(name: string, args: string[]): string {
  let last = args.length;
  while (last > 0 && args[last - 1] === '') last--;
  const literals = args.slice(0, last).map((a) => (a === '' ? '' : /^-?\d+(\.\d+)?$/.test(a) && name === 'SEARCH' ? a : formatArgument(a)));
  return `=HARMONIZE.${name}(${literals.join(',')})`;
}

/** Pick a function, fill its arguments, see core's answer live, insert it at the active cell. */
export function FormulaBuilder({ canWrite, onInsert }: { canWrite: boolean; onInsert: (formula: string) => void }) {
  const engine = useEngine();
  const styles = useStyles();
  const [name, setName] = useState(FUNCTION_SPECS[0].name);
  const spec = FUNCTION_SPECS.find((f) => f.name === name)!;
  const [values, setValues] = useState<Record<string, string>>({});
  const args = useMemo(() => spec.args.map((a) => values[`${name}.${a.name}`] ?? (a.optional ? '' : a.example)), [spec, values, name]);
  const formula = buildFormula(name, args);
  const answer = useMemo(() => spec.preview(engine, args), [engine, spec, args]);
  useCataloguesFor(answer);
  const set = (arg: string, value: string) => setValues((v) => ({ ...v, [`${name}.${arg}`]: value }));

  return (
    <section className={styles.column} aria-label="Formula builder">
      <Field label="Function">
        <Dropdown value={name} selectedOptions={[name]} onOptionSelect={(_, d) => setName(d.optionValue ?? name)}>
          {FUNCTION_SPECS.map((f) => (
            <Option key={f.name} value={f.name} text={f.name}>
              {f.name}: {f.summary}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {spec.args.map((a, i) => (
        <Field key={`${name}.${a.name}`} label={`${a.name}${a.optional ? ' (optional)' : ''}`}>
          {a.choices ? (
            <Combobox
              freeform
              value={args[i]}
              selectedOptions={args[i] ? [args[i]] : []}
              placeholder={a.example}
              onOptionSelect={(_, d) => set(a.name, d.optionValue ?? '')}
              onChange={(e) => set(a.name, e.target.value)}
            >
              {a.choices.map((c) => (
                <Option key={c} value={c}>
                  {c}
                </Option>
              ))}
            </Combobox>
          ) : (
            <Input value={args[i]} placeholder={a.example} onChange={(_, d) => set(a.name, d.value)} />
          )}
        </Field>
      ))}
      <Text font="monospace" data-testid="formula-text">
        {formula}
      </Text>
      <div className={styles.preview} data-testid="formula-preview" aria-live="polite">
        {isHarmonizeError(answer) ? (
          <Text role="status">
            {answer.code} {answer.message}
          </Text>
        ) : answer.length === 1 && answer[0].length === 1 ? (
          <Text weight="semibold">{isHarmonizeError(answer[0][0]) ? `${answer[0][0].code} ${answer[0][0].message}` : String(answer[0][0] ?? '')}</Text>
        ) : (
          <MatrixPreview grid={answer} />
        )}
      </div>
      <Button appearance="primary" disabled={!canWrite} onClick={() => onInsert(formula)}>
        Insert at active cell
      </Button>
    </section>
  );
}
