import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { type DatasetStamp, type FormulaAudit, type Harmonize, changesSinceStamp } from '../../core';
import { runtime } from '../../runtime/engine';
import { splitQualified } from '../excel/a1';
import { auditWorkbook } from '../excel/auditWorkbook';
import { freezeFormulas } from '../excel/freezeCells';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '6px', flexWrap: 'wrap', alignItems: 'center' },
  list: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: '6px', overflowWrap: 'anywhere' },
  reason: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** How many changed cells the list shows; the count above it says how many there are. */
const SHOWN = 200;

export interface AuditSectionProps {
  engine: Harmonize;
  /** The stamp the workbook carries: its version says which changes of the changelog to explain with. */
  recorded: DatasetStamp | null;
  /** Runs a workbook action with the panel's progress and its message. */
  act: (label: string, work: () => Promise<string>) => void;
  /** Recomputes every formula and stamps the installed dataset. */
  accept: () => void;
}

/**
 * The audit of a workbook against the installed dataset: each HARMONIZE cell whose answer changes, old value beside
 * new, with the reason from the changelog since the stamped dataset; then keep the old values (freeze those cells)
 * or accept the new ones (recompute and stamp).
 */
export function AuditSection({ engine, recorded, act, accept }: AuditSectionProps) {
  const styles = useStyles();
  const [audit, setAudit] = useState<FormulaAudit | null>(null);
  const since = changesSinceStamp(engine.catalog.dataset, recorded?.version ?? null);
  const run = () =>
    act('Audit', async () => {
      // Each reason quotes the changelog, which is loaded with the catalogues: load them first, as a formula would.
      // Without them the audit still runs, and each reason says the changelog is not loaded.
      const loaded = await Promise.resolve(runtime.engineWithCatalogue()).catch(() => engine);
      const result = await auditWorkbook(loaded, since);
      setAudit(result);
      return `${result.changed.length} cells would change, ${result.unchanged} would not, ${result.skipped.length} could not be checked.`;
    });
  const keepOld = (changed: FormulaAudit['changed']) =>
    act('Freeze', async () => {
      // The values are the old dataset's: the frozen cells' notes name it, not the installed one.
      const dataset = recorded ?? { version: engine.catalog.dataset.version, checksum: engine.catalog.dataset.checksum };
      const r = await freezeFormulas({ cells: changed.map((c) => splitQualified(c.address)) }, { dataset });
      setAudit(null);
      return `Kept the old values of ${r.frozen} cells (frozen; Unfreeze restores their formulas, which then show the new values).`;
    });

  return (
    <>
      <div className={styles.row}>
        <Button onClick={run}>Audit values</Button>
        <Button appearance="primary" onClick={accept}>
          Recompute and stamp
        </Button>
      </div>
      {audit && audit.changed.length > 0 && (
        <>
          <Text>
            {audit.changed.length} cells would change{since ? ` (changes since dataset ${since})` : ''}:
          </Text>
          <ul aria-label="Cells that would change" className={styles.list}>
            {audit.changed.slice(0, SHOWN).map((c) => (
              <li key={c.address} data-testid="audit-change">
                {c.address}: {JSON.stringify(c.old)} → {JSON.stringify(c.new)}
                <span className={styles.reason}>{c.reason}</span>
              </li>
            ))}
          </ul>
          <div className={styles.row} role="group" aria-label="Old or new values">
            <Button onClick={() => keepOld(audit.changed)}>Keep old values (freeze)</Button>
            <Button
              appearance="primary"
              onClick={() => {
                setAudit(null);
                accept();
              }}
            >
              Accept new values
            </Button>
          </div>
        </>
      )}
    </>
  );
}
