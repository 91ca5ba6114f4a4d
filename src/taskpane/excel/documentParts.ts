import { jsonFromXmlPart, jsonToXmlPart } from '../../core/sharing/frozenCells';

/**
 * JSON kept inside the workbook file as a custom XML part: invisible to the analyst, saved with the file, and
 * readable by whoever opens it, unlike document settings which are tied to the add-in.
 */
export async function readJsonPart<T>(context: Excel.RequestContext, namespace: string, fallback: T): Promise<T> {
  const part = context.workbook.customXmlParts.getByNamespace(namespace).getOnlyItemOrNullObject();
  await context.sync();
  if (part.isNullObject) return fallback;
  const xml = part.getXml();
  await context.sync();
  return jsonFromXmlPart(xml.value, fallback);
}

/** Replaces the part (parts are immutable in practice: delete and add keeps exactly one). */
export async function writeJsonPart(context: Excel.RequestContext, namespace: string, value: unknown): Promise<void> {
  const existing = context.workbook.customXmlParts.getByNamespace(namespace).getOnlyItemOrNullObject();
  await context.sync();
  if (!existing.isNullObject) existing.delete();
  context.workbook.customXmlParts.add(jsonToXmlPart(namespace, value));
  await context.sync();
}
