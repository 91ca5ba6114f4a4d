import { jsonFromXmlPart, jsonToXmlPart } from '../../core';

/*
 * Custom XML parts: kept inside the workbook file, invisible to the analyst, saved with the file and readable by
 * whoever opens it, unlike document settings which are tied to the add-in. Core owns what goes in each part.
 */

/** The XML of the part in `namespace`, or null when the workbook has none. */
export async function readPartXml(context: Excel.RequestContext, namespace: string): Promise<string | null> {
  const part = context.workbook.customXmlParts.getByNamespace(namespace).getOnlyItemOrNullObject();
  await context.sync();
  if (part.isNullObject) return null;
  const xml = part.getXml();
  await context.sync();
  // A ClientResult is filled by the sync above; it has no load() for the rule to look for.
  // eslint-disable-next-line office-addins/load-object-before-read
  return xml.value;
}

/** Replaces the part (parts are immutable in practice: delete and add keeps exactly one). */
export async function writePartXml(context: Excel.RequestContext, namespace: string, xml: string): Promise<void> {
  const existing = context.workbook.customXmlParts.getByNamespace(namespace).getOnlyItemOrNullObject();
  await context.sync();
  if (!existing.isNullObject) existing.delete();
  context.workbook.customXmlParts.add(xml);
  await context.sync();
}

export async function readJsonPart<T>(context: Excel.RequestContext, namespace: string, fallback: T): Promise<T> {
  return jsonFromXmlPart(await readPartXml(context, namespace), fallback);
}

export async function writeJsonPart(context: Excel.RequestContext, namespace: string, value: unknown): Promise<void> {
  await writePartXml(context, namespace, jsonToXmlPart(namespace, value));
}
