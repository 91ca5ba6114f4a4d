import { Button, Input, makeStyles, Text } from '@fluentui/react-components';
import { Search20Regular } from '@fluentui/react-icons';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { type Harmonize, type SearchKind, prepareSearch, searchCatalog } from '../../core';
import { runtime } from '../../runtime/engine';
import { useEngine } from '../useEngine';
import { resultKey, SearchResult, type SearchHit } from './SearchResult';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  examples: { display: 'flex', flexDirection: 'column', gap: '6px', paddingTop: '8px' },
  exampleButtons: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
});

/** What the empty search offers to try: a standard, a part of a series, and a country. */
export const EXAMPLE_SEARCHES = [
  { query: 'ISO 13485', why: 'a standard: where it is adopted, how closely, who says so' },
  { query: 'IEC 60601-1', why: 'one part of a series' },
  { query: 'Germany', why: 'a country: its standards body, blocs and recognitions' },
] as const;

/**
 * The index's matches, and first the jurisdiction the query names when the index has not found it: the index
 * knows codes and English names, JURISDICTION also endonyms and aliases ("Deutschland", "日本").
 */
export function searchStandardsAndPlaces(engine: Harmonize, query: string): SearchHit[] {
  if (!query.trim()) return [];
  const hits = searchCatalog(engine.catalog, query, 12);
  const named = engine.jurisdiction(query.trim(), 'code');
  const code = Array.isArray(named) ? named[0]?.[0] : null;
  const place = typeof code === 'string' ? engine.catalog.jurisdictions.get(code) : undefined;
  if (!place || hits.some((h) => h.document.kind === 'jurisdiction' && h.document.id === place.code)) return hits;
  return [{ document: { kind: 'jurisdiction', id: place.code, label: place.name, jurisdiction: place.code, text: '' }, score: Infinity }, ...hits];
}

export interface SearchPick {
  kind: SearchKind;
  id: string;
  label: string;
  standard?: string;
  /** The place a jurisdiction or a national designation belongs to. */
  jurisdiction?: string;
}

/**
 * The IEC and JIS catalogues are fetched when the search box is first focused, not with the pane: until they
 * arrive the search covers the bundled dataset, and the results widen when they do (the engine changes).
 */
function loadCatalogues(setFailure: (message: string) => void): void {
  if (runtime.catalogueLoaded()) return;
  Promise.resolve(runtime.engineWithCatalogue()).catch((e: unknown) =>
    setFailure(`The IEC and JIS catalogues could not be loaded: ${e instanceof Error ? e.message : String(e)}`),
  );
}

/** Type-ahead over standards, titles, designations and jurisdictions. Arrow keys move, Enter opens. */
export function SearchPanel({ onPick, placeholder = 'ISO 13485, medical devices, GB/T 19001' }: { onPick: (pick: SearchPick) => void; placeholder?: string }) {
  const engine = useEngine();
  const styles = useStyles();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(true);
  const [failure, setFailure] = useState<string | null>(null);
  const [indexed, setIndexed] = useState<object | null>(null);
  // Once the catalogues arrive, index them between keystrokes rather than on the next one.
  useEffect(() => {
    if (!engine.catalog.catalogue) return;
    const timer = setTimeout(() => {
      prepareSearch(engine.catalog);
      setIndexed(engine.catalog);
    }, 0);
    return () => clearTimeout(timer);
  }, [engine]);
  const input = useRef<HTMLInputElement>(null);
  const found = useMemo(() => searchStandardsAndPlaces(engine, query), [engine, query]);
  // After a pick the list folds away so the card is in view; typing again reopens it.
  const hits = open ? found : [];
  const searchFor = (text: string) => {
    setQuery(text);
    setActive(0);
    setOpen(true);
  };
  const tryExample = (text: string) => {
    searchFor(text);
    // Back in the box, Enter opens the first result as it does after typing.
    input.current?.focus();
  };

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    setOpen(false);
    onPick({
      kind: hit.document.kind,
      id: hit.document.id,
      label: hit.document.label,
      standard: hit.document.standard,
      jurisdiction: hit.document.jurisdiction,
    });
  };
  const chooseRef = useRef(choose);
  useLayoutEffect(() => {
    chooseRef.current = choose;
  });
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && !open) setOpen(true);
    else if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter') choose(active);
    else return;
    e.preventDefault();
  };

  return (
    <div>
      <Input
        ref={input}
        contentBefore={<Search20Regular />}
        value={query}
        placeholder={placeholder}
        aria-label="Search standards and jurisdictions"
        aria-controls={listId}
        aria-activedescendant={hits.length ? `${listId}-${active}` : undefined}
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-autocomplete="list"
        onChange={(_, d) => searchFor(d.value)}
        onKeyDown={onKeyDown}
        onFocus={() => loadCatalogues(setFailure)}
        data-catalogues={indexed === engine.catalog ? 'indexed' : engine.catalog.catalogue ? 'loaded' : 'pending'}
        style={{ width: '100%' }}
      />
      {failure && <Text role="alert">{failure}</Text>}
      <ul id={listId} role="listbox" aria-label="Search results" className={styles.list}>
        {hits.map((hit, i) => (
          <SearchResult
            key={resultKey(hit)}
            hit={hit}
            index={i}
            optionId={`${listId}-${i}`}
            active={i === active}
            engine={engine}
            onHover={setActive}
            onChoose={chooseRef}
          />
        ))}
      </ul>
      {open && query.trim() && hits.length === 0 && <Text role="status">Nothing matches “{query}”.</Text>}
      {!query.trim() && (
        <section className={styles.examples} aria-label="Example searches">
          <Text>Type a standard, a title, a national designation (GB/T 19001) or a country. Try:</Text>
          <div className={styles.exampleButtons}>
            {EXAMPLE_SEARCHES.map((e) => (
              <Button key={e.query} size="small" title={e.why} onClick={() => tryExample(e.query)}>
                {e.query}
              </Button>
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
