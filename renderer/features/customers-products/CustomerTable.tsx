import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CatalogSearch } from '../../../shared/rules/catalog-index';
import type { Customer } from '../../../shared/schema/customer';
import type { OfficeCurrency } from '../../app/use-office-currency';
import { formatAmount, formatNumber } from '../../i18n/format';
import { type CatalogColumn, CatalogTable, CellText } from './CatalogTable';
import { CatalogToolbar } from './CatalogToolbar';
import { trashColumns } from './trash-columns';
import { useCatalogList } from './use-catalog-list';

/** The customers tab: search (pinyin too), sortable list, the trash with restore. */
export function CustomerTable(props: {
  live: CatalogSearch;
  trash: CatalogSearch;
  currency: OfficeCurrency;
  onOpen: (customer: Customer) => void;
  onDelete: (customer: Customer) => void;
  onRestore: (customer: Customer) => void;
}) {
  const { t } = useTranslation();
  const { live, trash } = props;
  const list = useCatalogList({
    live,
    trash,
    searchIn: (catalog, query) => catalog.searchCustomers(query, Number.POSITIVE_INFINITY),
    codeOf: (c: Customer) => c.code,
  });
  const total = list.showDeleted ? trash.customers.length : live.customers.length;

  const allColumns: CatalogColumn<Customer>[] = [
    {
      id: 'code',
      label: t('customers.code'),
      width: '96px',
      sort: 'code',
      render: (c) => <CellText mono>{c.code}</CellText>,
    },
    {
      id: 'name',
      label: t('customers.name'),
      width: 'minmax(200px, 2.4fr)',
      sort: 'name',
      render: (c) => <CellText>{c.name}</CellText>,
    },
    {
      id: 'contact',
      label: t('customersArea.columns.contact'),
      width: 'minmax(72px, 0.7fr)',
      render: (c) => <CellText>{c.contact}</CellText>,
    },
    {
      id: 'phone',
      label: t('customersArea.columns.phone'),
      width: '118px',
      render: (c) => <CellText mono>{c.phone}</CellText>,
    },
    {
      id: 'segment',
      label: t('customers.segment'),
      width: '92px',
      render: (c) => <CellText>{t(`segment.${c.segment}`)}</CellText>,
    },
    {
      id: 'region',
      label: t('customers.region'),
      width: 'minmax(72px, 0.8fr)',
      render: (c) => <CellText>{c.region}</CellText>,
    },
    {
      id: 'tags',
      label: t('customersArea.columns.tags'),
      width: 'minmax(120px, 1.2fr)',
      render: (c) => (
        <Group gap={4} wrap="nowrap">
          {c.tags.map((tag) => (
            <Badge key={tag} size="sm" variant="light" color="gray" tt="none" style={{ flexShrink: 0 }}>
              {tag}
            </Badge>
          ))}
        </Group>
      ),
    },
    {
      id: 'credit',
      label: t('customers.creditLimit'),
      width: '128px',
      align: 'right',
      render: (c) => <CellText>{formatAmount(c.creditLimit, props.currency.code)}</CellText>,
    },
  ];
  // The deleted list makes room for when each was deleted and its restore button.
  const columns = list.showDeleted
    ? allColumns.filter((column) => !['contact', 'phone', 'tags'].includes(column.id))
    : allColumns;
  columns.push(...trashColumns(t, list.showDeleted, props));

  const count = list.searching
    ? t('customersArea.matchCount', { shown: formatNumber(list.rows.length), total: formatNumber(total) })
    : list.showDeleted
      ? t('customersArea.deletedCount', { n: formatNumber(total) })
      : t('customersArea.customerCount', { n: formatNumber(total) });
  const empty = list.searching
    ? t('customersArea.noMatch', { query: list.query })
    : list.showDeleted
      ? t('customersArea.noneDeleted')
      : t('customersArea.noneYet');

  return (
    <>
      <CatalogToolbar
        query={list.query}
        onQuery={list.setQuery}
        placeholder={t('customersArea.searchCustomers')}
        showDeleted={list.showDeleted}
        onShowDeleted={list.setShowDeleted}
        deletedCount={trash.customers.length}
        count={count}
        testId="customers"
      />
      {list.rows.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl" data-testid="customers-empty">
          {empty}
        </Text>
      ) : (
        <CatalogTable
          rows={list.rows}
          columns={columns}
          sort={list.sort}
          onSort={list.onSort}
          onOpen={list.showDeleted ? undefined : props.onOpen}
          label={t('customers.customers')}
          rowCode={(c) => c.code}
          testId="customers-table"
        />
      )}
    </>
  );
}
