import { Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { planTotals } from '../../../../shared/import/plan-totals';
import { formatAmount, formatNumber } from '../../../i18n/format';
import type { ImportWizardState } from './use-import-wizard';

/** The money the import would bring in, as the file implies it: per currency, before and with tax. */
export function DryRunTotals({ wizard }: { wizard: ImportWizardState }) {
  const { t } = useTranslation();
  if (!wizard.plan || wizard.plan.orders.length === 0) return null;
  const rows = planTotals(wizard.plan.orders);
  const head = (key: string) => t(`ordersImport.dryRun.totals.${key}`);
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="sm" fw={500}>
        {t('ordersImport.dryRun.totals.title')}
        {wizard.taxMode && ` · ${t(`ordersImport.dryRun.totals.taxModes.${wizard.taxMode}`)}`}
      </Text>
      <Table mt="xs" data-testid="dry-run-totals">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{head('currency')}</Table.Th>
            <Table.Th ta="right">{head('orders')}</Table.Th>
            <Table.Th ta="right">{head('subtotal')}</Table.Th>
            <Table.Th ta="right">{head('tax')}</Table.Th>
            <Table.Th ta="right">{head('total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.currency}>
              <Table.Td>{row.currency}</Table.Td>
              <Table.Td ta="right">{formatNumber(row.orders)}</Table.Td>
              <Table.Td ta="right" data-testid={`dry-run-subtotal-${row.currency}`}>
                {formatAmount(row.subtotal, row.currency)}
              </Table.Td>
              <Table.Td ta="right">{formatAmount(row.tax, row.currency)}</Table.Td>
              <Table.Td ta="right" data-testid={`dry-run-total-${row.currency}`}>
                {formatAmount(row.total, row.currency)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
