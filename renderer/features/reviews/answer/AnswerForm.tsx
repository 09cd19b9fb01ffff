import { Alert, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FeedbackRequest } from '../../../../shared/schema/review';
import { useSession } from '../../../app/session-context';
import { formatDay } from '../../../i18n/format';
import { notifySaved } from '../../../ui/notify';
import { FormModal, useRecordForm } from '../../../ui/record-form';
import { useToday } from '../../../ui/use-today';
import { AnswerFields } from '../feedback/AnswerFields';
import { answerFormValues, answerInputOf, answerSchema } from '../feedback/answer-form';
import { saveResponseFile } from './response-save';

/** One fact of the request, label over value. */
function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {value}
      </Text>
    </Stack>
  );
}

/**
 * A request read from its file, answered: whom it is about, who is asked and by when, then each
 * competency with its rubric rated 1–5 and the open questions. Saving writes the response file (encrypted
 * with the request's secret, so only the office that asked can read it) where the reviewer chooses.
 */
export function AnswerForm(props: { request: FeedbackRequest; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const today = useToday();
  const { request } = props;
  const record = useRecordForm(answerSchema(request.questions), {
    initial: answerFormValues(request.questions),
    fromValues: answerInputOf,
    write: (answer) => saveResponseFile(session, request, answer, t('reviewsArea.import.fileFilter')),
    onSaved: (file) => {
      notifySaved(t('reviewsArea.answer.saved', { file }));
      props.onClose();
    },
  });
  const self = request.relation === 'self';
  return (
    <FormModal
      record={record}
      testId="answer-form"
      size="xl"
      onClose={props.onClose}
      title={t('reviewsArea.answer.formTitle', { subject: request.subjectName })}
      saveLabel={t('reviewsArea.answer.save')}
      saveTestId="answer-save"
    >
      <Paper withBorder p="sm" radius="md">
        <SimpleGrid cols={4}>
          <Fact label={t('reviewsArea.answer.about')} value={request.subjectName} />
          <Fact label={t('reviewsArea.answer.askedOf')} value={request.reviewerName} />
          <Fact label={t('reviewsArea.answer.kind')} value={t(`reviewsArea.relation.${request.relation}`)} />
          <Fact label={t('reviewsArea.answer.due')} value={formatDay(request.expiresOn)} />
        </SimpleGrid>
      </Paper>
      <Group>
        <Text size="sm" c="dimmed">
          {self ? t('reviewsArea.answer.selfNote') : t('reviewsArea.answer.peerNote')}
        </Text>
      </Group>
      {request.expiresOn < today && (
        <Alert color="orange" variant="light" data-testid="answer-expired">
          {t('reviewsArea.answer.expired', { date: formatDay(request.expiresOn) })}
        </Alert>
      )}
      <AnswerFields questions={request.questions} record={record} />
    </FormModal>
  );
}
