import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isDerivedMetric, metricDefinitions } from '../../../../shared/insights/metrics';
import { type KpiMetric, kpiMetrics } from '../../../../shared/schema/review';
import { formatNumber } from '../../../i18n/format';
import type { RecordFormHandle } from '../../../ui/record-form';
import { kpiLabel } from '../kpi-label';
import { emptyKpiRow, sectionWeights, type TemplateFormValues, weightSum } from './template-form';

type Handle = RecordFormHandle<TemplateFormValues>;

/** The sum of a list's weights as it is typed, red until it is 100. */
function WeightSum({ weights, testId }: { weights: (number | string)[]; testId: string }) {
  const { t } = useTranslation();
  const sum = weightSum(weights);
  return (
    <Text size="sm" fw={600} c={sum === 100 ? 'teal.9' : 'red.9'} data-testid={testId} data-sum={sum}>
      {t('reviewsArea.template.weightSum', { sum: formatNumber(sum) })}
    </Text>
  );
}

const weightProps = {
  min: 0,
  max: 100,
  allowDecimal: false,
  allowNegative: false,
  // A weight out of range gets a message rather than being changed silently.
  clampBehavior: 'none',
  w: 110,
  suffix: ' %',
} as const;

/** The five sections a review may weigh: each ticked in or out, with its weight; the sum beside them. */
export function SectionFields({ record }: { record: Handle }) {
  const { t } = useTranslation();
  const values = record.form.getValues();
  const error = record.errorOf('sections');
  return (
    <Fieldset legend={t('reviewsArea.template.sections')} variant="filled" data-testid="template-sections">
      <Stack gap="xs">
        <Text size="xs" c="dimmed">
          {t('reviewsArea.template.sectionsHint')}
        </Text>
        {values.sections.map((section, i) => {
          const name = t(`reviewsArea.section.${section.kind}`);
          return (
            <Group key={section.kind} gap="sm" wrap="nowrap" data-section={section.kind}>
              <Checkbox
                label={name}
                w={260}
                {...record.field(`sections.${i}.included`, { type: 'checkbox' })}
              />
              <NumberInput
                aria-label={t('reviewsArea.template.weightOf', { name })}
                disabled={!section.included}
                {...weightProps}
                {...record.field(`sections.${i}.weight`)}
              />
            </Group>
          );
        })}
        <WeightSum weights={sectionWeights(values)} testId="sections-sum" />
        {error && (
          <Text size="sm" c="red.9" role="alert" data-testid="sections-error">
            {error}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}

/** A KPI's unit, after its target. */
function useUnit() {
  const { t } = useTranslation();
  return (metric: KpiMetric | null) => {
    if (metric === null) return '';
    if (!isDerivedMetric(metric)) return '%';
    const unit = metricDefinitions[metric].unit;
    return unit === 'percent' ? '%' : t(`metricUnit.${unit}`);
  };
}

/** The KPI section's figures: which metric, the target the period should reach, its share of the section. */
export function KpiFields({ record }: { record: Handle }) {
  const { t } = useTranslation();
  const unitOf = useUnit();
  const { form } = record;
  const values = form.getValues();
  if (!values.sections.some((s) => s.kind === 'kpi' && s.included)) return null;
  const error = record.errorOf('kpis');
  const metrics = kpiMetrics.map((m) => ({ value: m, label: kpiLabel(t, m) }));
  return (
    <Fieldset legend={t('reviewsArea.template.kpis')} variant="filled" data-testid="template-kpis">
      <Stack gap="xs">
        <Text size="xs" c="dimmed">
          {t('reviewsArea.template.kpisHint')}
        </Text>
        {values.kpis.map((row, i) => {
          const number = i + 1;
          return (
            <Group key={row.key} gap="xs" align="flex-start" wrap="nowrap">
              <Select
                aria-label={t('reviewsArea.template.kpiN', { number })}
                placeholder={t('reviewsArea.template.kpiMetric')}
                data={metrics}
                allowDeselect={false}
                flex={1}
                {...record.field(`kpis.${i}.metric`)}
              />
              <NumberInput
                aria-label={t('reviewsArea.template.targetN', { number })}
                placeholder={t('reviewsArea.template.target')}
                min={0}
                allowNegative={false}
                w={140}
                rightSection={<Text size="xs">{unitOf(row.metric)}</Text>}
                rightSectionWidth={48}
                {...record.field(`kpis.${i}.target`)}
              />
              <NumberInput
                aria-label={t('reviewsArea.template.kpiWeightN', { number })}
                placeholder={t('reviewsArea.template.weight')}
                {...weightProps}
                {...record.field(`kpis.${i}.weight`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('reviewsArea.template.removeKpi', { number })}
                onClick={() => form.removeListItem('kpis', i)}
              >
                <IconX size={16} />
              </ActionIcon>
            </Group>
          );
        })}
        <Group justify="space-between">
          <Button
            variant="light"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem('kpis', emptyKpiRow())}
            data-testid="template-add-kpi"
          >
            {t('reviewsArea.template.addKpi')}
          </Button>
          <WeightSum weights={values.kpis.map((k) => k.weight)} testId="kpis-sum" />
        </Group>
        {error && (
          <Text size="sm" c="red.9" role="alert" data-testid="kpis-error">
            {error}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
