import { Button, Dropdown, Field, Option, ProgressBar, Radio, RadioGroup, Text, Textarea, makeStyles } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { ADOPTION_FIELDS, isHarmonizeError } from '../../core';
import { type MatrixMode, correspondenceFills } from '../excel/matrixPlan';
import { jurisdictionsUsedInWorkbook } from '../excel/workbookJurisdictions';
import { readSelectionValues, writeMatrix } from '../excel/workbookWrites';
import { useCataloguesFor, useEngine } from '../useEngine';
import { MatrixPreview, PREVIEW_ROWS } from './MatrixPreview';
import { parseList, presetJurisdictions } from './matrixPresets';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
});

export interface MatrixBuilderProps {
  canWrite: boolean;
  initialStandards?: string[];
  confirm: (message: string) => Promise<boolean>;
  notify: (message: string) => void;
}

/** Standards x jurisdictions, previewed by core, then written as a coloured table or one MATRIX formula. */
export function MatrixBuilder({ canWrite, initialStandards = [], confirm, notify }: MatrixBuilderProps) {
  const engine = useEngine();
  const styles = useStyles();
  const [standardsText, setStandardsText] = useState(initialStandards.join('\n'));
  const [jurisdictionsText, setJurisdictionsText] = useState('US, EU, CN');
  const [field, setField] = useState('designation');
  const [mode, setMode] = useState<MatrixMode>('formulas');
  const [progress, setProgress] = useState<number | null>(null);
  const abort = useRef<AbortController | null>(null);
  const presets = useMemo(() => presetJurisdictions(engine.catalog), [engine]);
  const standards = useMemo(() => parseList(standardsText), [standardsText]);
  const jurisdictions = useMemo(() => parseList(jurisdictionsText), [jurisdictionsText]);
  const preview = useMemo(
    () => (standards.length && jurisdictions.length ? engine.matrix([standards], [jurisdictions], field) : null),
    [engine, standards, jurisdictions, field],
  );
  useCataloguesFor(preview);

  const previewFills = useMemo(() => correspondenceFills(engine, standards.slice(0, PREVIEW_ROWS), jurisdictions), [engine, standards, jurisdictions]);

  const fromSelection = async () => {
    try {
      const values = await readSelectionValues();
      setStandardsText(
        values
          .flat()
          .filter((v) => v !== '' && v !== null)
          .map(String)
          .join('\n'),
      );
    } catch (error) {
      notify(`Could not read the selection: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const insert = async () => {
    abort.current = new AbortController();
    setProgress(0);
    try {
      const outcome = await writeMatrix(
        engine,
        { standards, jurisdictions, field, mode },
        {
          confirmOverwrite: (address) => confirm(`${address} is not empty. Overwrite it?`),
          onProgress: (done, total) => setProgress(done / total),
          signal: abort.current.signal,
        },
      );
      notify(
        outcome.status === 'written'
          ? [`Matrix written at ${outcome.address}, with its sources on sheet ${outcome.sourcesSheet}.`, ...outcome.skipped].join(' ')
          : outcome.status === 'declined'
            ? 'Nothing was overwritten.'
            : `Cancelled after ${outcome.rowsWritten} rows.`,
      );
    } catch (error) {
      notify(`Could not write the matrix: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setProgress(null);
    }
  };

  return (
    <section className={styles.column} aria-label="Matrix builder">
      <Field label="Standards (one per line, or pasted)">
        <Textarea value={standardsText} onChange={(_, d) => setStandardsText(d.value)} resize="vertical" />
      </Field>
      <div className={styles.row}>
        <Button size="small" disabled={!canWrite} onClick={() => void fromSelection()}>
          From selected range
        </Button>
      </div>
      <Field label="Jurisdictions">
        <Textarea value={jurisdictionsText} onChange={(_, d) => setJurisdictionsText(d.value)} />
      </Field>
      <div className={styles.row} role="group" aria-label="Jurisdiction presets">
        {Object.entries(presets).map(([name, codes]) => (
          <Button key={name} size="small" onClick={() => setJurisdictionsText(codes.join(', '))}>
            {name}
          </Button>
        ))}
        <Button
          size="small"
          disabled={!canWrite}
          onClick={() =>
            void jurisdictionsUsedInWorkbook().then(
              (used) => (used.length ? setJurisdictionsText(used.join(', ')) : notify('No jurisdictions are named in this workbook yet.')),
              (e: unknown) => notify(`Could not read the workbook: ${String(e)}`),
            )
          }
        >
          In this workbook
        </Button>
      </div>
      <Field label="Field">
        <Dropdown value={field} selectedOptions={[field]} onOptionSelect={(_, d) => setField(d.optionValue ?? 'designation')}>
          {ADOPTION_FIELDS.map((f) => (
            <Option key={f} value={f}>
              {f}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as MatrixMode)} aria-label="Insert as">
        <Radio value="formulas" label="Live formulas in a table" />
        <Radio value="spill" label="One HARMONIZE.MATRIX formula" />
        <Radio value="values" label="Static values in a table" />
      </RadioGroup>
      {preview && !isHarmonizeError(preview) && <MatrixPreview grid={preview} fills={previewFills} />}
      {preview && isHarmonizeError(preview) && <Text role="alert">{preview.message}</Text>}
      <Text size={200}>
        {standards.length} standards x {jurisdictions.length} jurisdictions = {standards.length * jurisdictions.length} cells
      </Text>
      {progress !== null ? (
        <div className={styles.row}>
          <ProgressBar value={progress} aria-label="Writing the matrix" />
          <Button size="small" onClick={() => abort.current?.abort()}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button appearance="primary" disabled={!canWrite || !standards.length || !jurisdictions.length} onClick={() => void insert()}>
          Insert matrix
        </Button>
      )}
    </section>
  );
}
