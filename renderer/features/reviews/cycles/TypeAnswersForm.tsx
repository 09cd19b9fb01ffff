import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FeedbackRequest } from '../../../../shared/schema/review';
import { useSession } from '../../../app/session-context';
import { typeResponse } from '../../../db/review-commands';
import { notifySaved } from '../../../ui/notify';
import { FormModal, useRecordForm } from '../../../ui/record-form';
import { AnswerFields } from '../feedback/AnswerFields';
import { answerFormValues, answerInputOf, answerSchema } from '../feedback/answer-form';

/**
 * A request's answers typed in on this machine, from a paper form the reviewer filled: the same questions
 * the request file holds, checked the same way, stored as answered by hand.
 */
export function TypeAnswersForm(props: { request: FeedbackRequest; subject: string; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const { request } = props;
  const record = useRecordForm(answerSchema(request.questions), {
    initial: answerFormValues(request.questions),
    fromValues: answerInputOf,
    write: (answer) => typeResponse(session, request.id, answer.ratings, answer.answers),
    onSaved: () => {
      notifySaved(t('reviewsArea.typed.saved', { name: request.reviewerName }));
      props.onClose();
    },
  });
  return (
    <FormModal
      record={record}
      testId="type-answers-form"
      size="xl"
      onClose={props.onClose}
      title={t('reviewsArea.typed.title', { name: request.reviewerName, subject: props.subject })}
    >
      <Text size="sm" c="dimmed">
        {t(`reviewsArea.typed.hint.${request.relation}`)}
      </Text>
      <AnswerFields questions={request.questions} record={record} />
    </FormModal>
  );
}
