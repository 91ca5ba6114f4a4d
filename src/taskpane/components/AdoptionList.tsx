import {
  Button,
  Dropdown,
  Input,
  Link,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Tooltip,
  makeStyles,
  mergeClasses,
  tokens,
  useArrowNavigationGroup,
} from '@fluentui/react-components';
import { Filter16Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { type Adoption, type Catalog, adoptedPublication, newerEdition, supersededBy, upcomingSuccessor, whenInForce } from '../../core';
import { clickableSource, sourceSite } from '../sourceLink';
import { useEngine } from '../useEngine';
import { ADOPTION_SORTS, type AdoptionSort, visibleAdoptions } from './adoptionRows';
import { CorrespondenceBadge } from './CorrespondenceBadge';

/*
 * Fixed widths for the short columns and the rest for the designation: at 320 px the designation keeps about
 * 110 px and an ellipsis, and no header is cut. Cells keep half Fluent's padding for the same reason.
 */
const useStyles = makeStyles({
  tools: { display: 'flex', gap: '6px', flexWrap: 'wrap', alignItems: 'center' },
  filter: { flex: '1 1 100px', minWidth: 0 },
  sort: { flex: '0 1 140px', minWidth: 0 },
  cell: { paddingLeft: '4px', paddingRight: '4px' },
  where: { flex: '0 0 36px' },
  designation: { flex: '1 1 0px', minWidth: 0 },
  degree: { flex: '0 0 58px' },
  provenance: { flex: '0 0 72px' },
  oneLine: {
    display: 'block',
    maxWidth: '100%',
    minWidth: 0,
    paddingLeft: 0,
    paddingRight: 0,
    justifyContent: 'flex-start',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** What the tooltip adds when ISO or IEC has published an edition newer than the one the row adopts; else nothing. */
function newerNote(catalog: Catalog, a: Adoption): string {
  const newer = newerEdition(catalog, a);
  return newer ? `; ${newer.id} has since been published` : '';
}

/** What the tooltip adds when a source states whether the row's document is in force; nothing when none does. */
const STATUS_NOTES: Record<NonNullable<Adoption['status']>, string> = {
  current: '; in force',
  superseded: '; superseded by a newer national adoption',
  withdrawn: '; withdrawn',
  upcoming: '; published, not yet in force',
};
function statusNote(catalog: Catalog, a: Adoption): string {
  const upcoming = upcomingSuccessor(catalog, a);
  // The row in force says what will replace it: the card shows one row per place.
  const next = upcoming ? `; ${upcoming.designation} ${whenInForce(upcoming)}` : '';
  if (!a.status) return next;
  const successor = supersededBy(catalog, a);
  if (successor) return `; superseded by ${successor}`;
  return `${STATUS_NOTES[a.status]}${a.status === 'upcoming' && a.inForce ? ` (takes effect ${a.inForce})` : ''}${next}`;
}

/** What the title, tooltip and label add for an edition the source does not name, after `separator`; else nothing. */
const inferredNote = (a: Adoption, separator: string): string =>
  a.editionInferred ? `${separator}edition inferred from publication dates (see the note)` : '';

function describeSource(a: Adoption): string {
  const rule = a.rule ? `; derived by rule ${a.rule}` : '';
  return `${a.provenance}: ${sourceSite(a.source)}, read ${a.read}${rule}${inferredNote(a, '; ')}`;
}

/** The provenance as the column shows it: an asterisk marks an edition the source does not name (the title says so). */
const provenanceLabel = (a: Adoption): string => `${a.provenance}${a.editionInferred ? '*' : ''}`;

function ProvenanceCell({ adoption }: { adoption: Adoption }) {
  const href = clickableSource(adoption.source);
  const description = describeSource(adoption);
  if (!href) {
    return (
      <Text size={200} title={`${description} (${adoption.source}; not a link: copy it to check it)`}>
        {provenanceLabel(adoption)}
      </Text>
    );
  }
  return (
    <Link
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      title={description}
      aria-label={`${adoption.provenance}${inferredNote(adoption, ', ')}, source for ${adoption.jurisdiction} at ${sourceSite(adoption.source)}`}
    >
      {provenanceLabel(adoption)}
    </Link>
  );
}

export interface AdoptionListProps {
  standardKey: string;
  adoptions: readonly Adoption[];
  onCopy: (designation: string) => void;
}

/** Adoptions as compact rows, one line each, with a filter and a sort: readable at the pane's 320 px. */
export function AdoptionList({ standardKey, adoptions, onCopy }: AdoptionListProps) {
  const engine = useEngine();
  const styles = useStyles();
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<AdoptionSort>('jurisdiction');
  const rows = useMemo(() => visibleAdoptions(engine.catalog, adoptions, filter, sort), [engine, adoptions, filter, sort]);
  // One tab stop for the whole list; arrow keys move between the rows' controls.
  const arrowKeys = useArrowNavigationGroup({ axis: 'grid-linear', memorizeCurrent: true });
  const cell = (column: string) => mergeClasses(styles.cell, column);

  return (
    <>
      <div className={styles.tools}>
        <Input
          className={styles.filter}
          size="small"
          type="search"
          contentBefore={<Filter16Regular />}
          value={filter}
          onChange={(_, d) => setFilter(d.value)}
          placeholder="Filter rows"
          aria-label={`Filter adoptions of ${standardKey}`}
        />
        <Dropdown
          className={styles.sort}
          size="small"
          aria-label="Sort adoptions by"
          value={`Sort: ${ADOPTION_SORTS[sort].name}`}
          selectedOptions={[sort]}
          onOptionSelect={(_, d) => setSort((d.optionValue as AdoptionSort) ?? sort)}
        >
          {Object.entries(ADOPTION_SORTS).map(([value, { name, detail }]) => (
            <Option key={value} value={value} text={name}>
              {`${name} (${detail})`}
            </Option>
          ))}
        </Dropdown>
      </div>
      <Text size={200} role="status" className={styles.muted}>
        {rows.length === adoptions.length ? '' : `${rows.length} of ${adoptions.length} shown`}
      </Text>
      <Table size="extra-small" noNativeElements aria-label={`Adoptions of ${standardKey}`} {...arrowKeys}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={cell(styles.where)}>Where</TableHeaderCell>
            <TableHeaderCell className={cell(styles.designation)}>Designation</TableHeaderCell>
            <TableHeaderCell className={cell(styles.degree)}>Degree</TableHeaderCell>
            <TableHeaderCell className={cell(styles.provenance)}>Provenance</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((a) => (
            <TableRow key={a.jurisdiction} data-testid="adoption-row">
              <TableCell className={cell(styles.where)}>
                <span title={engine.catalog.jurisdictions.get(a.jurisdiction)?.name}>{a.jurisdiction}</span>
              </TableCell>
              <TableCell className={cell(styles.designation)}>
                <Tooltip
                  content={`${a.designation} (adopts ${adoptedPublication(a)}${statusNote(engine.catalog, a)}${inferredNote(a, '; ')}${newerNote(engine.catalog, a)}). Click to copy.`}
                  relationship="description"
                >
                  <Button appearance="transparent" size="small" className={styles.oneLine} onClick={() => onCopy(a.designation)}>
                    {a.designation}
                  </Button>
                </Tooltip>
              </TableCell>
              <TableCell className={cell(styles.degree)}>
                <CorrespondenceBadge value={a.correspondence} size="small" />
              </TableCell>
              <TableCell className={cell(styles.provenance)}>
                <ProvenanceCell adoption={a} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rows.length === 0 && <Text>No adoption matches “{filter}”.</Text>}
    </>
  );
}
