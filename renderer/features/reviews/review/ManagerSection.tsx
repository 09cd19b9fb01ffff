import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { type RefObject, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type Review, reviewFields } from '../../../../shared/schema/review';
import { useSession } from '../../../app/session-context';
import { rateReview } from '../../../db/review-commands';
import { notifySaved } from '../../../ui/notify';
import { FormActions, NotesInput, RecordForm, useRecordForm } from '../../../ui/record-form';

// The manager's overall rating (1–5) and comment: one record form in the review, saved together. The rating
// is chosen from the five levels ('' until one is chosen); the review's schema checks both.

const managerSchema = z.object({
  managerRating: reviewFields.shape.managerRating,
  managerComment: reviewFields.shape.managerComment,
});

interface ManagerValues extends Record<string, unknown> {
  managerRating: string;
  managerComment: string;
}

const fromValues = (values: ManagerValues) => ({
  managerRating: values.managerRating === '' ? null : Number(values.managerRating),
  managerComment: values.managerComment,
});

export function ManagerSection(props: {
  review: Review;
  editable: boolean;
  /** Where the review asks, before it closes, whether the rating or comment has unsaved changes. */
  dirty?: RefObject<(() => boolean) | null>;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const { review } = props;
  const record = useRecordForm(managerSchema, {
    initial: {
      managerRating: review.managerRating === null ? '' : String(review.managerRating),
      managerComment: review.managerComment,
    },
    fromValues,
    write: (input) => rateReview(session, review.id, input),
    onSaved: () => notifySaved(t('reviewsArea.detail.manager.saved')),
  });
  const { field } = record;
  const { dirty } = props;
  useEffect(() => {
    if (!dirty) return;
    dirty.current = record.isDirty;
    return () => {
      dirty.current = null;
    };
  }, [dirty, record.isDirty]);
  const rating = field('managerRating');
  return (
    <RecordForm record={record} testId="manager-form">
      <Stack gap="xs">
        <Group gap="sm" align="center">
          <Text size="sm" fw={500} id="manager-rating-label">
            {t('reviewsArea.detail.manager.rating')}
          </Text>
          <SegmentedControl
            aria-labelledby="manager-rating-label"
            disabled={!props.editable}
            data={['1', '2', '3', '4', '5']}
            value={rating.value as string}
            onChange={rating.onChange}
            data-testid="manager-rating"
          />
          {rating.value === '' && (
            <Text size="xs" c="dimmed">
              {t('reviewsArea.detail.manager.unrated')}
            </Text>
          )}
        </Group>
        {typeof rating.error === 'string' && (
          <Text size="xs" c="red">
            {rating.error}
          </Text>
        )}
        <NotesInput
          label={t('reviewsArea.detail.manager.comment')}
          readOnly={!props.editable}
          {...field('managerComment')}
          data-testid="manager-comment"
        />
        {props.editable && (
          <FormActions
            submitting={record.busy}
            error={record.error}
            saveTestId="manager-save"
            keysHint={t('reviewsArea.detail.manager.keys')}
          />
        )}
      </Stack>
    </RecordForm>
  );
}
