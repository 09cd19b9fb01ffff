import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { IconDeviceFloppy, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type {
  NewCustomer,
  NewProduct,
  PlannedOrder,
  PlanWarning,
  Rejection,
} from '../../../../shared/import/plan';
import { buildRejectsCsv, rejectsCsvBytes } from '../../../../shared/import/rejects-csv';
import type { ImportRejection } from '../../../db/order-import';
import { formatAmount, formatDate, formatNumber } from '../../../i18n/format';
import { platform } from '../../../platform';
import { notifySaved } from '../../../ui/notify';
import { DryRunTotals } from './DryRunTotals';
import { fieldLabel, reasonText, rejectionText } from './import-text';
import { PagedTable } from './PagedTable';
import { SameCodeChoices } from './SameCodeChoices';
import type { ImportWizardState } from './use-import-wizard';

function Stat(props: { label: string; value: number; color?: string; testId: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed">
        {props.label}
      </Text>
      <Text size="xl" fw={700} c={props.color} data-testid={props.testId}>
        {formatNumber(props.value)}
      </Text>
    </Paper>
  );
}

/** Step 3: what would be created and every refused row, before anything is written. */
export function DryRunStep({ wizard }: { wizard: ImportWizardState }) {
  const { t, i18n } = useTranslation();
  const { plan, table, file } = wizard;
  if (!plan || !table || !file) return null;
  const { stats } = plan;

  const saveRejects = async () => {
    const csv = buildRejectsCsv(table, plan.rejected as Rejection[], {
      language: i18n.language === 'zh-CN' ? 'zh' : 'en',
      describe: (rejection) => rejectionText(t, rejection as ImportRejection),
    });
    const base = file.name.replace(/\.[^.]+$/, '');
    const result = await platform.saveFile({
      suggestedName: t('ordersImport.dryRun.rejectsFileName', { name: base }),
      bytes: rejectsCsvBytes(csv),
      filters: [{ name: t('ordersImport.dryRun.rejectsFilter'), extensions: ['csv'] }],
    });
    if (result.saved) notifySaved(t('ordersImport.dryRun.rejectsSaved'));
  };

  const columns = (key: string) => t(`ordersImport.dryRun.columns.${key}`);
  const customerName = (order: PlannedOrder) =>
    wizard.customerNames.get(
      order.customerRef.kind === 'existing' ? order.customerRef.id : order.customerRef.tempId,
    ) ?? '';

  return (
    <Stack>
      <Text size="sm">{t('ordersImport.dryRun.intro')}</Text>
      <SimpleGrid cols={{ base: 3, md: 5 }} spacing="sm" data-testid="dry-run-stats">
        <Stat label={t('ordersImport.dryRun.orders')} value={stats.orders} testId="dry-run-orders" />
        <Stat label={t('ordersImport.dryRun.lines')} value={stats.lines} testId="dry-run-lines" />
        <Stat
          label={t('ordersImport.dryRun.newCustomers')}
          value={stats.newCustomers}
          testId="dry-run-customers"
        />
        <Stat
          label={t('ordersImport.dryRun.newProducts')}
          value={stats.newProducts}
          testId="dry-run-products"
        />
        <Stat
          label={t('ordersImport.dryRun.rejectedRows')}
          value={stats.rejectedRows}
          color={stats.rejectedRows > 0 ? 'red' : undefined}
          testId="dry-run-rejected"
        />
      </SimpleGrid>

      <DryRunTotals wizard={wizard} />

      {plan.discountReading && plan.discountReading.kind !== 'amount' && (
        <Alert color="blue" icon={<IconInfoCircle size={18} />} py="xs" data-testid="dry-run-discount">
          <Text size="sm">{t('ordersImport.dryRun.discountShare')}</Text>
        </Alert>
      )}

      {table.kind === 'xlsx' && table.formulaCells > 0 && (
        <Alert color="blue" icon={<IconInfoCircle size={18} />} py="xs" data-testid="dry-run-formulas">
          <Text size="sm">
            {t('ordersImport.dryRun.formulas', {
              count: table.formulaCells,
              n: formatNumber(table.formulaCells),
            })}
          </Text>
        </Alert>
      )}

      {stats.rounding.count > 0 && (
        <Alert color="blue" icon={<IconInfoCircle size={18} />} py="xs" data-testid="dry-run-rounded">
          <Text size="sm">
            {t('ordersImport.dryRun.rounded', {
              n: formatNumber(stats.rounding.count),
              difference: stats.rounding.difference,
            })}
          </Text>
        </Alert>
      )}

      {stats.unpricedProducts > 0 && (
        <Alert color="blue" icon={<IconInfoCircle size={18} />} py="xs" data-testid="dry-run-unpriced">
          <Text size="sm">
            {t('ordersImport.dryRun.unpriced', {
              count: stats.unpricedProducts,
              n: formatNumber(stats.unpricedProducts),
              office: wizard.officeCurrency,
            })}
          </Text>
        </Alert>
      )}

      {stats.rejectedRows > 0 && (
        <Alert color="orange" icon={<IconInfoCircle size={18} />} py="xs">
          <Text size="sm">{t('ordersImport.dryRun.rejectedNote')}</Text>
        </Alert>
      )}

      <SameCodeChoices wizard={wizard} />

      <Tabs defaultValue={plan.rejected.length > 0 ? 'rejected' : 'orders'} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab
            value="rejected"
            rightSection={
              <Badge size="xs" color={plan.rejected.length ? 'red' : 'gray'}>
                {formatNumber(stats.rejectedRows)}
              </Badge>
            }
          >
            {t('ordersImport.dryRun.tabs.rejected')}
          </Tabs.Tab>
          <Tabs.Tab value="orders">{t('ordersImport.dryRun.tabs.orders')}</Tabs.Tab>
          <Tabs.Tab value="customers">{t('ordersImport.dryRun.tabs.customers')}</Tabs.Tab>
          <Tabs.Tab value="products">{t('ordersImport.dryRun.tabs.products')}</Tabs.Tab>
          <Tabs.Tab
            value="warnings"
            rightSection={
              <Badge size="xs" color="gray">
                {formatNumber(plan.warnings.length)}
              </Badge>
            }
          >
            {t('ordersImport.dryRun.tabs.warnings')}
          </Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="rejected" pt="sm">
          {plan.rejected.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('ordersImport.dryRun.noRejected')}
            </Text>
          ) : (
            <PagedTable<ImportRejection>
              items={plan.rejected}
              testId="rejected-table"
              rowKey={(r, i) => `${r.row}-${r.field}-${r.reason}-${i}`}
              columns={[
                { key: 'row', title: columns('row'), render: (r) => r.row, numeric: true },
                {
                  key: 'column',
                  title: columns('column'),
                  render: (r) => r.column || fieldLabel(t, r.field),
                },
                { key: 'reason', title: columns('reason'), render: (r) => reasonText(t, r.reason) },
                {
                  key: 'value',
                  title: columns('value'),
                  render: (r) => (
                    <Text size="sm" ff="monospace">
                      {r.value}
                    </Text>
                  ),
                },
              ]}
            />
          )}
        </Tabs.Panel>

        <Tabs.Panel value="orders" pt="sm">
          <PagedTable<PlannedOrder>
            items={plan.orders}
            testId="planned-orders"
            rowKey={(o) => o.externalKey}
            columns={[
              { key: 'number', title: columns('number'), render: (o) => o.externalNumber },
              { key: 'customer', title: columns('customer'), render: customerName },
              { key: 'orderDate', title: columns('orderDate'), render: (o) => formatDate(o.orderDate) },
              {
                key: 'lines',
                title: columns('lines'),
                render: (o) => formatNumber(o.lines.length),
                numeric: true,
              },
              {
                key: 'total',
                title: columns('total'),
                render: (o) => formatAmount(o.totals.total, o.currency),
                numeric: true,
              },
            ]}
          />
        </Tabs.Panel>

        <Tabs.Panel value="customers" pt="sm">
          <PagedTable<NewCustomer>
            items={plan.newCustomers}
            testId="planned-customers"
            rowKey={(c) => c.tempId}
            columns={[
              {
                key: 'code',
                title: columns('code'),
                render: (c) => <CodeCell code={c.code} generated={c.generatedCode} />,
              },
              { key: 'name', title: columns('name'), render: (c) => c.name },
              { key: 'rows', title: columns('rows'), render: (c) => c.sourceRows.slice(0, 8).join(', ') },
            ]}
          />
        </Tabs.Panel>

        <Tabs.Panel value="products" pt="sm">
          <PagedTable<NewProduct>
            items={plan.newProducts}
            testId="planned-products"
            rowKey={(p) => p.tempId}
            columns={[
              {
                key: 'code',
                title: columns('code'),
                render: (p) => <CodeCell code={p.sku} generated={p.generatedSku} />,
              },
              { key: 'name', title: columns('name'), render: (p) => p.name },
              { key: 'unit', title: columns('unit'), render: (p) => p.unit },
              {
                key: 'unitPrice',
                title: columns('unitPrice'),
                render: (p) => formatAmount(p.unitPrice, plan.orders[0]?.currency ?? 'CNY'),
                numeric: true,
              },
            ]}
          />
        </Tabs.Panel>

        <Tabs.Panel value="warnings" pt="sm">
          {plan.warnings.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('ordersImport.dryRun.noWarnings')}
            </Text>
          ) : (
            <PagedTable<PlanWarning>
              items={plan.warnings}
              testId="plan-warnings"
              rowKey={(w, i) => `${w.row}-${w.reason}-${i}`}
              columns={[
                { key: 'row', title: columns('row'), render: (w) => w.row, numeric: true },
                {
                  key: 'column',
                  title: columns('column'),
                  render: (w) => w.column || fieldLabel(t, w.field),
                },
                {
                  key: 'warning',
                  title: columns('warning'),
                  render: (w) => t(`ordersImport.warnings.${w.reason}`),
                },
                { key: 'value', title: columns('value'), render: (w) => w.value },
              ]}
            />
          )}
        </Tabs.Panel>
      </Tabs>

      {stats.orders === 0 && (
        <Text size="sm" c="red" data-testid="dry-run-nothing">
          {t('ordersImport.dryRun.nothing')}
        </Text>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={() => wizard.setStep(1)}>
          {t('ordersImport.back')}
        </Button>
        <Group>
          <Button
            variant="default"
            leftSection={<IconDeviceFloppy size={16} />}
            disabled={plan.rejected.length === 0}
            onClick={saveRejects}
            data-testid="save-rejects"
          >
            {t('ordersImport.dryRun.saveRejects')}
          </Button>
          <Button
            disabled={stats.orders === 0}
            onClick={() => wizard.startImport(t('ordersImport.apply.eventNote', { file: file.name }))}
            data-testid="import-apply"
          >
            {t('ordersImport.dryRun.import', { n: formatNumber(stats.orders) })}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

/** A customer code or SKU, marked when the import made it up (the file had none). */
function CodeCell({ code, generated }: { code: string; generated: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {code}
      {generated && (
        <Badge size="xs" variant="outline">
          {t('ordersImport.dryRun.generated')}
        </Badge>
      )}
    </Group>
  );
}
