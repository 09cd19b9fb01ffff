import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingSession } from '../../../../shared/schema/training';
import { useSession } from '../../../app/session-context';
import { notifyFailed, notifySaved, notifyUndo } from '../../../ui/notify';
import { useFailureText } from '../../../ui/refusal-text';
import { useSessionFormats } from './session-dates';
import type { SessionsData } from './use-sessions-data';

// Deleting a session is soft (a tombstone that travels to other machines): it asks first, then offers
// Undo in the notification, which restores the same record with its attendance.

export function useSessionDelete(data: SessionsData | undefined) {
  const { t } = useTranslation();
  const session = useSession();
  const failure = useFailureText();
  const formats = useSessionFormats();
  const [asking, setAsking] = useState<TrainingSession | null>(null);
  const describe = (s: TrainingSession) => ({
    course: data?.courseTitle(s.courseId) ?? t('trainingArea.sessions.courseGone'),
    when: formats.when(s.start, s.end),
  });

  const restore = async (record: TrainingSession) => {
    try {
      await session.repos.trainingSessions.restore(record.id);
      notifySaved(t('trainingArea.sessions.delete.restored', describe(record)));
    } catch (error) {
      notifyFailed(failure(error));
    }
  };

  const remove = async (record: TrainingSession) => {
    setAsking(null);
    try {
      await session.repos.trainingSessions.remove(record.id);
    } catch (error) {
      notifyFailed(failure(error));
      return;
    }
    notifyUndo({
      key: record.id,
      message: t('trainingArea.sessions.delete.deleted', describe(record)),
      undoLabel: t('trainingArea.sessions.delete.undo'),
      undo: () => void restore(record),
    });
  };

  const modal = (
    <Modal
      opened={asking !== null}
      onClose={() => setAsking(null)}
      title={t('trainingArea.sessions.delete.title')}
      centered
      closeButtonProps={{ 'aria-label': t('trainingArea.sessions.delete.cancel') }}
    >
      {asking && (
        <Stack>
          <Text size="sm">{t('trainingArea.sessions.delete.body', describe(asking))}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(null)} data-autofocus>
              {t('trainingArea.sessions.delete.cancel')}
            </Button>
            <Button color="red" onClick={() => void remove(asking)} data-testid="confirm-delete">
              {t('trainingArea.sessions.delete.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );

  return { askDelete: (record: TrainingSession) => setAsking(record), modal };
}
