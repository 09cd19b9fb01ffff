import { Button, Group, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type ReviewCycle, type ReviewTemplate, reviewCycleFields } from '../../../../shared/schema/review';
import type { Staff } from '../../../../shared/schema/staff';
import { useSession } from '../../../app/session-context';
import { createCycle } from '../../../db/review-commands';
import { DateField } from '../../../ui/DateField';
import { notifySaved } from '../../../ui/notify';
import { FormModal, hintBelow, useRecordForm } from '../../../ui/record-form';
import { useToday } from '../../../ui/use-today';
import { cycleFormValues, cycleInputOf } from './cycle-form';

/**
 * Set up a review cycle: its name, the period reviewed, the template, the people reviewed (one review
 * each is made with it) and the day feedback is due. It starts "not started"; requests go out on Start.
 */
export function CycleForm(props: {
  templates: readonly ReviewTemplate[];
  staff: readonly Staff[];
  onClose: () => void;
  onCreated: (cycle: ReviewCycle) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const today = useToday();
  const record = useRecordForm(reviewCycleFields, {
    initial: cycleFormValues(
      today,
      ({ year, quarter }) => t('reviewsArea.cycle.defaultName', { year, quarter }),
      props.templates[0]?.id ?? null,
    ),
    fromValues: cycleInputOf,
    write: (input) => createCycle(session, input),
    onSaved: (cycle) => {
      notifySaved(t('reviewsArea.cycle.created', { name: cycle.name, count: cycle.participants.length }));
      props.onCreated(cycle);
    },
  });
  const { field, form } = record;
  const people = props.staff.filter((s) => s.status !== 'left');
  const participants = field('participants');
  return (
    <FormModal
      record={record}
      testId="cycle-form"
      onClose={props.onClose}
      title={t('reviewsArea.cycle.newTitle')}
    >
      <TextInput label={t('reviewsArea.cycle.name')} withAsterisk data-autofocus {...field('name')} />
      <Select
        label={t('reviewsArea.cycle.template')}
        withAsterisk
        allowDeselect={false}
        placeholder={t('reviewsArea.cycle.templatePlaceholder')}
        data={props.templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
        {...field('templateId')}
      />
      <SimpleGrid cols={3}>
        <DateField label={t('reviewsArea.cycle.from')} withAsterisk {...field('from')} />
        <DateField label={t('reviewsArea.cycle.to')} withAsterisk {...field('to')} />
        <DateField
          label={t('reviewsArea.cycle.feedbackDue')}
          description={t('reviewsArea.cycle.feedbackDueHint')}
          {...hintBelow}
          {...field('feedbackDue')}
        />
      </SimpleGrid>
      <Stack gap={4}>
        <MultiSelect
          label={t('reviewsArea.cycle.participants')}
          withAsterisk
          searchable
          placeholder={t('reviewsArea.cycle.participantsPlaceholder')}
          nothingFoundMessage={t('reviewsArea.cycle.nobodyFound')}
          data={people.map((s) => ({ value: s.id, label: s.name }))}
          maxDropdownHeight={220}
          data-testid="cycle-participants"
          {...participants}
        />
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            leftSection={<IconUsersGroup size={14} />}
            onClick={() =>
              form.setFieldValue(
                'participants',
                people.filter((s) => s.status === 'active').map((s) => s.id),
              )
            }
            data-testid="cycle-everyone"
          >
            {t('reviewsArea.cycle.everyone')}
          </Button>
        </Group>
      </Stack>
    </FormModal>
  );
}
