import { Badge, Paper, Table, Tabs, Text } from '@mantine/core';
import { IconBriefcase } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { DEFAULT_CURRENCY } from '../../../shared/office';
import { navigate } from '../../app/route';
import { useSession } from '../../app/session-context';
import { formatAmount } from '../../i18n/format';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

const SHOWN = 100;

/** Customers and products, first page by code. Create, edit and pinyin search build on this page. */
export default function CustomersPage() {
  const { t } = useTranslation();
  const { db } = useSession();
  const data = useLiveQuery(async () => {
    const [customers, products, customerTotal, productTotal] = await Promise.all([
      db.customers
        .orderBy('code')
        .filter((c) => !c.deleted)
        .limit(SHOWN)
        .toArray(),
      db.products
        .orderBy('sku')
        .filter((p) => !p.deleted)
        .limit(SHOWN)
        .toArray(),
      db.customers.count(),
      db.products.count(),
    ]);
    return { customers, products, customerTotal, productTotal };
  }, [db]);
  if (!data) return null;
  const header = <PageHeader title={t('nav.customers')} description={t('areas.customers.description')} />;
  if (data.customerTotal + data.productTotal === 0) {
    return (
      <>
        {header}
        <EmptyState
          icon={IconBriefcase}
          title={t('areas.customers.emptyTitle')}
          body={t('areas.customers.emptyBody')}
          action={{ label: t('areas.customers.emptyAction'), onClick: () => navigate('settings') }}
        />
      </>
    );
  }
  return (
    <>
      {header}
      <Paper withBorder p="md" radius="md">
        <Tabs defaultValue="customers">
          <Tabs.List>
            <Tabs.Tab value="customers">{t('customers.customers')}</Tabs.Tab>
            <Tabs.Tab value="products">{t('customers.products')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="customers" pt="sm">
            <Text size="sm" c="dimmed" mb="xs">
              {t('customers.showingFirst', { shown: data.customers.length, total: data.customerTotal })}
            </Text>
            <Table striped data-testid="customers-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('customers.code')}</Table.Th>
                  <Table.Th>{t('customers.name')}</Table.Th>
                  <Table.Th>{t('customers.segment')}</Table.Th>
                  <Table.Th>{t('customers.region')}</Table.Th>
                  <Table.Th ta="right">{t('customers.creditLimit')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.customers.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td ff="monospace">{c.code}</Table.Td>
                    <Table.Td>{c.name}</Table.Td>
                    <Table.Td>{t(`segment.${c.segment}`)}</Table.Td>
                    <Table.Td>{c.region}</Table.Td>
                    <Table.Td ta="right">{formatAmount(c.creditLimit, DEFAULT_CURRENCY)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Tabs.Panel>
          <Tabs.Panel value="products" pt="sm">
            <Text size="sm" c="dimmed" mb="xs">
              {t('customers.showingFirst', { shown: data.products.length, total: data.productTotal })}
            </Text>
            <Table striped data-testid="products-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('customers.sku')}</Table.Th>
                  <Table.Th>{t('customers.name')}</Table.Th>
                  <Table.Th>{t('customers.unit')}</Table.Th>
                  <Table.Th ta="right">{t('customers.unitPrice')}</Table.Th>
                  <Table.Th>{t('customers.active')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.products.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td ff="monospace">{p.sku}</Table.Td>
                    <Table.Td>{p.name}</Table.Td>
                    <Table.Td>{p.unit}</Table.Td>
                    <Table.Td ta="right">{formatAmount(p.unitPrice, DEFAULT_CURRENCY)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={p.active ? 'green' : 'gray'}>
                        {p.active ? t('customers.active') : t('customers.inactive')}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Tabs.Panel>
        </Tabs>
      </Paper>
    </>
  );
}
