import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CatalogSearch } from '../../../shared/rules/catalog-index';
import type { OfficeCurrency } from '../../app/use-office-currency';
import { formatNumber } from '../../i18n/format';
import { CatalogTable } from './CatalogTable';
import { CatalogToolbar } from './CatalogToolbar';
import { catalogColumns } from './catalog-columns';
import type { CatalogKind, CatalogRecord } from './catalog-kind';
import { trashColumns } from './trash-columns';
import { useCatalogList } from './use-catalog-list';

/** A catalogue tab: search (pinyin too), sortable list, the trash with restore. */
export function CatalogTab<T extends CatalogRecord>(props: {
  kind: CatalogKind<T>;
  live: CatalogSearch;
  trash: CatalogSearch;
  currency: OfficeCurrency;
  onOpen: (row: T) => void;
  onDelete: (row: T) => void;
  onRestore: (row: T) => void;
}) {
  const { t } = useTranslation();
  const { kind, live, trash } = props;
  const list = useCatalogList({ live, trash, searchIn: kind.search, codeOf: kind.codeOf });
  const total = kind.records(list.showDeleted ? trash : live).length;
  const columns = catalogColumns<T>(kind.columns, t, props.currency).filter(
    (column) => !(list.showDeleted && kind.notInTrash?.includes(column.id)),
  );
  columns.push(...trashColumns(t, list.showDeleted, props));

  const count = list.searching
    ? t('customersArea.matchCount', { shown: formatNumber(list.rows.length), total: formatNumber(total) })
    : list.showDeleted
      ? t('customersArea.deletedCount', { n: formatNumber(total) })
      : t(`customersArea.count.${kind.id}`, { n: formatNumber(total) });
  const empty = list.searching
    ? t('customersArea.noMatch', { query: list.query })
    : t(list.showDeleted ? 'customersArea.noneDeleted' : 'customersArea.noneYet');

  return (
    <>
      <CatalogToolbar
        query={list.query}
        onQuery={list.setQuery}
        placeholder={t(`customersArea.searchPlaceholder.${kind.id}`)}
        showDeleted={list.showDeleted}
        onShowDeleted={list.setShowDeleted}
        deletedCount={kind.records(trash).length}
        count={count}
        testId={kind.id}
      />
      {list.rows.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl" data-testid={`${kind.id}-empty`}>
          {empty}
        </Text>
      ) : (
        <CatalogTable
          rows={list.rows}
          columns={columns}
          sort={list.sort}
          onSort={list.onSort}
          onOpen={list.showDeleted ? undefined : props.onOpen}
          label={t(`customers.${kind.id}`)}
          rowCode={kind.codeOf}
          testId={`${kind.id}-table`}
        />
      )}
    </>
  );
}
