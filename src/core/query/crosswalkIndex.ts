import type { Catalog } from '../dataset/catalog';
import type { CompiledDataset } from '../dataset/types';
import { pushTo } from '../multiMap';
import { type FrameworkId, controlKey } from './crosswalkFrameworks';

/** One published link, decoded from the compact bundle form. */
export interface CrosswalkLink {
  from: string;
  to: string;
  relationship: string;
  strength: string | null;
}

/** All links between two frameworks in the direction NIST published them, indexed from both ends. */
export interface PublishedCrosswalk {
  fromFramework: FrameworkId;
  toFramework: FrameworkId;
  byFrom: Map<string, CrosswalkLink[]>;
  byTo: Map<string, CrosswalkLink[]>;
}

export interface CrosswalkIndex {
  /** Keyed "from>to" by framework id. */
  published: Map<string, PublishedCrosswalk>;
  /** Every element id that any crosswalk names, per framework: lookup key -> the id as NIST writes it. */
  controls: Map<FrameworkId, Map<string, string>>;
}

/** Keyed by dataset, not catalog: a workbook overlay makes a new catalog but never changes the crosswalks. */
const indexes = new WeakMap<CompiledDataset, CrosswalkIndex>();

function buildIndex(dataset: CompiledDataset): CrosswalkIndex {
  const published = new Map<string, PublishedCrosswalk>();
  const controls = new Map<FrameworkId, Map<string, string>>();
  const known = (framework: FrameworkId, id: string): void => {
    if (!controls.has(framework)) controls.set(framework, new Map());
    const byKey = controls.get(framework)!;
    const key = controlKey(id, framework);
    if (!byKey.has(key)) byKey.set(key, id);
  };
  for (const group of dataset.crosswalks ?? []) {
    const fromFramework = group.fromFramework as FrameworkId;
    const toFramework = group.toFramework as FrameworkId;
    const pairKey = `${fromFramework}>${toFramework}`;
    let pair = published.get(pairKey);
    if (!pair) published.set(pairKey, (pair = { fromFramework, toFramework, byFrom: new Map(), byTo: new Map() }));
    for (const [from, to, relationship, strength] of group.links) {
      const link: CrosswalkLink = {
        from,
        to,
        relationship: group.relationships[relationship],
        strength: strength === undefined ? null : group.strengths[strength],
      };
      known(fromFramework, from);
      pushTo(pair.byFrom, controlKey(from, fromFramework), link);
      if (!to) continue;
      known(toFramework, to);
      pushTo(pair.byTo, controlKey(to, toFramework), link);
    }
  }
  return { published, controls };
}

/** The crosswalks of a dataset, indexed on first use (most workbooks never ask). */
export function crosswalkIndexFor(catalog: Catalog): CrosswalkIndex {
  let index = indexes.get(catalog.dataset);
  if (!index) {
    index = buildIndex(catalog.dataset);
    indexes.set(catalog.dataset, index);
  }
  return index;
}
