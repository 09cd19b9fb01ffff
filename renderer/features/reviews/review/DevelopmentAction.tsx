import { Group, Select, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { addDays } from '../../../../shared/rules/local-date';
import { idSchema, isoDate } from '../../../../shared/schema/envelope';
import { useSession } from '../../../app/session-context';
import { addDevelopmentAction } from '../../../db/review-commands';
import { loadCourses } from '../../../db/training-queries';
import { DateField } from '../../../ui/DateField';
import { notifySaved } from '../../../ui/notify';
import { FormActions, RecordForm, useRecordForm } from '../../../ui/record-form';

// A development action from the review: a course and the day it is due become an item of the person's
// training plan (the training area shows and completes it), its note naming this review.

const actionSchema = z.object({ courseId: idSchema, due: isoDate });

export function DevelopmentAction(props: { reviewId: string; today: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const courses = useLiveQuery(() => loadCourses(session.db), [session.db]);
  const record = useRecordForm(actionSchema, {
    initial: { courseId: '', due: addDays(props.today, 30) },
    write: (input) => addDevelopmentAction(session, props.reviewId, input.courseId, input.due),
    onSaved: () => {
      notifySaved(t('reviewsArea.detail.development.added'));
      record.form.setFieldValue('courseId', '');
    },
  });
  const { field } = record;
  const active = (courses ?? []).filter((c) => c.active);
  if (courses && active.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('reviewsArea.detail.development.noCourses')}
      </Text>
    );
  return (
    <RecordForm record={record} testId="development-form">
      <Group align="flex-start" gap="sm">
        <Select
          label={t('reviewsArea.detail.development.course')}
          searchable
          withAsterisk
          style={{ flex: 1 }}
          data={active.map((c) => ({ value: c.id, label: c.title }))}
          {...field('courseId')}
          data-testid="development-course"
        />
        <DateField label={t('reviewsArea.detail.development.due')} withAsterisk w={170} {...field('due')} />
      </Group>
      <FormActions
        submitting={record.busy}
        error={record.error}
        saveLabel={t('reviewsArea.detail.development.add')}
        saveTestId="development-add"
        keysHint={false}
      />
    </RecordForm>
  );
}
