import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** A header cell: its label, or the label with its alignment (numbers right) and a name for screen readers. */
export type HeadColumn = ReactNode | { label?: ReactNode; align?: 'right'; ariaLabel?: string };

const isSpec = (column: HeadColumn): column is Exclude<HeadColumn, ReactNode> =>
  typeof column === 'object' && column !== null && !('$$typeof' in column) && !Array.isArray(column);

/** A table's header row: one cell a column, in order. */
export function TableHead({ columns }: { columns: readonly HeadColumn[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((column, i) => {
          const spec = isSpec(column) ? column : { label: column };
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a header's columns are fixed, in this order
            <Table.Th key={i} ta={spec.align} aria-label={spec.ariaLabel}>
              {spec.label}
            </Table.Th>
          );
        })}
      </Table.Tr>
    </Table.Thead>
  );
}
