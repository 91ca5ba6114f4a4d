import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { memo, type RefObject } from 'react';
import { type Harmonize, type SearchKind, editionsOf, type searchCatalog } from '../../core';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: '6px 8px',
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected },
  id: typographyStyles.body1Strong,
  label: typographyStyles.caption1,
  facts: { display: 'flex', gap: '6px', alignItems: 'center', flexWrap: 'wrap' },
  meta: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
  // Fluent's small tint Badge (its size, type and palette tokens) on one span; why, in SearchResult's comment.
  status: {
    display: 'inline-flex',
    alignItems: 'center',
    boxSizing: 'border-box',
    height: '16px',
    minWidth: '16px',
    padding: `0 calc(${tokens.spacingHorizontalXXS} + ${tokens.spacingHorizontalXXS})`,
    borderRadius: tokens.borderRadiusCircular,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase100,
  },
  current: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
  },
  notCurrent: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteYellowForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}`,
  },
});

export type SearchHit = ReturnType<typeof searchCatalog>[number];

/** What a result that is not a standard is, in the words of the row's facts line. */
const KIND_LABEL: Record<SearchKind, string> = {
  standard: 'standard',
  designation: 'national designation',
  jurisdiction: 'jurisdiction',
  publication: 'catalogue publication',
  citation: 'EU harmonised citation',
};

/** A result's identity across keystrokes, so that a row still in the list keeps its DOM and skips rendering. */
export function resultKey({ document: d }: SearchHit): string {
  return `${d.kind}:${d.id}:${d.jurisdiction ?? ''}:${d.standard ?? ''}`;
}

interface SearchResultProps {
  hit: SearchHit;
  index: number;
  optionId: string;
  active: boolean;
  engine: Harmonize;
  onHover: (index: number) => void;
  /** A ref rather than a function, so that the panel's new closure on each keystroke does not re-render every row. */
  onChoose: RefObject<(index: number) => void>;
}

/**
 * The search answers new hit objects on every keystroke, so a row compares what it shows: the same result and label
 * at the same place, equally active, renders the same thing.
 */
function sameRow(a: SearchResultProps, b: SearchResultProps): boolean {
  return (
    resultKey(a.hit) === resultKey(b.hit) &&
    a.hit.document.label === b.hit.document.label &&
    a.index === b.index &&
    a.optionId === b.optionId &&
    a.active === b.active &&
    a.engine === b.engine &&
    a.onHover === b.onHover &&
    a.onChoose === b.onChoose
  );
}

/**
 * One option of the search list: id, label, then one line of facts (publisher or kind, newest edition, how many
 * places adopt it) and the edition's status. Memoised, and plain spans on Fluent's type ramp (the status too, styled
 * as Fluent's small tint badge) rather than a component per line: a dozen rows can be redrawn as each key is typed.
 * Dropping those layers took 10-25% off the pane's keystroke time in the benchmark, and the Badge a further ~13%.
 */
export const SearchResult = memo(function SearchResult({ hit, index, optionId, active, engine, onHover, onChoose }: SearchResultProps) {
  const styles = useStyles();
  const doc = hit.document;
  const editions = doc.kind === 'standard' ? editionsOf(engine.catalog, doc.id) : [];
  const newest = editions[0];
  const adoptionCount = doc.kind === 'standard' ? new Set(engine.catalog.adoptionsOf(doc.id).map((a) => a.jurisdiction)).size : 0;
  // A designation of a bloc (an EN, a GSO) is regional, not national.
  const regional = doc.kind === 'designation' && engine.catalog.jurisdictions.get(doc.jurisdiction ?? '')?.kind === 'bloc';
  const facts =
    doc.kind === 'standard'
      ? [newest?.publisher, newest?.id, `${adoptionCount} jurisdictions`].filter(Boolean)
      : [regional ? 'regional designation' : KIND_LABEL[doc.kind]];
  return (
    <li
      id={optionId}
      role="option"
      aria-selected={active}
      className={`${styles.item} ${active ? styles.active : ''}`}
      // Moving the pointer makes a row active, merely being under it does not: a list that appears beneath a
      // resting pointer must not steal Enter from the first result the analyst just typed towards.
      onMouseMove={() => onHover(index)}
      onClick={() => onChoose.current?.(index)}
    >
      <span className={styles.id}>{doc.id}</span>
      <span className={styles.label}>{doc.label}</span>
      <span className={styles.facts}>
        <span className={styles.meta}>{facts.join(' · ')}</span>
        {newest?.status && (
          <span className={mergeClasses(styles.status, newest.status === 'current' ? styles.current : styles.notCurrent)}>{newest.status}</span>
        )}
      </span>
    </li>
  );
}, sameRow);
