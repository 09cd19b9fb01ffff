import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session-context';
import { type ImportBatchSummary, listOrderImports, revertOrderImport } from '../../../db/order-import';
import { formatAmount, formatDateTime, formatNumber } from '../../../i18n/format';
import { notifyFailed, notifySaved } from '../../../ui/notify';
import { TableHead } from '../../../ui/TableHead';
import { revertErrorText } from './import-text';
import { RevertButton } from './RevertButton';

/** This machine's past imports, newest first, each revertible while it stands. */
export function PastImports() {
  const { t } = useTranslation();
  const session = useSession();
  const batches = useLiveQuery(() => listOrderImports(session), [session]);
  if (!batches) return null;

  const revert = async (batch: ImportBatchSummary) => {
    try {
      const result = await revertOrderImport(session, batch.id);
      notifySaved(
        [
          t('ordersImport.past.done', {
            orders: formatNumber(result.orders),
            customers: formatNumber(result.customers),
            products: formatNumber(result.products),
          }),
          result.kept.customers + result.kept.products > 0
            ? t('ordersImport.past.kept', {
                customers: formatNumber(result.kept.customers),
                products: formatNumber(result.kept.products),
              })
            : '',
        ].join(' '),
      );
    } catch (error) {
      notifyFailed(revertErrorText(t, error), { sticky: true });
    }
  };

  return (
    <Stack gap="xs" data-testid="past-imports">
      <Title order={5}>{t('ordersImport.past.title')}</Title>
      {batches.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('ordersImport.past.none')}
        </Text>
      ) : (
        <Table fz="sm" striped>
          <TableHead
            columns={[
              t('ordersImport.past.when'),
              t('ordersImport.past.file'),
              { label: t('ordersImport.past.orders'), align: 'right' },
              { label: t('ordersImport.past.amount'), align: 'right' },
              t('ordersImport.past.status'),
            ]}
          />
          <Table.Tbody>
            {batches.slice(0, 20).map((batch) => (
              <Table.Tr key={batch.id} data-batch={batch.id}>
                <Table.Td>{formatDateTime(batch.at)}</Table.Td>
                <Table.Td>{batch.fileName}</Table.Td>
                <Table.Td ta="right">{formatNumber(batch.counts.orders)}</Table.Td>
                <Table.Td ta="right">
                  {batch.currency ? formatAmount(batch.counts.amount, batch.currency) : ''}
                </Table.Td>
                <Table.Td>
                  {batch.revertedAt ? (
                    <Badge color="gray" variant="light">
                      {t('ordersImport.past.reverted')}
                    </Badge>
                  ) : (
                    <RevertButton
                      batch={batch}
                      size="xs"
                      label={t('ordersImport.past.revert')}
                      onConfirm={() => revert(batch)}
                      testId="past-revert"
                    />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
