/*
 * How a workbook carries Harmonize to its recipients: which dataset its formulas were computed with (a stamp in
 * a custom XML part), and whether Excel should offer the add-in's pane when the file opens.
 */
import { type DatasetStamp, STAMP_NAMESPACE, stampFromXml, stampToXml } from '../../core';
import { readPartXml, writePartXml } from './documentParts';

export async function readWorkbookStamp(): Promise<DatasetStamp | null> {
  return Excel.run(async (context) => {
    const xml = await readPartXml(context, STAMP_NAMESPACE);
    return xml ? stampFromXml(xml) : null;
  });
}

export async function writeWorkbookStamp(stamp: DatasetStamp): Promise<void> {
  await Excel.run((context) => writePartXml(context, STAMP_NAMESPACE, stampToXml(stamp)));
}

/** Recomputes every formula (custom functions are not volatile, so only a full calculation reaches them). */
export async function recalculateWorkbook(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  });
}

/**
 * Microsoft documents two switches for a shared workbook: the document setting
 * Office.AutoShowTaskpaneWithDocument (with the manifest's TaskpaneId of the same name), which opens the pane, or
 * prompts a recipient to get the add-in, when the file opens; and the shared runtime's startup behaviour, which
 * loads the runtime, and so the custom functions and the workbook's own mappings, without opening the pane.
 */
export async function offerWithDocument(enabled: boolean): Promise<void> {
  const settings = Office.context.document.settings;
  const previous: unknown = settings.get('Office.AutoShowTaskpaneWithDocument');
  settings.set('Office.AutoShowTaskpaneWithDocument', enabled);
  try {
    await new Promise<void>((resolve, reject) =>
      settings.saveAsync((result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(result.error.message)))),
    );
  } catch (error) {
    // Not saved: the in-memory setting goes back, so the pane and the file agree.
    settings.set('Office.AutoShowTaskpaneWithDocument', previous);
    throw error;
  }
  await Office.addin.setStartupBehavior(enabled ? Office.StartupBehavior.load : Office.StartupBehavior.none);
}

export function isOfferedWithDocument(): boolean {
  return Office.context.document.settings.get('Office.AutoShowTaskpaneWithDocument') === true;
}
