import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CatalogSearch } from '../../../shared/rules/catalog-index';
import { formatPercentInput } from '../../../shared/rules/money-input';
import type { Product } from '../../../shared/schema/product';
import type { OfficeCurrency } from '../../app/use-office-currency';
import { formatAmount, formatNumber } from '../../i18n/format';
import { type CatalogColumn, CatalogTable, CellText } from './CatalogTable';
import { CatalogToolbar } from './CatalogToolbar';
import { trashColumns } from './trash-columns';
import { useCatalogList } from './use-catalog-list';

/** The products tab: search (pinyin too), sortable list, the trash with restore. */
export function ProductTable(props: {
  live: CatalogSearch;
  trash: CatalogSearch;
  currency: OfficeCurrency;
  onOpen: (product: Product) => void;
  onDelete: (product: Product) => void;
  onRestore: (product: Product) => void;
}) {
  const { t } = useTranslation();
  const { live, trash } = props;
  const list = useCatalogList({
    live,
    trash,
    searchIn: (catalog, query) => catalog.searchProducts(query, {}, Number.POSITIVE_INFINITY),
    codeOf: (p: Product) => p.sku,
  });
  const total = list.showDeleted ? trash.products.length : live.products.length;

  const columns: CatalogColumn<Product>[] = [
    {
      id: 'sku',
      label: t('customers.sku'),
      width: '110px',
      sort: 'code',
      render: (p) => <CellText mono>{p.sku}</CellText>,
    },
    {
      id: 'name',
      label: t('customers.name'),
      width: 'minmax(240px, 3fr)',
      sort: 'name',
      render: (p) => <CellText>{p.name}</CellText>,
    },
    { id: 'unit', label: t('customers.unit'), width: '80px', render: (p) => <CellText>{p.unit}</CellText> },
    {
      id: 'price',
      label: t('customers.unitPrice'),
      width: '128px',
      align: 'right',
      render: (p) => <CellText>{formatAmount(p.unitPrice, props.currency.code)}</CellText>,
    },
    {
      id: 'tax',
      label: t('customersArea.columns.taxRate'),
      width: '80px',
      align: 'right',
      render: (p) => <CellText>{`${formatPercentInput(p.taxRate)} %`}</CellText>,
    },
    {
      id: 'status',
      label: t('customersArea.columns.status'),
      width: '96px',
      render: (p) => (
        <Badge variant="light" size="sm" color={p.active ? 'green' : 'gray'}>
          {p.active ? t('customers.active') : t('customers.inactive')}
        </Badge>
      ),
    },
  ];
  columns.push(...trashColumns(t, list.showDeleted, props));

  const count = list.searching
    ? t('customersArea.matchCount', { shown: formatNumber(list.rows.length), total: formatNumber(total) })
    : list.showDeleted
      ? t('customersArea.deletedCount', { n: formatNumber(total) })
      : t('customersArea.productCount', { n: formatNumber(total) });
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
        placeholder={t('customersArea.searchProducts')}
        showDeleted={list.showDeleted}
        onShowDeleted={list.setShowDeleted}
        deletedCount={trash.products.length}
        count={count}
        testId="products"
      />
      {list.rows.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl" data-testid="products-empty">
          {empty}
        </Text>
      ) : (
        <CatalogTable
          rows={list.rows}
          columns={columns}
          sort={list.sort}
          onSort={list.onSort}
          onOpen={list.showDeleted ? undefined : props.onOpen}
          label={t('customers.products')}
          rowCode={(p) => p.sku}
          testId="products-table"
        />
      )}
    </>
  );
}
