import { Badge, Button, Center, Group, Loader, Paper, Tabs } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconBriefcase, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/route';
import { useCatalogSearch } from '../../app/use-catalog-search';
import { useOfficeCurrency } from '../../app/use-office-currency';
import { formatNumber } from '../../i18n/format';
import { AreaEmptyState } from '../../ui/AreaEmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { CatalogFormModal } from './CatalogFormModal';
import { CatalogTab } from './CatalogTab';
import type { CatalogKind, CatalogRecord } from './catalog-kind';
import { customerKind } from './customer-kind';
import { productKind } from './product-kind';
import { useSoftDelete } from './use-soft-delete';

type Tab = 'customers' | 'products';
const tabs: readonly Tab[] = ['customers', 'products'];
const kinds = { customers: customerKind, products: productKind } as unknown as Record<Tab, CatalogKind>;

/** Customers and products: search by text or pinyin, create, edit, delete (to the trash) and restore. */
export default function CustomersPage() {
  const { t } = useTranslation();
  const live = useCatalogSearch();
  const trash = useCatalogSearch({ deleted: true });
  const currency = useOfficeCurrency();
  const [tab, setTab] = useState<Tab>('customers');
  const [editing, setEditing] = useState<{ tab: Tab; record: CatalogRecord | null } | null>(null);
  const softDelete = useSoftDelete();
  useHotkeys([['mod+alt+N', () => setEditing({ tab, record: null })]]);
  // What the trash and its question need of a record: its id, name and code.
  const deletable = (which: Tab, record: CatalogRecord) => ({ ...record, code: kinds[which].codeOf(record) });

  const newButton = (which: Tab) => (
    <Button
      key={which}
      leftSection={<IconPlus size={16} />}
      onClick={() => setEditing({ tab: which, record: null })}
      data-testid={`new-${kinds[which].one}`}
    >
      {t(`customersArea.new.${kinds[which].one}`)}
    </Button>
  );
  const ready = live.ready && trash.ready && currency;
  const empty =
    live.customers.length + live.products.length + trash.customers.length + trash.products.length === 0;
  const header = (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <PageHeader title={t('nav.customers')} description={t('areas.customers.description')} />
      {ready && <Group>{empty ? [newButton('customers'), newButton('products')] : newButton(tab)}</Group>}
    </Group>
  );

  const closeForm = () => setEditing(null);
  const forms = currency && editing && (
    <CatalogFormModal
      key={editing.record?.id ?? 'new'}
      kind={kinds[editing.tab]}
      record={editing.record}
      currency={currency}
      onClose={closeForm}
      onDelete={(record) => {
        closeForm();
        softDelete.askDelete(editing.tab, deletable(editing.tab, record));
      }}
    />
  );

  if (!ready) {
    return (
      <>
        {header}
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      </>
    );
  }
  if (empty) {
    return (
      <>
        {header}
        <AreaEmptyState area="customers" icon={IconBriefcase} onNext={() => navigate('settings')} />
        {forms}
      </>
    );
  }
  const count = (n: number) => (
    <Badge size="sm" variant="light" color="gray">
      {formatNumber(n)}
    </Badge>
  );
  return (
    <>
      {header}
      <Paper withBorder p="md" radius="md">
        <Tabs value={tab} onChange={(value) => setTab(value as Tab)} keepMounted={false}>
          <Tabs.List mb="md">
            {tabs.map((which) => (
              <Tabs.Tab key={which} value={which} rightSection={count(kinds[which].records(live).length)}>
                {t(`customers.${which}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {tabs.map((which) => (
            <Tabs.Panel key={which} value={which}>
              <CatalogTab
                kind={kinds[which]}
                live={live}
                trash={trash}
                currency={currency}
                onOpen={(record) => setEditing({ tab: which, record })}
                onDelete={(record) => softDelete.askDelete(which, deletable(which, record))}
                onRestore={(record) => void softDelete.restore(which, deletable(which, record))}
              />
            </Tabs.Panel>
          ))}
        </Tabs>
      </Paper>
      {forms}
      {softDelete.modal}
    </>
  );
}
