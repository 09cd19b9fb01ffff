import { Alert, Button, Modal, Stack, Text } from '@mantine/core';
import { IconFileSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PACKAGE_EXTENSION } from '../../../../shared/package/types';
import type { FeedbackRequest } from '../../../../shared/schema/review';
import { readRequestFile } from '../../../db/feedback-files';
import { platform } from '../../../platform';
import { useFeedbackFileProblem } from '../feedback/file-problem';
import { AnswerForm } from './AnswerForm';

/**
 * The reviewer's side: open a request file another office (or this one) sent, answer it, and save the
 * answer as a response file to send back. The request is read from the file alone — nothing of it is
 * stored, and no office data is needed — so it works on any machine with SalesDesk, a new one included.
 */
export function AnswerRequestDialog(props: { onClose: () => void }) {
  const { t } = useTranslation();
  const problemOf = useFeedbackFileProblem('request');
  const [request, setRequest] = useState<FeedbackRequest | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  const pick = async () => {
    setProblem(null);
    const file = await platform.openFile({
      filters: [{ name: t('reviewsArea.answer.fileFilter'), extensions: [PACKAGE_EXTENSION] }],
    });
    if (!file) return;
    setReading(true);
    try {
      setRequest(await readRequestFile(file.bytes));
    } catch (error) {
      setProblem(`${file.name}: ${problemOf(error)}`);
    } finally {
      setReading(false);
    }
  };

  if (request) return <AnswerForm request={request} onClose={props.onClose} />;
  return (
    <Modal
      opened
      onClose={props.onClose}
      size="md"
      title={t('reviewsArea.answer.title')}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
      closeButtonProps={{ 'aria-label': t('formActions.close') }}
    >
      <Stack gap="md" data-testid="answer-dialog">
        <Text size="sm">{t('reviewsArea.answer.intro')}</Text>
        {problem && (
          <Alert color="red" variant="light" data-testid="answer-problem">
            {problem}
          </Alert>
        )}
        <Button
          leftSection={<IconFileSearch size={16} />}
          loading={reading}
          onClick={() => void pick()}
          data-autofocus
          data-testid="answer-pick"
        >
          {t('reviewsArea.answer.pick')}
        </Button>
      </Stack>
    </Modal>
  );
}
