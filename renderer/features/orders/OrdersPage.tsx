import { Button, Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconFileInvoice, IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clearRouteDetail, navigate, routeDetail, useRouteCommand } from '../../app/route';
import { useSession } from '../../app/session-context';
import { holdsOrdersOrCustomers } from '../../db/lookup-queries';
import { queuePage } from '../../db/order-queries';
import { formatNumber } from '../../i18n/format';
import { AreaEmptyState } from '../../ui/AreaEmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { BulkBar } from './BulkBar';
import { OrderEntry } from './entry/OrderEntry';
import { ExportOrdersMenu } from './export';
import { ImportOrdersButton, useImportWizardOpen } from './import';
import { OrderDetail } from './OrderDetail';
import { QueueList } from './QueueList';
import { QueueToolbar } from './QueueToolbar';
import { choiceFromRoute, type QueueChoice, toView, useQueueRows } from './queue-state';
import { useLookups } from './use-lookups';
import { useSearchMatches } from './use-search-matches';

/** A view larger than this is exported in part (a spreadsheet of more rows is of no use and costs memory). */
const EXPORT_LIMIT = 100_000;

/** The order queue: views, sorts and search over a virtualised list, bulk actions, detail and entry. */
export default function OrdersPage() {
  const { t } = useTranslation();
  const { db } = useSession();
  // A link from the dashboard opens the view it names (overdue, due today, a person's orders).
  const [choice, setChoice] = useState<QueueChoice>(() => choiceFromRoute(routeDetail()));
  // "Import again" after an import the app's closing cut off opens the import wizard.
  const [, setImportOpen] = useImportWizardOpen();
  useRouteCommand('import', () => setImportOpen(true));
  useEffect(clearRouteDetail, []);
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 200);
  // The catalogue (customers' and products' names for the search) is read once a search is on its way.
  const [searchWanted, setSearchWanted] = useState(false);
  if (!searchWanted && query.trim() !== '') setSearchWanted(true);
  const { ready, ...matches } = useSearchMatches(debounced, searchWanted);
  // Until the names can be matched, a typed search waits as it does through the debounce (the queue stays
  // as it was) rather than say that nothing was found.
  const { rows, total, hasMore, loadMore, searching, searchCapped } = useQueueRows(choice, {
    query: ready ? debounced : '',
    ...matches,
  });
  const lookups = useLookups(rows);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  const [entry, setEntry] = useState<{ editId: string | null } | null>(null);
  const hasAny = useLiveQuery(() => holdsOrdersOrCustomers(db), [db]);
  useHotkeys([['mod+alt+N', () => setEntry({ editId: null })]]);

  const toggle = useCallback(
    (id: string) =>
      setSelected((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  const toggleAll = () =>
    setSelected((current) =>
      rows?.every((r) => current.has(r.id)) ? new Set() : new Set((rows ?? []).map((r) => r.id)),
    );

  const header = (
    <Group justify="space-between" align="flex-start">
      <PageHeader title={t('nav.orders')} description={t('areas.orders.description')} />
      <Group>
        <ImportOrdersButton />
        <ExportOrdersMenu
          loadOrders={async () => {
            // What the user sees: the search results, else the whole view in its sort order.
            if (searching) return rows ?? [];
            const view = toView(choice);
            return view
              ? queuePage(db, { view, sort: choice.sort, descending: choice.descending, limit: EXPORT_LIMIT })
              : [];
          }}
          total={searching ? undefined : (total ?? undefined)}
        />
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => setEntry({ editId: null })}
          data-testid="new-order"
        >
          {t('ordersArea.newOrder')}
        </Button>
      </Group>
    </Group>
  );
  if (hasAny === undefined) return null;
  if (!hasAny) {
    return (
      <>
        {header}
        <AreaEmptyState area="orders" icon={IconFileInvoice} onNext={() => navigate('customers')} />
      </>
    );
  }
  return (
    <Stack gap="sm">
      {header}
      <QueueToolbar
        choice={choice}
        onChoice={setChoice}
        query={query}
        onQuery={setQuery}
        onSearchFocus={() => setSearchWanted(true)}
        staff={lookups.activeStaff}
      />
      <Group justify="space-between" mih={36}>
        <Text size="sm" c="dimmed" data-testid="queue-count">
          {!ready && debounced.trim() !== ''
            ? t('ordersArea.searchPreparing')
            : searchCapped
              ? t('ordersArea.searchFirst', { n: formatNumber(rows?.length ?? 0) })
              : searching
                ? t('ordersArea.searchCount', { count: rows?.length ?? 0 })
                : t('ordersArea.count', { n: formatNumber(total ?? 0) })}
        </Text>
        {selected.size > 0 && (
          <BulkBar
            selected={[...selected]}
            staff={lookups.activeStaff}
            onClear={() => setSelected(new Set())}
          />
        )}
      </Group>
      {rows && rows.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl">
          {t('ordersArea.noneInView')}
        </Text>
      ) : (
        <QueueList
          rows={rows ?? []}
          hasMore={hasMore}
          onLoadMore={loadMore}
          customers={lookups.customers}
          staff={lookups.staff}
          calendar={lookups.settings?.calendar}
          selected={selected}
          onToggle={toggle}
          onToggleAll={toggleAll}
          onOpen={(order) => setOpenId(order.id)}
        />
      )}
      <OrderDetail
        orderId={openId}
        onClose={() => setOpenId(null)}
        staff={lookups.staff}
        activeStaff={lookups.activeStaff}
        onEdit={(id) => setEntry({ editId: id })}
      />
      {entry && (
        <OrderEntry editId={entry.editId} onClose={() => setEntry(null)} onSaved={(id) => setOpenId(id)} />
      )}
    </Stack>
  );
}
