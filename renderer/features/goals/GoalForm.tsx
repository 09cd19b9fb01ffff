import { Grid, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { goalMetricKeys, isDerivedMetric } from '../../../shared/insights/metrics';
import { smartChecklist, wouldCycle } from '../../../shared/rules/goals';
import type { Duty } from '../../../shared/schema/duty';
import { type Goal, goalDirections, goalFields, goalTerms } from '../../../shared/schema/goal';
import type { Staff } from '../../../shared/schema/staff';
import { useSession } from '../../app/session-context';
import { saveGoal } from '../../db/goal-commands';
import { type GoalHistoryFigures, goalHistory } from '../../db/goal-queries';
import { formatDay, formatNumber } from '../../i18n/format';
import { DateField } from '../../ui/DateField';
import { useMetricText } from '../../ui/goal-figures';
import { notifySaved } from '../../ui/notify';
import { FormModal, useRecordForm } from '../../ui/record-form';
import { SegmentedField } from '../../ui/SegmentedField';
import { useToday } from '../../ui/use-today';
import { goalFormValues, goalInputOf, termDue, typedNumber, usualDirection } from './goal-form';
import { SmartChecklist } from './SmartChecklist';

const letterFields = {
  S: ['title', 'description'],
  M: ['metric', 'manualUnit', 'target', 'direction'],
  A: ['ownerId'],
  R: ['parentId', 'dutyId'],
  T: ['start', 'due'],
} as const;

/**
 * Set or change a SMART goal: the fields grouped by the letter they answer, the checklist beside them
 * moving as they are filled. The baseline of a metric from the orders is computed from the period before
 * the start (as long as the goal's own), never typed; one measured by hand is typed.
 */
export function GoalForm(props: {
  goal?: Goal;
  parent?: Goal;
  goals: readonly Goal[];
  staff: readonly Staff[];
  duties: readonly Duty[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const today = useToday();
  const metricText = useMetricText();
  const record = useRecordForm(goalFields, {
    initial: goalFormValues(today, props.goal, props.parent),
    fromValues: goalInputOf,
    write: (input) => saveGoal(session, input, props.goal),
    onSaved: (saved) => {
      notifySaved(
        t(props.goal ? 'goalsArea.form.updated' : 'goalsArea.form.created', { title: saved.title }),
      );
      props.onClose();
    },
  });
  const { field, form } = record;
  const values = form.getValues();
  const derived = values.metric !== null && isDerivedMetric(values.metric);
  const [history, setHistory] = useState<GoalHistoryFigures | null>(null);

  // The baseline follows what it is computed from: the metric, whose figures, and the dates.
  const { metric, scope, ownerId, start, due, direction } = values;
  // The form's setter changes with every render (its rules are rebuilt): read through a ref, so the
  // history is read again only when what it depends on changes.
  const setField = useRef(form.setFieldValue);
  setField.current = form.setFieldValue;
  useEffect(() => {
    let current = true;
    if (!metric || !start || !due || start >= due) {
      setHistory(null);
      return;
    }
    // A goal being edited keeps the baseline it was set with, unless what it measures or when changes.
    const saved = props.goal;
    const same =
      saved &&
      saved.metric === metric &&
      saved.scope === scope &&
      saved.ownerId === ownerId &&
      saved.start === start &&
      saved.due === due;
    goalHistory(session.db, { metric: metric as Goal['metric'], scope, ownerId, start, due, direction }).then(
      (figures) => {
        if (!current) return;
        setHistory(figures);
        if (isDerivedMetric(metric) && !same)
          setField.current('baseline', figures.baseline === null ? '' : String(figures.baseline));
      },
    );
    return () => {
      current = false;
    };
  }, [session.db, metric, scope, ownerId, start, due, direction, props.goal]);

  const checks = useMemo(() => {
    const number = (text: string) => {
      const n = typedNumber(text);
      return n !== null && Number.isFinite(n) ? n : null;
    };
    return smartChecklist(
      { ...values, baseline: number(values.baseline), target: number(values.target) },
      { best: history?.best ?? null, worst: history?.worst ?? null },
    );
  }, [values, history]);

  // A letter's rule spans fields (a duty answers "relevant" as well as a parent goal): once the letter
  // holds, its fields' old refusals go, whichever of them was changed.
  useEffect(() => {
    for (const check of checks)
      if (check.ok)
        for (const path of letterFields[check.letter]) if (form.errors[path]) form.clearFieldError(path);
  }, [checks, form]);

  const others = props.goals.filter((g) => g.id !== props.goal?.id);
  const parents = others.filter((g) => !props.goal || !wouldCycle(props.goals, props.goal.id, g.id));
  const people = props.staff.filter((s) => s.status !== 'left' || s.id === props.goal?.ownerId);
  const baselineHint = () => {
    if (values.metric === null) return undefined;
    if (!derived) return t('goalsArea.form.baselineManual');
    if (!history) return undefined;
    const period = {
      from: formatDay(history.baselinePeriod.from),
      to: formatDay(history.baselinePeriod.to),
    };
    if (history.baseline === null) return t('goalsArea.form.baselineNone', period);
    const days = Math.round((Date.parse(values.due) - Date.parse(values.start)) / 86_400_000) + 1;
    return t('goalsArea.form.baselineComputed', { ...period, days: formatNumber(days) });
  };
  const unit = values.metric ? metricText(values.metric, 1, values.manualUnit).replace(/^1\s?/, '') : '';

  return (
    <FormModal
      record={record}
      testId="goal-form"
      size="xl"
      onClose={props.onClose}
      title={t(props.goal ? 'goalsArea.form.editTitle' : 'goalsArea.form.newTitle')}
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="sm">
            <Title order={3} size="h5">
              {t('goalsArea.form.specific')}
            </Title>
            <TextInput
              label={t('goalsArea.form.title')}
              placeholder={t('goalsArea.form.titlePlaceholder')}
              withAsterisk
              data-autofocus
              {...field('title')}
            />
            <Textarea
              label={t('goalsArea.form.description')}
              autosize
              minRows={2}
              withAsterisk
              {...field('description')}
            />
            <Title order={3} size="h5">
              {t('goalsArea.form.measurable')}
            </Title>
            <Select
              label={t('goalsArea.form.metric')}
              withAsterisk
              allowDeselect={false}
              data={goalMetricKeys.map((m) => ({ value: m, label: t(`metric.${m}`) }))}
              {...field('metric')}
              onChange={(value) => {
                form.setFieldValue('metric', value);
                if (value) form.setFieldValue('direction', usualDirection(value));
                if (value && !isDerivedMetric(value)) form.setFieldValue('baseline', '');
              }}
            />
            {values.metric === 'manual' && (
              <TextInput
                label={t('goalsArea.form.manualUnit')}
                placeholder={t('goalsArea.form.manualUnitPlaceholder')}
                withAsterisk
                {...field('manualUnit')}
              />
            )}
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('goalsArea.form.baseline')}
                readOnly={derived}
                inputMode="decimal"
                rightSection={unit ? <Text size="xs">{unit}</Text> : null}
                rightSectionWidth={unit ? 60 : undefined}
                {...field('baseline')}
              />
              <Select
                label={t('goalsArea.form.direction')}
                allowDeselect={false}
                data={goalDirections.map((d) => ({ value: d, label: t(`goalDirection.${d}`) }))}
                {...field('direction')}
              />
              <TextInput
                label={t('goalsArea.form.target')}
                withAsterisk
                inputMode="decimal"
                rightSection={unit ? <Text size="xs">{unit}</Text> : null}
                rightSectionWidth={unit ? 60 : undefined}
                {...field('target')}
              />
            </SimpleGrid>
            <Text size="xs" c="dimmed" mt={-6} data-testid="baseline-hint">
              {baselineHint()}
            </Text>
            <Title order={3} size="h5">
              {t('goalsArea.form.achievable')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <SegmentedField
                label={t('goalsArea.form.scope')}
                data={(['team', 'person'] as const).map((s) => ({ value: s, label: t(`goalScope.${s}`) }))}
                {...field('scope')}
              />
              <Select
                label={t('goalsArea.form.owner')}
                withAsterisk
                searchable
                data={people.map((s) => ({ value: s.id, label: s.name }))}
                {...field('ownerId')}
              />
            </SimpleGrid>
            <Title order={3} size="h5">
              {t('goalsArea.form.relevant')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('goalsArea.form.parent')}
                placeholder={t('goalsArea.form.none')}
                clearable
                data={parents.map((g) => ({ value: g.id, label: g.title }))}
                {...field('parentId')}
              />
              <Select
                label={t('goalsArea.form.duty')}
                placeholder={t('goalsArea.form.none')}
                clearable
                data={props.duties.map((d) => ({ value: d.id, label: d.name }))}
                {...field('dutyId')}
              />
            </SimpleGrid>
            <Title order={3} size="h5">
              {t('goalsArea.form.timeBound')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select
                label={t('goalsArea.form.term')}
                allowDeselect={false}
                data={goalTerms.map((term) => ({ value: term, label: t(`goalTerm.${term}`) }))}
                {...field('term')}
                onChange={(value) => {
                  if (!value) return;
                  form.setFieldValue('term', value as typeof values.term);
                  if (values.start)
                    form.setFieldValue('due', termDue(value as typeof values.term, values.start));
                }}
              />
              <DateField label={t('goalsArea.form.start')} withAsterisk {...field('start')} />
              <DateField label={t('goalsArea.form.due')} withAsterisk {...field('due')} />
            </SimpleGrid>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} style={{ position: 'sticky', top: 0, alignSelf: 'flex-start' }}>
          <SmartChecklist
            checks={checks}
            best={values.metric ? metricText(values.metric, history?.best ?? null, values.manualUnit) : '—'}
            term={t(`goalTerm.${values.term}`)}
          />
        </Grid.Col>
      </Grid>
    </FormModal>
  );
}
