import { Badge, type BadgeProps, Text, Tooltip, makeStyles, tokens, useArrowNavigationGroup } from '@fluentui/react-components';
import { type Adoption, type CompiledJurisdiction, type Gap, type GapKind, adoptedPublication } from '../../core';
import { CorrespondenceBadge } from './CorrespondenceBadge';

/*
 * A GAPS row is six columns, too wide for a 320 px pane, so each gap is a compact block instead: the standard and
 * its kind, then one line per side (designation cut with an ellipsis, its full text on hover and focus, and the
 * degree), then the gap as GAPS words it. The rows are the table's rows, in its order.
 */
const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', margin: 0, padding: 0, listStyleType: 'none' },
  gap: { display: 'flex', flexDirection: 'column', gap: '2px', padding: '6px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, minWidth: 0 },
  head: { display: 'flex', gap: '6px', alignItems: 'center', justifyContent: 'space-between', minWidth: 0 },
  side: { display: 'flex', gap: '6px', alignItems: 'center', minWidth: 0 },
  code: { flex: '0 0 40px', fontWeight: tokens.fontWeightSemibold },
  designation: { flex: '1 1 0px', minWidth: 0, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' },
  none: { flex: '1 1 0px', minWidth: 0, color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  why: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

export const KIND_LABELS: Record<GapKind, string> = {
  harmonised: 'harmonised',
  'a-only': 'one side',
  'b-only': 'one side',
  degree: 'degree',
  edition: 'edition',
};
const KIND_COLOURS: Record<GapKind, BadgeProps['color']> = {
  harmonised: 'danger',
  'a-only': 'warning',
  'b-only': 'warning',
  degree: 'important',
  edition: 'informative',
};

function Side({ place, adoption }: { place: CompiledJurisdiction; adoption: Adoption | null }) {
  const styles = useStyles();
  return (
    <div className={styles.side}>
      <span className={styles.code} title={place.name}>
        {place.code}
      </span>
      {adoption ? (
        <>
          <Tooltip content={`${adoption.designation} (adopts ${adoptedPublication(adoption)})`} relationship="description">
            <span className={styles.designation} tabIndex={0} data-testid="gap-designation">
              {adoption.designation}
            </span>
          </Tooltip>
          <CorrespondenceBadge value={adoption.correspondence} size="small" />
        </>
      ) : (
        <span className={styles.none}>no current adoption recorded</span>
      )}
    </div>
  );
}

/** The gaps of a comparison, most material first, as compact blocks. */
export function GapList({ a, b, gaps }: { a: CompiledJurisdiction; b: CompiledJurisdiction; gaps: readonly Gap[] }) {
  const styles = useStyles();
  // One tab stop for the list; arrow keys move between the designations.
  const arrowKeys = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
  return (
    <ul className={styles.list} aria-label={`Gaps between ${a.code} and ${b.code}`} {...arrowKeys}>
      {gaps.map((g) => (
        <li key={g.standard} className={styles.gap} data-testid="gap-row">
          <div className={styles.head}>
            <Text weight="semibold">{g.standard}</Text>
            <Badge appearance="tint" size="small" color={KIND_COLOURS[g.kind]}>
              {KIND_LABELS[g.kind]}
            </Badge>
          </div>
          <Side place={a} adoption={g.a} />
          <Side place={b} adoption={g.b} />
          <Text size={200} className={styles.why}>
            {g.description}
          </Text>
        </li>
      ))}
    </ul>
  );
}
