import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { problemText, revertErrorText } from './import-text';
import { RevertButton } from './RevertButton';
import type { ImportWizardState } from './use-import-wizard';

/** Step 4: the write, with progress and cancel; then the outcome, and a way to revert it. */
export function ApplyStep({ wizard, onClose }: { wizard: ImportWizardState; onClose: () => void }) {
  const { t } = useTranslation();
  const { apply } = wizard;

  if (apply.kind === 'running') {
    const progress = apply.progress;
    const value = progress && progress.total > 0 ? (progress.done / progress.total) * 100 : 0;
    return (
      <Stack data-testid="import-running">
        <Text size="sm">
          {progress
            ? t(`ordersImport.apply.phases.${progress.phase}`)
            : t('ordersImport.apply.phases.customers')}
        </Text>
        <Progress value={value} size="xl" animated striped data-testid="import-progress" />
        <Text size="sm" c="dimmed">
          {t('ordersImport.apply.progress', {
            done: formatNumber(progress?.done ?? 0),
            total: formatNumber(progress?.total ?? 0),
          })}
        </Text>
        <Group justify="flex-end">
          <Button color="red" variant="light" onClick={wizard.cancelImport} data-testid="import-cancel">
            {t('ordersImport.apply.cancel')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const close = (
    <Button onClick={onClose} data-testid="import-close">
      {t('ordersImport.close')}
    </Button>
  );
  const again = (
    <Button variant="default" onClick={wizard.reset}>
      {t('ordersImport.apply.importAnother')}
    </Button>
  );

  if (apply.kind === 'done') {
    const { counts } = apply.batch;
    return (
      <Stack>
        <Progress value={100} size="xl" color="teal" />
        <Alert
          color="teal"
          icon={<IconCheck size={18} />}
          title={t('ordersImport.apply.doneTitle')}
          data-testid="import-result"
        >
          {t('ordersImport.apply.done', {
            orders: formatNumber(counts.orders),
            lines: formatNumber(counts.lines),
            customers: formatNumber(counts.customers),
            products: formatNumber(counts.products),
          })}
        </Alert>
        <Group justify="space-between">
          <RevertButton
            batch={apply.batch}
            label={t('ordersImport.apply.revert')}
            onConfirm={() => wizard.revertImport(apply.batch)}
            testId="import-revert"
          />
          <Group>
            {again}
            {close}
          </Group>
        </Group>
      </Stack>
    );
  }

  if (apply.kind === 'reverted') {
    const { result } = apply;
    return (
      <Stack>
        <Alert color="blue" icon={<IconInfoCircle size={18} />} data-testid="import-reverted">
          <Stack gap={4}>
            <Text size="sm">
              {t('ordersImport.past.done', {
                orders: formatNumber(result.orders),
                customers: formatNumber(result.customers),
                products: formatNumber(result.products),
              })}
            </Text>
            {result.kept.customers + result.kept.products > 0 && (
              <Text size="sm">
                {t('ordersImport.past.kept', {
                  customers: formatNumber(result.kept.customers),
                  products: formatNumber(result.kept.products),
                })}
              </Text>
            )}
          </Stack>
        </Alert>
        <Group justify="flex-end">
          {again}
          {close}
        </Group>
      </Stack>
    );
  }

  const message =
    apply.kind === 'cancelled'
      ? t('ordersImport.apply.cancelled')
      : apply.kind === 'failed'
        ? t('ordersImport.apply.failed', { message: problemText(t, apply.error) })
        : apply.kind === 'revertFailed'
          ? revertErrorText(t, apply.error)
          : '';
  return (
    <Stack>
      <Alert
        color={apply.kind === 'cancelled' ? 'yellow' : 'red'}
        icon={<IconAlertTriangle size={18} />}
        data-testid="import-stopped"
      >
        {message}
      </Alert>
      <Group justify="space-between">
        {apply.kind === 'cancelled' || apply.kind === 'failed' ? (
          <Button variant="default" onClick={() => wizard.setStep(2)}>
            {t('ordersImport.back')}
          </Button>
        ) : (
          <span />
        )}
        <Group>
          {again}
          {close}
        </Group>
      </Group>
    </Stack>
  );
}
