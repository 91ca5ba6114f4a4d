import { Tooltip, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { type CellValue, isHarmonizeError } from '../../core';
import { CORRESPONDENCE_FILLS } from '../excel/matrixPlan';

export const PREVIEW_ROWS = 20;

/*
 * A matrix is wider than the pane as soon as it has a few jurisdictions, so it scrolls inside its own box, with
 * its header row and its first column (the standards) sticky, as Fluent UI's DataGrid does. Body cells stay on one
 * line and are cut with an ellipsis, their full text in the title; headers are never cut.
 */
const useStyles = makeStyles({
  box: {
    maxWidth: '100%',
    maxHeight: '360px',
    overflow: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: 'separate', borderSpacing: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  cell: {
    padding: '2px 6px',
    maxWidth: '11em',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    textAlign: 'start',
  },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    padding: '2px 6px',
    whiteSpace: 'nowrap',
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  rowHeader: {
    position: 'sticky',
    left: 0,
    padding: '2px 6px',
    whiteSpace: 'nowrap',
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  corner: { left: 0, zIndex: 2 },
  error: { cursor: 'help', textDecorationLine: 'underline', textDecorationStyle: 'dotted' },
  // Red only on the theme's own background: on a degree's light fill the cell's dark text keeps its contrast.
  errorUnfilled: { color: tokens.colorPaletteRedForeground1 },
  legend: { display: 'flex', gap: '6px', listStyleType: 'none', padding: 0, flexWrap: 'wrap' },
});

function show(value: CellValue): string {
  if (value === null) return '';
  return isHarmonizeError(value) ? value.code : String(value);
}

function BodyCell({ value, fill }: { value: CellValue; fill?: string }) {
  const styles = useStyles();
  const style = fill ? { backgroundColor: fill, color: '#1b1b1b' } : undefined;
  if (!isHarmonizeError(value)) {
    return (
      <td className={styles.cell} style={style} title={value === null ? undefined : String(value)}>
        {show(value)}
      </td>
    );
  }
  // The reason is what the analyst needs ("No recorded adoption of ISO 9001 in BR"): on hover and on focus. The
  // tooltip hangs on a span inside the cell, because its portal's placeholder may not sit directly in a <tr>.
  return (
    <td className={styles.cell} style={style} data-error-reason={value.message}>
      <Tooltip content={`${value.code} ${value.message}`} relationship="description">
        <span className={mergeClasses(styles.error, !fill && styles.errorUnfilled)} tabIndex={0}>
          {value.code}
        </span>
      </Tooltip>
    </td>
  );
}

/**
 * The first rows of a matrix as core computes it; errors show their code, with the reason on hover and focus.
 * `fills` colours the body cells as the inserted table will be, by degree of correspondence.
 */
export function MatrixPreview({ grid, fills, label = 'Matrix preview' }: { grid: CellValue[][]; fills?: string[][]; label?: string }) {
  const styles = useStyles();
  const [header, ...body] = grid;
  return (
    <div>
      {/* Focusable so that the keyboard can scroll it; the region names what scrolls. */}
      <div className={styles.box} role="region" aria-label={`${label}, scrolls both ways`} tabIndex={0}>
        <table className={styles.table} aria-label={label} data-testid="matrix-preview">
          <thead>
            <tr>
              {header.map((h, i) => (
                <th key={i} scope="col" className={mergeClasses(styles.header, i === 0 && styles.corner)}>
                  {show(h)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {body.slice(0, PREVIEW_ROWS).map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) =>
                  c === 0 ? (
                    <th key={c} scope="row" className={styles.rowHeader}>
                      {show(cell)}
                    </th>
                  ) : (
                    <BodyCell key={c} value={cell} fill={fills?.[r]?.[c - 1] || undefined} />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {fills && (
        <ul aria-label="Legend" className={styles.legend}>
          {Object.entries(CORRESPONDENCE_FILLS).map(([name, fill]) => (
            <li key={name} style={{ backgroundColor: fill, color: '#1b1b1b', padding: '0 6px', borderRadius: '4px' }}>
              {name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
