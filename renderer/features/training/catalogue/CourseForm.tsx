import { ActionIcon, Button, Group, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type Course, courseKinds } from '../../../../shared/schema/training';
import { useSession } from '../../../app/session-context';
import { useOfficeCurrency } from '../../../app/use-office-currency';
import { AmountInput } from '../../../ui/AmountInput';
import { notifySaved } from '../../../ui/notify';
import { FormModal, hintBelow, NotesInput, useRecordForm } from '../../../ui/record-form';
import { courseFormSchema, courseFormValues, courseInputOf } from './course-form';

const levels = ['1', '2', '3', '4'];

/** Add or change a course: what it is, who gives it, hours and cost, the skills it raises, its certificate. */
export function CourseForm(props: { course: Course | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { repos } = useSession();
  const currency = useOfficeCurrency() ?? { code: 'CNY', digits: 2, symbol: '¥' };
  const { course } = props;
  const record = useRecordForm(courseFormSchema(currency.digits), {
    initial: courseFormValues(course, currency.digits),
    fromValues: courseInputOf,
    write: (input) => (course ? repos.courses.update(course.id, input) : repos.courses.create(input)),
    onSaved: (saved) => {
      notifySaved(
        t(course ? 'trainingArea.course.updated' : 'trainingArea.course.created', { title: saved.title }),
      );
      props.onClose();
    },
  });
  const { field, form } = record;
  const skills = form.getValues().skills;
  return (
    <FormModal
      record={record}
      testId="course-form"
      onClose={props.onClose}
      title={t(course ? 'trainingArea.course.editTitle' : 'trainingArea.course.newTitle')}
    >
      <TextInput label={t('trainingArea.course.title')} withAsterisk data-autofocus {...field('title')} />
      <SimpleGrid cols={2}>
        <Select
          label={t('trainingArea.course.kind')}
          withAsterisk
          allowDeselect={false}
          data={courseKinds.map((k) => ({ value: k, label: t(`trainingArea.kinds.${k}`) }))}
          {...field('kind')}
        />
        <TextInput label={t('trainingArea.course.provider')} {...field('provider')} />
      </SimpleGrid>
      <SimpleGrid cols={3}>
        <TextInput
          label={t('trainingArea.course.hours')}
          withAsterisk
          inputMode="decimal"
          {...hintBelow}
          {...field('hours')}
        />
        <AmountInput
          label={t('trainingArea.course.cost', { currency: currency.code })}
          symbol={currency.symbol}
          {...field('cost')}
        />
        <TextInput
          label={t('trainingArea.course.certificateMonths')}
          description={t('trainingArea.course.certificateHint')}
          inputMode="numeric"
          {...hintBelow}
          {...field('certificateMonths')}
        />
      </SimpleGrid>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('trainingArea.course.skills')}
        </Text>
        {skills.map((_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; the form's list paths are by index
          <Group key={i} align="flex-end" wrap="nowrap">
            <TextInput
              label={t('trainingArea.course.skill')}
              style={{ flex: 1 }}
              {...field(`skills.${i}.skill`)}
            />
            <Select
              label={t('trainingArea.course.level')}
              w={110}
              allowDeselect={false}
              data={levels}
              {...field(`skills.${i}.level`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mb={4}
              aria-label={t('trainingArea.course.removeSkill')}
              onClick={() => form.removeListItem('skills', i)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem('skills', { skill: '', level: '2' })}
            data-testid="course-add-skill"
          >
            {t('trainingArea.course.addSkill')}
          </Button>
        </Group>
      </Stack>
      <NotesInput label={t('trainingArea.course.materials')} {...field('materials')} />
      <Switch label={t('trainingArea.course.active')} {...field('active', { type: 'checkbox' })} />
    </FormModal>
  );
}
