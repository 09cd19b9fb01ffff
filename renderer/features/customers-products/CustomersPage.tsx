import { Badge, Button, Center, Group, Loader, Paper, Tabs } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconBriefcase, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../shared/schema/customer';
import type { Product } from '../../../shared/schema/product';
import { navigate } from '../../app/route';
import { useCatalogSearch } from '../../app/use-catalog-search';
import { useOfficeCurrency } from '../../app/use-office-currency';
import { formatNumber } from '../../i18n/format';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { CustomerForm } from './CustomerForm';
import { CustomerTable } from './CustomerTable';
import { ProductForm } from './ProductForm';
import { ProductTable } from './ProductTable';
import { useSoftDelete } from './use-soft-delete';

type Tab = 'customers' | 'products';
type Editing = { tab: 'customers'; record: Customer | null } | { tab: 'products'; record: Product | null };

/** Customers and products: search by text or pinyin, create, edit, delete (to the trash) and restore. */
export default function CustomersPage() {
  const { t } = useTranslation();
  const live = useCatalogSearch();
  const trash = useCatalogSearch({ deleted: true });
  const currency = useOfficeCurrency();
  const [tab, setTab] = useState<Tab>('customers');
  const [editing, setEditing] = useState<Editing | null>(null);
  const softDelete = useSoftDelete();
  useHotkeys([['mod+alt+N', () => setEditing({ tab, record: null })]]);

  const newButton = (which: Tab) => (
    <Button
      key={which}
      leftSection={<IconPlus size={16} />}
      onClick={() => setEditing({ tab: which, record: null })}
      data-testid={which === 'customers' ? 'new-customer' : 'new-product'}
    >
      {t(which === 'customers' ? 'customersArea.newCustomer' : 'customersArea.newProduct')}
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
  const forms =
    currency &&
    editing &&
    (editing.tab === 'customers' ? (
      <CustomerForm
        key={editing.record?.id ?? 'new'}
        record={editing.record}
        currency={currency}
        onClose={closeForm}
        onDelete={(record) => {
          closeForm();
          softDelete.askDelete('customers', record);
        }}
      />
    ) : (
      <ProductForm
        key={editing.record?.id ?? 'new'}
        record={editing.record}
        currency={currency}
        onClose={closeForm}
        onDelete={(record) => {
          closeForm();
          softDelete.askDelete('products', { ...record, code: record.sku });
        }}
      />
    ));

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
        <EmptyState
          icon={IconBriefcase}
          title={t('areas.customers.emptyTitle')}
          body={t('areas.customers.emptyBody')}
          action={{ label: t('areas.customers.emptyAction'), onClick: () => navigate('settings') }}
        />
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
            <Tabs.Tab value="customers" rightSection={count(live.customers.length)}>
              {t('customers.customers')}
            </Tabs.Tab>
            <Tabs.Tab value="products" rightSection={count(live.products.length)}>
              {t('customers.products')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="customers">
            <CustomerTable
              live={live}
              trash={trash}
              currency={currency}
              onOpen={(record) => setEditing({ tab: 'customers', record })}
              onDelete={(record) => softDelete.askDelete('customers', record)}
              onRestore={(record) => void softDelete.restore('customers', record)}
            />
          </Tabs.Panel>
          <Tabs.Panel value="products">
            <ProductTable
              live={live}
              trash={trash}
              currency={currency}
              onOpen={(record) => setEditing({ tab: 'products', record })}
              onDelete={(record) => softDelete.askDelete('products', { ...record, code: record.sku })}
              onRestore={(record) => void softDelete.restore('products', { ...record, code: record.sku })}
            />
          </Tabs.Panel>
        </Tabs>
      </Paper>
      {forms}
      {softDelete.modal}
    </>
  );
}
