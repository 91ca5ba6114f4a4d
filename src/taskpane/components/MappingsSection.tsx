import { Button, Text, makeStyles } from '@fluentui/react-components';
import { type ChangeEvent, useState } from 'react';
import { runtime } from '../../runtime/engine';
import { yieldToHost } from '../yieldToHost';
import { type MappingImport, type MappingPackFormat, exportMappings, importMappingPackInSlices, mappingTableRows, packSizeProblem } from '../../core';
import { exportToNewSheet } from '../excel/exportSheet';
import { appendMappingRows, createMappingsTable } from '../excel/mappingsTable';
import { startWorkbookSync } from '../workbookSync';

const useStyles = makeStyles({ row: { display: 'flex', gap: '6px', flexWrap: 'wrap', alignItems: 'center' } });

/** A download where the host allows one (not Excel on Mac): the address lives long enough for the save to start. */
function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Copies text where the clipboard API is allowed, else through a selected text area, the older path. */
async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  const area = document.createElement('textarea');
  area.value = text;
  document.body.appendChild(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('the clipboard is not available here');
}

/** The workbook's own mappings: create the table, import a pack (validated row by row, all or nothing), export. */
export function MappingsSection({ notify }: { notify: (message: string) => void }) {
  const styles = useStyles();
  const [report, setReport] = useState<MappingImport | null>(null);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    importFile(event).catch((error: unknown) => notify(`Import failed: ${error instanceof Error ? error.message : String(error)}`));
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // Refused before it is read: a huge file would stall the runtime the functions share.
    const tooBig = packSizeProblem(file.size);
    if (tooBig) {
      setReport({ accepted: [], rejected: [{ row: 0, reason: tooBig }] });
      notify(`Nothing imported: ${tooBig}`);
      return;
    }
    const format: MappingPackFormat = file.name.toLowerCase().endsWith('.json') ? 'json' : 'csv';
    const result = await importMappingPackInSlices(
      await file.text(),
      format,
      { today: new Date().toISOString().slice(0, 10), catalog: runtime.baseEngine().catalog },
      yieldToHost,
    );
    setReport(result);
    if (result.rejected.length > 0) {
      notify(`Nothing imported: ${result.rejected.length} rows were rejected. Fix them and import again.`);
      return;
    }
    await createMappingsTable();
    const added = await appendMappingRows(mappingTableRows(result.accepted, { quotePrefix: false }).slice(1));
    await startWorkbookSync(setReport);
    notify(`Imported ${added} mappings into HarmonizeMappings.`);
  };

  const workbookRows = () => runtime.currentEngine().catalog.adoptions.filter((a) => a.provenance === 'workbook');

  return (
    <section aria-label="Own mappings">
      <Text as="h2" weight="semibold">
        Own mappings (HarmonizeMappings)
      </Text>
      <Text as="p" size={200}>
        A row here wins over the bundled record for the same standard and jurisdiction, and EQUIVALENT(…,"provenance") says "workbook".
      </Text>
      <div className={styles.row}>
        <Button
          onClick={() =>
            // Watching starts with the table: edits made from now on reach the formulas at once.
            void createMappingsTable()
              .then(async (message) => {
                await startWorkbookSync(setReport);
                notify(message);
              })
              .catch((e: unknown) => notify(String(e)))
          }
        >
          Create table
        </Button>
        <label>
          <Text size={200}>Import CSV or JSON </Text>
          <input type="file" accept=".csv,.json,text/csv,application/json" onChange={onFile} aria-label="Import a mapping pack" />
        </label>
        <Button onClick={() => download(exportMappings(workbookRows(), 'csv'), 'harmonize-mappings.csv', 'text/csv')}>Export CSV</Button>
        <Button onClick={() => download(exportMappings(workbookRows(), 'json'), 'harmonize-mappings.json', 'application/json')}>Export JSON</Button>
        <Button
          onClick={() =>
            void exportToNewSheet(mappingTableRows(workbookRows(), { quotePrefix: false }), `Harmonize export ${new Date().toISOString().slice(0, 10)}`).then(
              (name) => notify(`Exported ${workbookRows().length} mappings to the sheet '${name}'.`),
              (e: unknown) => notify(`Export failed: ${e instanceof Error ? e.message : String(e)}`),
            )
          }
        >
          Export to a new sheet
        </Button>
        <Button
          onClick={() =>
            void copyText(exportMappings(workbookRows(), 'csv')).then(
              () => notify('The mappings are on the clipboard as CSV.'),
              (e: unknown) => notify(`Copy failed: ${e instanceof Error ? e.message : String(e)}`),
            )
          }
        >
          Copy CSV
        </Button>
      </div>
      {report && report.rejected.length > 0 && (
        <ul aria-label="Rejected rows">
          {report.rejected.map((r) => (
            <li key={r.row}>
              {r.row === 0 ? 'Header' : `Row ${r.row}`}: {r.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
