import { Group, Pagination, ScrollArea, Table, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';

export interface PagedColumn<T> {
  key: string;
  title: string;
  render: (item: T) => ReactNode;
  numeric?: boolean;
}

/** A plain table shown a page at a time, so a file with thousands of rejected rows stays quick. */
export function PagedTable<T>(props: {
  items: readonly T[];
  columns: readonly PagedColumn<T>[];
  rowKey: (item: T, index: number) => string;
  pageSize?: number;
  testId?: string;
}) {
  const { t } = useTranslation();
  const size = props.pageSize ?? 50;
  const pages = Math.max(1, Math.ceil(props.items.length / size));
  const [page, setPage] = useState(1);
  const current = Math.min(page, pages);
  const from = (current - 1) * size;
  const shown = props.items.slice(from, from + size);
  return (
    <>
      <ScrollArea.Autosize mah={360} type="auto">
        <Table striped highlightOnHover stickyHeader data-testid={props.testId} fz="sm">
          <Table.Thead>
            <Table.Tr>
              {props.columns.map((c) => (
                <Table.Th key={c.key} ta={c.numeric ? 'right' : undefined}>
                  {c.title}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((item, i) => (
              <Table.Tr key={props.rowKey(item, from + i)}>
                {props.columns.map((c) => (
                  <Table.Td key={c.key} ta={c.numeric ? 'right' : undefined}>
                    {c.render(item)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {pages > 1 && (
        <Group justify="space-between" mt="xs">
          <Text size="xs" c="dimmed">
            {t('ordersImport.dryRun.pageOf', {
              from: formatNumber(from + 1),
              to: formatNumber(from + shown.length),
              total: formatNumber(props.items.length),
            })}
          </Text>
          <Pagination size="sm" total={pages} value={current} onChange={setPage} />
        </Group>
      )}
    </>
  );
}
