import { FluentProvider, MessageBar, MessageBarBody, makeStyles, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { formatArgument } from '../../core';
import { type HostInfo, OUTSIDE_EXCEL_NOTE } from '../hostContext';
import { insertFormulaAtActiveCell } from '../excel/workbookWrites';
import { preferredJurisdictions, userLocales, useWorkbookJurisdictions } from '../preferredJurisdictions';
import { useEngine } from '../useEngine';
import { CompareView } from './CompareView';
import { ConfirmDialog, type PendingConfirm } from './ConfirmDialog';
import { DatasetPanel } from './DatasetPanel';
import { FormulaBuilder } from './FormulaBuilder';
import { JurisdictionCard } from './JurisdictionCard';
import { MatrixBuilder } from './MatrixBuilder';
import { SearchPanel, type SearchPick } from './SearchPanel';
import { StandardCard } from './StandardCard';
import { type ToolTab, ToolTabs } from './ToolTabs';
import { WorkbookPanel } from './WorkbookPanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px', padding: '10px', minHeight: '100vh', boxSizing: 'border-box' },
  // Office already prints the add-in's name in the pane's title bar; a visible heading would cost a row of a 320 px
  // pane, yet screen-reader users navigate by headings and need the page's level-one heading to start from.
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

export function App({ host }: { host: HostInfo }) {
  const styles = useStyles();
  const [tab, setTab] = useState<ToolTab>('search');
  const engine = useEngine();
  const [standard, setStandard] = useState<string | null>(null);
  const [jurisdiction, setJurisdiction] = useState<string | null>(null);
  // Which card the last pick opened; the standard stays known to the matrix builder either way.
  const [card, setCard] = useState<'standard' | 'jurisdiction' | null>(null);
  // The jurisdiction a designation belongs to goes first: picking "BS EN ISO 13485" means GB.
  const [picked, setPicked] = useState<string | null>(null);
  const inWorkbook = useWorkbookJurisdictions(host.inExcel);
  const preferred = useMemo(() => preferredJurisdictions(engine, picked ? [picked, ...inWorkbook] : inWorkbook, userLocales()), [engine, picked, inWorkbook]);
  const [status, setStatus] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingConfirm | null>(null);
  const confirm = useCallback((message: string) => new Promise<boolean>((resolve) => setPending({ message, resolve })), []);
  const run = (action: () => Promise<string>) => {
    action().then(setStatus, (e: unknown) => setStatus(`Excel refused: ${e instanceof Error ? e.message : String(e)}`));
  };
  const insertFormula = (formula: string) => run(async () => `Inserted at ${await insertFormulaAtActiveCell(formula)}`);
  const onPick = (pick: SearchPick) => {
    if (pick.kind === 'jurisdiction') {
      setJurisdiction(pick.id);
      setCard('jurisdiction');
      return;
    }
    const key = pick.standard ? (engine.catalog.editions.get(pick.standard)?.key ?? pick.standard.replace(/:\d{4}$/, '')) : null;
    if (!key) {
      // A catalogued JIS, a white paper or a European-only EN adopts nothing recorded: its description is all there is to show.
      if (pick.kind !== 'standard') setStatus(`${pick.id}: ${pick.label}`);
      return;
    }
    setStandard(key);
    setCard('standard');
    setPicked(pick.kind === 'designation' ? (pick.jurisdiction ?? null) : null);
  };
  const cardActions = {
    canWrite: host.inExcel,
    onInsertFormula: (s: string, j: string) => insertFormula(`=HARMONIZE.EQUIVALENT(${formatArgument(s)},${formatArgument(j)})`),
    onInsertAdoptions: (s: string) => insertFormula(`=HARMONIZE.ADOPTIONS(${formatArgument(s)})`),
    onCopy: (text: string) => {
      navigator.clipboard?.writeText(text).then(
        () => setStatus(`Copied ${text}`),
        () => setStatus(`Copy is blocked here; the designation is ${text}`),
      );
    },
  };

  return (
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme}>
      <main className={styles.root}>
        <h1 className={styles.visuallyHidden}>Harmonize</h1>
        {!host.inExcel && (
          <MessageBar intent="info">
            <MessageBarBody>{OUTSIDE_EXCEL_NOTE}</MessageBarBody>
          </MessageBar>
        )}
        <ToolTabs selected={tab} onSelect={setTab} />
        {status && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{status}</MessageBarBody>
          </MessageBar>
        )}
        {tab === 'search' && (
          <>
            <SearchPanel onPick={onPick} />
            {card === 'standard' && standard && <StandardCard standardKey={standard} actions={cardActions} preferred={preferred} />}
            {card === 'jurisdiction' && jurisdiction && <JurisdictionCard code={jurisdiction} canWrite={host.inExcel} onInsertFormula={insertFormula} />}
          </>
        )}
        {tab === 'matrix' && <MatrixBuilder canWrite={host.inExcel} initialStandards={standard ? [standard] : []} confirm={confirm} notify={setStatus} />}
        {tab === 'compare' && <CompareView canWrite={host.inExcel} onInsertFormula={insertFormula} preferred={preferred} />}
        {tab === 'formula' && <FormulaBuilder canWrite={host.inExcel} onInsert={insertFormula} />}
        {tab === 'workbook' && <WorkbookPanel canWrite={host.inExcel} notify={setStatus} />}
        {tab === 'dataset' && <DatasetPanel />}
        <ConfirmDialog pending={pending} onClose={() => setPending(null)} />
      </main>
    </FluentProvider>
  );
}
