import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { type CellValue, isHarmonizeError } from '../../core';

const PREVIEW_ROWS = 20;

function show(value: CellValue): string {
  if (value === null) return '';
  return isHarmonizeError(value) ? value.code : String(value);
}

/** The first rows of a matrix as core computes it; errors show their code, with the reason on hover. */
export function MatrixPreview({ grid }: { grid: CellValue[][] }) {
  const [header, ...body] = grid;
  return (
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
              <TableCell key={c} title={isHarmonizeError(cell) ? cell.message : undefined}>
                {show(cell)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
