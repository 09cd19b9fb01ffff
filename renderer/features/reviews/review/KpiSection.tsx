import { Badge, Button, Group, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconAdjustments } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Refusal } from '../../../../shared/refusal';
import { KPI_SCORE_CAP, type KpiRow } from '../../../../shared/rules/reviews';
import type { KpiMetric } from '../../../../shared/schema/review';
import { useSession } from '../../../app/session-context';
import { adjustKpi } from '../../../db/review-commands';
import { formatNumber } from '../../../i18n/format';
import { notifyFailed, notifySaved } from '../../../ui/notify';
import { FormModal, hintBelow, NotesInput, useRecordForm } from '../../../ui/record-form';
import { refusalMessage } from '../../../ui/refusal-text';
import { kpiAdjustSchema, kpiAdjustValues } from './kpi-adjust-form';
import { scoreText, useKpiText } from './score-text';

/**
 * The KPI section: each KPI's target, what the period's data reached and the score that earns. A score the
 * manager adjusted shows beside the data's score, with the written reason; adjusting asks for the reason.
 */
export function KpiSection(props: {
  reviewId: string;
  rows: readonly KpiRow[];
  editable: boolean;
  /** Told while the adjustment dialog is open above the review (Esc then closes only that dialog). */
  onDialog?: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const kpi = useKpiText();
  const [adjusting, setAdjusting] = useState<KpiRow | null>(null);
  const { onDialog } = props;
  const dialogOpen = adjusting !== null;
  useEffect(() => onDialog?.(dialogOpen), [onDialog, dialogOpen]);
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={640}>
        <Table data-testid="kpi-table" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reviewsArea.detail.kpi.metric')}</Table.Th>
              <Table.Th ta="right">{t('reviewsArea.detail.kpi.weight')}</Table.Th>
              <Table.Th ta="right">{t('reviewsArea.detail.kpi.target')}</Table.Th>
              <Table.Th ta="right">{t('reviewsArea.detail.kpi.actual')}</Table.Th>
              <Table.Th ta="right">{t('reviewsArea.detail.kpi.dataScore')}</Table.Th>
              <Table.Th ta="right">{t('reviewsArea.detail.kpi.score')}</Table.Th>
              {props.editable && (
                <Table.Th>
                  <VisuallyHidden>{t('reviewsArea.detail.kpi.actions')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.rows.map((row) => (
              <Table.Tr key={row.metric} data-testid="kpi-row" data-metric={row.metric}>
                <Table.Td>
                  <Text size="sm">{kpi.name(row.metric)}</Text>
                  {row.adjustment && (
                    <Text size="xs" c="dimmed" data-testid="kpi-reason">
                      {t('reviewsArea.detail.kpi.reason', { reason: row.adjustment.reason })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{formatNumber(row.weight)}%</Table.Td>
                <Table.Td ta="right">{kpi.value(row.metric, row.target)}</Table.Td>
                <Table.Td ta="right">{kpi.value(row.metric, row.actual)}</Table.Td>
                <Table.Td ta="right" data-testid="kpi-data-score">
                  {row.actual === null && row.dataScore === null
                    ? t('reviewsArea.detail.kpi.noData')
                    : scoreText(row.dataScore)}
                </Table.Td>
                <Table.Td ta="right" data-testid="kpi-score">
                  <Group gap={6} justify="flex-end" wrap="nowrap">
                    {row.adjustment && (
                      <Badge size="sm" variant="light" color="orange">
                        {t('reviewsArea.detail.kpi.adjusted')}
                      </Badge>
                    )}
                    <Text size="sm" fw={600}>
                      {scoreText(row.score)}
                    </Text>
                  </Group>
                </Table.Td>
                {props.editable && (
                  <Table.Td ta="right">
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      leftSection={<IconAdjustments size={14} />}
                      onClick={() => setAdjusting(row)}
                      aria-label={t('reviewsArea.detail.kpi.adjustOf', { metric: kpi.name(row.metric) })}
                      data-testid="kpi-adjust"
                    >
                      {t('reviewsArea.detail.kpi.adjust')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {adjusting && (
        <KpiAdjustForm reviewId={props.reviewId} row={adjusting} onClose={() => setAdjusting(null)} />
      )}
    </Stack>
  );
}

/** Change a KPI's score: the data's score is shown and kept; the new one needs a reason in writing. */
export function KpiAdjustForm(props: { reviewId: string; row: KpiRow; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const kpi = useKpiText();
  const { row } = props;
  const metric: KpiMetric = row.metric;
  const record = useRecordForm(kpiAdjustSchema, {
    initial: kpiAdjustValues(row.adjustment),
    write: async (input) => {
      await adjustKpi(session, props.reviewId, metric, input.score, input.reason);
      return input;
    },
    onSaved: () => {
      notifySaved(t('reviewsArea.detail.kpi.saved', { metric: kpi.name(metric) }));
      props.onClose();
    },
  });
  const { field } = record;
  // Back to the data's score: the adjustment and its reason go.
  const takeBack = async () => {
    try {
      await adjustKpi(session, props.reviewId, metric, null, '');
      notifySaved(t('reviewsArea.detail.kpi.takenBack', { metric: kpi.name(metric) }));
      props.onClose();
    } catch (error) {
      if (error instanceof Refusal) notifyFailed(refusalMessage(t, error));
      else throw error;
    }
  };
  return (
    <FormModal
      record={record}
      testId="kpi-adjust-form"
      saveTestId="kpi-adjust-save"
      size="md"
      onClose={props.onClose}
      title={t('reviewsArea.detail.kpi.adjustTitle', { metric: kpi.name(metric) })}
      onDelete={row.adjustment ? () => void takeBack() : undefined}
      deleteLabel={t('reviewsArea.detail.kpi.takeBack')}
    >
      <Text size="sm" data-testid="kpi-adjust-original">
        {t('reviewsArea.detail.kpi.fromData', {
          actual: kpi.value(metric, row.actual),
          target: kpi.value(metric, row.target),
          score: scoreText(row.dataScore),
        })}
      </Text>
      <TextInput
        label={t('reviewsArea.detail.kpi.newScore')}
        description={t('reviewsArea.detail.kpi.newScoreHint', { max: formatNumber(KPI_SCORE_CAP) })}
        withAsterisk
        inputMode="decimal"
        data-autofocus
        w={200}
        {...hintBelow}
        {...field('score')}
      />
      <NotesInput label={t('reviewsArea.detail.kpi.reasonLabel')} withAsterisk {...field('reason')} />
    </FormModal>
  );
}
