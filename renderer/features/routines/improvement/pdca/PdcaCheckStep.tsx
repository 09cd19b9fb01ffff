import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isoDate, optionalText } from '../../../../../shared/schema/envelope';
import type { PdcaCycle } from '../../../../../shared/schema/pdca';
import { useSession } from '../../../../app/session-context';
import { savePdcaCheck } from '../../../../db/pdca-commands';
import type { PdcaCheck } from '../../../../db/pdca-queries';
import { formatDay, formatNumber } from '../../../../i18n/format';
import { DateField } from '../../../../ui/DateField';
import { useMetricText } from '../../../../ui/goal-figures';
import { notifySaved } from '../../../../ui/notify';
import { FormActions, hintBelow, NotesInput, RecordForm, useRecordForm } from '../../../../ui/record-form';

// Check: the metric over the period before and the period after the change, computed from the rollups by
// the metric engine — never typed — with the change and whether the target was reached; "no data" where a
// period holds nothing to measure. The period after and a note are what is typed here.

const checkSchema = z
  .object({
    afterFrom: isoDate.nullable(),
    afterTo: isoDate.nullable(),
    checkNote: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    if (v.afterFrom !== null && v.afterTo !== null && v.afterTo < v.afterFrom)
      ctx.addIssue({
        code: 'custom',
        path: ['afterTo'],
        message: 'reversed',
        params: { code: 'date.endBeforeStart' },
      });
  });

const period = (p: { from: string; to: string }) => `${formatDay(p.from)} – ${formatDay(p.to)}`;

function Figures({ check }: { check: PdcaCheck }) {
  const { t } = useTranslation();
  const metricText = useMetricText();
  const say = (value: number | null) =>
    value === null
      ? t('routinesArea.pdca.check.noData')
      : metricText(check.metric ?? '', value, check.manualUnit);
  const change =
    check.change === null
      ? t('routinesArea.pdca.check.noData')
      : `${check.change > 0 ? '+' : check.change < 0 ? '−' : '±'}${metricText(check.metric ?? '', Math.abs(check.change), check.manualUnit)}${
          check.changePercent === null
            ? ''
            : ` (${check.changePercent > 0 ? '+' : ''}${formatNumber(check.changePercent)}%)`
        }`;
  if (check.metric === null)
    return (
      <Text size="sm" c="dimmed">
        {t('routinesArea.pdca.check.noMetric')}
      </Text>
    );
  return (
    <Stack gap="xs" data-testid="pdca-figures">
      <Text size="sm" fw={500}>
        {check.metric === 'manual' ? t('routinesArea.pdca.check.goalByHand') : t(`metric.${check.metric}`)}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t('routinesArea.pdca.check.before', { period: period(check.beforePeriod) })}
          </Text>
          <Text size="lg" fw={600} data-testid="pdca-before">
            {say(check.before)}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {check.afterPeriod
              ? t(check.afterSoFar ? 'routinesArea.pdca.check.afterSoFar' : 'routinesArea.pdca.check.after', {
                  period: period(check.afterPeriod),
                })
              : t('routinesArea.pdca.check.afterNotSet')}
          </Text>
          <Text size="lg" fw={600} data-testid="pdca-after">
            {say(check.after)}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t('routinesArea.pdca.check.change')}
          </Text>
          <Text size="lg" fw={600} data-testid="pdca-change">
            {change}
          </Text>
        </Stack>
      </SimpleGrid>
      <Group gap="xs">
        <Text size="sm">
          {check.target === null
            ? t('routinesArea.pdca.check.targetBetter')
            : t('routinesArea.pdca.check.target', { target: say(check.target) })}
        </Text>
        {check.targetMet !== null && (
          <Badge
            color={check.targetMet ? 'teal' : 'red'}
            variant="light"
            data-testid="pdca-target-met"
            data-met={check.targetMet}
          >
            {t(check.targetMet ? 'routinesArea.pdca.check.met' : 'routinesArea.pdca.check.notMet')}
          </Badge>
        )}
        {check.improved !== null && (
          <Text size="sm" c="dimmed" data-testid="pdca-improved">
            {t(check.improved ? 'routinesArea.pdca.check.better' : 'routinesArea.pdca.check.worse')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

export function PdcaCheckStep({
  cycle,
  check,
  onSaved,
}: {
  cycle: PdcaCycle;
  check: PdcaCheck;
  /** The cycle as saved: its new version is what the next action on it starts from. */
  onSaved: (cycle: PdcaCycle) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const record = useRecordForm(checkSchema, {
    initial: { afterFrom: cycle.afterFrom ?? '', afterTo: cycle.afterTo ?? '', checkNote: cycle.checkNote },
    fromValues: (v) => ({
      ...v,
      afterFrom: v.afterFrom === '' ? null : v.afterFrom,
      afterTo: v.afterTo === '' ? null : v.afterTo,
    }),
    write: (input) => savePdcaCheck(session, cycle.id, input, cycle.rev),
    onSaved: (saved) => {
      notifySaved(t('routinesArea.pdca.check.saved'));
      onSaved(saved);
    },
  });
  return (
    <Paper withBorder p="md" radius="md" data-testid="pdca-check">
      <Title order={3} size="h5" mb="xs">
        {t('routinesArea.pdca.phase.check')}
      </Title>
      <Figures check={check} />
      {cycle.phase !== 'closed' && (
        <RecordForm record={record} testId="pdca-check-form">
          <SimpleGrid cols={2} mt="sm">
            <DateField
              label={t('routinesArea.pdca.check.afterFrom')}
              {...hintBelow}
              {...record.field('afterFrom')}
              data-testid="pdca-after-from"
            />
            <DateField
              label={t('routinesArea.pdca.check.afterTo')}
              {...hintBelow}
              {...record.field('afterTo')}
              data-testid="pdca-after-to"
            />
          </SimpleGrid>
          <NotesInput
            label={t('routinesArea.pdca.check.note')}
            {...record.field('checkNote')}
            data-testid="pdca-check-note"
          />
          <FormActions
            submitting={record.busy}
            error={record.error}
            keysHint={false}
            saveTestId="pdca-check-save"
          />
        </RecordForm>
      )}
      {cycle.phase === 'closed' && cycle.checkNote && (
        <Text size="sm" mt="xs">
          {cycle.checkNote}
        </Text>
      )}
    </Paper>
  );
}
