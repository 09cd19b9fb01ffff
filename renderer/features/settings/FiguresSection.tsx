import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/error-message';
import { useSession } from '../../app/session-context';
import type { RebuildReport } from '../../db/aggregate-rebuild';
import { rebuildAggregates } from '../../db/figures-command';
import { formatNumber } from '../../i18n/format';
import { notifyFailed } from '../../ui/notify';
import { Section } from '../../ui/Section';

/**
 * The dashboard's and goals' figures are kept up to date on every order saved; this recounts them all
 * from the orders, for a manager who doubts one. It says whether anything was off.
 */
export function FiguresSection() {
  const { t } = useTranslation();
  const { db } = useSession();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<RebuildReport | null>(null);
  const recount = async () => {
    setBusy(true);
    try {
      setReport(await rebuildAggregates(db));
    } catch (error) {
      notifyFailed(t('settingsArea.figures.failed', { message: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section title={t('settingsArea.figures.title')} hint={t('settingsArea.figures.hint')}>
      <Group>
        <Button variant="default" onClick={recount} loading={busy} data-testid="recount-figures">
          {t('settingsArea.figures.recount')}
        </Button>
        {report && (
          <Text size="sm" data-testid="recount-report">
            {report.differed === 0
              ? t('settingsArea.figures.allRight', { orders: formatNumber(report.orders) })
              : t('settingsArea.figures.corrected', {
                  orders: formatNumber(report.orders),
                  count: report.differed,
                })}
          </Text>
        )}
      </Group>
    </Section>
  );
}
