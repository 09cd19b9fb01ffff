import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { derivedMetrics } from '../../../../../shared/insights/metrics';
import type { Goal } from '../../../../../shared/schema/goal';
import type { PdcaCycle } from '../../../../../shared/schema/pdca';
import { processKinds } from '../../../../../shared/schema/sop';
import { useSession } from '../../../../app/session-context';
import { savePdca } from '../../../../db/pdca-commands';
import { DateField } from '../../../../ui/DateField';
import { notifySaved } from '../../../../ui/notify';
import { FormModal, hintBelow, NotesInput, useRecordForm } from '../../../../ui/record-form';
import { pdcaFormSchema, pdcaFormValues } from './pdca-form';

// The Plan of a cycle: the problem, what measures it (a metric of the engine or a goal) and the target,
// the measures to try, and the period before the change the Check compares with. The backlog is a
// figure of now, with no past period to compare: it is not offered.

const planMetrics = derivedMetrics.filter((m) => m !== 'backlog');

export function PdcaForm(props: {
  cycle: PdcaCycle | null;
  goals: readonly Goal[];
  today: string;
  onClose: () => void;
  onSaved?: (cycle: PdcaCycle) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const { cycle } = props;
  const record = useRecordForm(pdcaFormSchema, {
    initial: pdcaFormValues(cycle, props.today),
    write: (input) => {
      const plan = {
        title: input.title,
        process: input.process,
        problem: input.problem,
        metric: input.metric,
        goalId: input.goalId,
        target: input.target,
        measures: input.measures,
        beforeFrom: input.beforeFrom,
        beforeTo: input.beforeTo,
      };
      // Editing changes the plan only: the phase and the later steps stay as they are.
      return cycle
        ? session.repos.pdcaCycles.update(cycle.id, plan, { fromRev: cycle.rev })
        : savePdca(session, plan);
    },
    onSaved: (saved) => {
      notifySaved(t('routinesArea.pdca.saved', { title: saved.title }));
      props.onSaved?.(saved);
      props.onClose();
    },
  });
  const { field } = record;
  return (
    <FormModal
      record={record}
      testId="pdca-form"
      saveTestId="pdca-save"
      onClose={props.onClose}
      title={
        cycle
          ? t('routinesArea.pdca.form.editTitle', { title: cycle.title })
          : t('routinesArea.pdca.form.newTitle')
      }
    >
      <SimpleGrid cols={2}>
        <TextInput
          label={t('routinesArea.pdca.form.title')}
          withAsterisk
          data-autofocus
          {...field('title')}
          data-testid="pdca-title"
        />
        <Select
          label={t('routinesArea.pdca.form.process')}
          withAsterisk
          allowDeselect={false}
          data={processKinds.map((p) => ({ value: p, label: t(`routinesArea.process.${p}`) }))}
          {...field('process')}
          data-testid="pdca-process"
        />
      </SimpleGrid>
      <NotesInput
        label={t('routinesArea.pdca.form.problem')}
        {...field('problem')}
        data-testid="pdca-problem"
      />
      <SimpleGrid cols={3}>
        <Select
          label={t('routinesArea.pdca.form.metric')}
          description={t('routinesArea.pdca.form.metricHint')}
          {...hintBelow}
          clearable
          data={planMetrics.map((m) => ({ value: m, label: t(`metric.${m}`) }))}
          {...field('metric')}
          data-testid="pdca-metric"
        />
        <Select
          label={t('routinesArea.pdca.form.goal')}
          clearable
          searchable
          data={props.goals.map((g) => ({ value: g.id, label: g.title }))}
          {...field('goalId')}
          data-testid="pdca-goal"
        />
        <TextInput
          label={t('routinesArea.pdca.form.target')}
          description={t('routinesArea.pdca.form.targetHint')}
          {...hintBelow}
          inputMode="decimal"
          {...field('target')}
          data-testid="pdca-target"
        />
      </SimpleGrid>
      <NotesInput
        label={t('routinesArea.pdca.form.measures')}
        {...field('measures')}
        data-testid="pdca-measures"
      />
      <SimpleGrid cols={2}>
        <DateField
          label={t('routinesArea.pdca.form.beforeFrom')}
          withAsterisk
          {...hintBelow}
          {...field('beforeFrom')}
          data-testid="pdca-before-from"
        />
        <DateField
          label={t('routinesArea.pdca.form.beforeTo')}
          withAsterisk
          {...hintBelow}
          {...field('beforeTo')}
          data-testid="pdca-before-to"
        />
      </SimpleGrid>
    </FormModal>
  );
}
