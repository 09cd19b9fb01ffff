import { Text, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './CatalogTable.module.css';
import type { SortColumn, SortState } from './sort-rows';

export interface CatalogColumn<T> {
  id: string;
  label: string;
  /** A CSS grid track, e.g. '110px' or 'minmax(200px, 2fr)'. */
  width: string;
  align?: 'right';
  /** Clicking the header sorts by this column. */
  sort?: SortColumn;
  render: (row: T) => ReactNode;
}

const ROW_HEIGHT = 44;
/** Above this many rows only the rows in view are in the DOM. */
export const VIRTUAL_FROM = 150;

/**
 * A catalogue list as a grid table: sortable headers, row click / Enter opens the row. Long lists are
 * virtualised (only the visible rows exist), so 10,000 customers scroll as smoothly as 10.
 */
export function CatalogTable<T extends { id: string }>(props: {
  rows: readonly T[];
  columns: readonly CatalogColumn<T>[];
  sort: SortState | null;
  onSort: (column: SortColumn) => void;
  onOpen?: (row: T) => void;
  label: string;
  rowCode: (row: T) => string;
  testId: string;
}) {
  const { t } = useTranslation();
  const template = { gridTemplateColumns: props.columns.map((c) => c.width).join(' ') };
  const virtual = props.rows.length > VIRTUAL_FROM;
  return (
    <table
      className={classes.table}
      aria-label={props.label}
      aria-rowcount={props.rows.length + 1}
      data-testid={props.testId}
    >
      <thead className={classes.block}>
        <tr className={`${classes.row} ${classes.head}`} style={template}>
          {props.columns.map((column) => {
            const sorted = column.sort && props.sort?.column === column.sort ? props.sort : null;
            const ariaSort = sorted ? (sorted.descending ? 'descending' : 'ascending') : 'none';
            const Icon = !sorted
              ? IconArrowsSort
              : sorted.descending
                ? IconSortDescending
                : IconSortAscending;
            return (
              <th
                key={column.id}
                aria-sort={column.sort ? ariaSort : undefined}
                className={column.align === 'right' ? classes.right : undefined}
              >
                {column.sort ? (
                  <UnstyledButton
                    className={classes.sortButton}
                    fz="sm"
                    aria-label={t('customersArea.sortBy', { column: column.label })}
                    onClick={() => column.sort && props.onSort(column.sort)}
                  >
                    {column.label}
                    <Icon size={14} stroke={1.5} opacity={sorted ? 1 : 0.5} />
                  </UnstyledButton>
                ) : (
                  column.label
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      {virtual ? (
        <VirtualRows {...props} template={template} />
      ) : (
        <tbody className={`${classes.block} ${classes.scroller}`}>
          {props.rows.map((row) => (
            <Row key={row.id} {...props} row={row} style={template} />
          ))}
        </tbody>
      )}
    </table>
  );
}

type RowProps<T> = {
  columns: readonly CatalogColumn<T>[];
  onOpen?: (row: T) => void;
  rowCode: (row: T) => string;
};

function Row<T extends { id: string }>(
  props: RowProps<T> & { row: T; style: CSSProperties; virtual?: boolean },
) {
  const { row, onOpen } = props;
  const className = [classes.row, classes.body, onOpen && classes.clickable, props.virtual && classes.virtual]
    .filter(Boolean)
    .join(' ');
  return (
    <tr
      tabIndex={onOpen ? 0 : undefined}
      className={className}
      style={props.style}
      data-code={props.rowCode(row)}
      onClick={onOpen && (() => onOpen(row))}
      onKeyDown={
        onOpen &&
        ((e) => {
          if (e.key === 'Enter' && e.target === e.currentTarget) onOpen(row);
        })
      }
    >
      {props.columns.map((column) => (
        <td key={column.id} className={column.align === 'right' ? classes.right : undefined}>
          {column.render(row)}
        </td>
      ))}
    </tr>
  );
}

function VirtualRows<T extends { id: string }>(
  props: RowProps<T> & { rows: readonly T[]; template: CSSProperties },
) {
  const parent = useRef<HTMLTableSectionElement>(null);
  const virtualizer = useVirtualizer({
    count: props.rows.length,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => props.rows[index]?.id ?? index,
    overscan: 12,
  });
  return (
    <tbody ref={parent} className={`${classes.block} ${classes.scroller} ${classes.fixed}`}>
      <tr className={classes.spacer} style={{ height: virtualizer.getTotalSize() }} aria-hidden>
        <td />
      </tr>
      {virtualizer.getVirtualItems().map((item) => {
        const row = props.rows[item.index];
        if (!row) return null;
        return (
          <Row
            key={row.id}
            {...props}
            row={row}
            virtual
            style={{ ...props.template, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
          />
        );
      })}
    </tbody>
  );
}

export function CellText(props: { children: ReactNode; mono?: boolean; dimmed?: boolean }) {
  return (
    <Text
      size="sm"
      truncate
      ff={props.mono ? 'monospace' : undefined}
      c={props.dimmed ? 'dimmed' : undefined}
    >
      {props.children}
    </Text>
  );
}
