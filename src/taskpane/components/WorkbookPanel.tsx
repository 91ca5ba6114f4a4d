import { Button, Dropdown, Field, MessageBar, MessageBarBody, Option, ProgressBar, Switch, Text, makeStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { type DatasetStamp, compareStamp, stampOf } from '../../core';
import { isOfferedWithDocument, offerWithDocument, readWorkbookStamp, recalculateWorkbook, writeWorkbookStamp } from '../excel/documentSharing';
import { type FreezeScope, freezeFormulas, unfreezeFormulas } from '../excel/freezeCells';
import { OUTSIDE_EXCEL_NOTE } from '../hostContext';
import { useEngine } from '../useEngine';
import { AuditSection } from './AuditSection';
import { MappingsSection } from './MappingsSection';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: '10px' },
  row: { display: 'flex', gap: '6px', flexWrap: 'wrap', alignItems: 'center' },
});

/** Sharing a workbook: its own mappings, the dataset stamp and audit, freeze and unfreeze, and offering the add-in. */
export function WorkbookPanel({ canWrite, notify }: { canWrite: boolean; notify: (message: string) => void }) {
  const engine = useEngine();
  const styles = useStyles();
  const [stampMessage, setStampMessage] = useState<{ differs: boolean; text: string } | null>(null);
  const [recorded, setRecorded] = useState<DatasetStamp | null>(null);
  const [scope, setScope] = useState<FreezeScope>('sheet');
  const [progress, setProgress] = useState<number | null>(null);
  // Read once when the panel mounts in Excel: a document setting, not something that changes under the pane.
  const [offered, setOffered] = useState(() => canWrite && isOfferedWithDocument());

  useEffect(() => {
    if (!canWrite) return;
    readWorkbookStamp().then(
      (stamp) => {
        setRecorded(stamp);
        const comparison = compareStamp(stamp, stampOf(engine, new Date()));
        setStampMessage({ differs: comparison.differs, text: comparison.message });
      },
      (e: unknown) => setStampMessage({ differs: false, text: `Could not read the stamp: ${String(e)}` }),
    );
  }, [canWrite, engine]);

  if (!canWrite) return <Text>{OUTSIDE_EXCEL_NOTE}</Text>;

  const act = (label: string, work: () => Promise<string>) => {
    setProgress(0);
    void work()
      .then(notify, (e: unknown) => notify(`${label} failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => setProgress(null));
  };
  const restamp = () =>
    act('Recalculation', async () => {
      await recalculateWorkbook();
      await writeWorkbookStamp(stampOf(engine, new Date()));
      setStampMessage({ differs: false, text: `Recomputed and stamped with dataset ${engine.catalog.dataset.version}.` });
      setRecorded(stampOf(engine, new Date()));
      return 'Workbook recomputed with the installed dataset.';
    });
  const dataset = { version: engine.catalog.dataset.version, checksum: engine.catalog.dataset.checksum };

  return (
    <section className={styles.column} aria-label="Workbook">
      <Text as="h2" weight="semibold">
        Dataset stamp
      </Text>
      {stampMessage && (
        <MessageBar intent={stampMessage.differs ? 'warning' : 'info'}>
          <MessageBarBody>{stampMessage.text}</MessageBarBody>
        </MessageBar>
      )}
      <AuditSection engine={engine} recorded={recorded} act={act} accept={restamp} />

      <MappingsSection notify={notify} />

      <Text as="h2" weight="semibold">
        Freeze for readers without the add-in
      </Text>
      <Field label="Scope">
        <Dropdown value={scope} selectedOptions={[scope]} onOptionSelect={(_, d) => setScope((d.optionValue as FreezeScope) ?? 'sheet')}>
          <Option value="selection">selection</Option>
          <Option value="sheet">sheet</Option>
          <Option value="workbook">workbook</Option>
        </Dropdown>
      </Field>
      <div className={styles.row}>
        <Button
          onClick={() =>
            act('Freeze', async () => {
              const r = await freezeFormulas(scope, { dataset, onProgress: (done, total) => setProgress(done / total) });
              return `Froze ${r.frozen} HARMONIZE formulas${r.cancelled ? ' (cancelled)' : ''}; Unfreeze restores them.`;
            })
          }
        >
          Freeze
        </Button>
        <Button onClick={() => act('Unfreeze', async () => unfreezeMessage(await unfreezeFormulas(scope)))}>Unfreeze</Button>
      </div>
      {progress !== null && <ProgressBar value={progress} aria-label="Working" />}

      <Text as="h2" weight="semibold">
        Sharing
      </Text>
      <Switch
        checked={offered}
        label="Offer Harmonize to whoever opens this workbook"
        onChange={(_, d) => {
          setOffered(d.checked);
          offerWithDocument(d.checked).then(
            () => notify(d.checked ? 'Recipients will be offered the add-in.' : 'The add-in will not open with this workbook.'),
            (e: unknown) => {
              // The switch shows what the workbook holds: when Office refused the change, it goes back.
              setOffered(isOfferedWithDocument());
              notify(`Could not change the setting: ${e instanceof Error ? e.message : String(e)}`);
            },
          );
        }}
      />
    </section>
  );
}

/** What unfreeze did, including records it would not write back because the workbook's part had been altered. */
function unfreezeMessage({ restored, skipped }: { restored: number; skipped: number }): string {
  const kept = `Restored ${restored} formulas.`;
  return skipped ? `${kept} ${skipped} frozen-cell records were not valid (edited outside Harmonize) and were left as they are.` : kept;
}
