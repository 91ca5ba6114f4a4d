import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { type CellValue, isHarmonizeError } from '../../core';
import { CORRESPONDENCE_FILLS } from '../excel/matrixPlan';

export const PREVIEW_ROWS = 20;

function show(value: CellValue): string {
  if (value === null) return '';
  return isHarmonizeError(value) ? value.code : String(value);
}

/**
 * The first rows of a matrix as core computes it; errors show their code, with the reason on hover. `fills`
 * colours the body cells as the inserted table will be, by degree of correspondence.
 */
export function MatrixPreview({ grid, fills }: { grid: CellValue[][]; fills?: string[][] }) {
  const [header, ...body] = grid;
  const table = (
    <Table size="extra-small" aria-label="Matrix preview" data-testid="matrix-preview">
      <TableHeader>
        <TableRow>
          {header.map((h, i) => (
            <TableHeaderCell key={i}>{show(h)}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {body.slice(0, PREVIEW_ROWS).map((row, r) => (
          <TableRow key={r}>
            {row.map((cell, c) => (
              <TableCell
                key={c}
                title={isHarmonizeError(cell) ? cell.message : undefined}
                style={c > 0 && fills?.[r]?.[c - 1] ? { backgroundColor: fills[r][c - 1], color: '#1b1b1b' } : undefined}
              >
                {show(cell)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
  if (!fills) return table;
  return (
    <div>
      {table}
      <ul aria-label="Legend" style={{ display: 'flex', gap: '6px', listStyle: 'none', padding: 0, flexWrap: 'wrap' }}>
        {Object.entries(CORRESPONDENCE_FILLS).map(([name, fill]) => (
          <li key={name} style={{ backgroundColor: fill, color: '#1b1b1b', padding: '0 6px', borderRadius: '4px' }}>
            {name}
          </li>
        ))}
      </ul>
    </div>
  );
}
