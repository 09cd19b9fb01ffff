import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CareerPlan } from '../../../../shared/schema/training';
import { useSession } from '../../../app/session-context';
import { notifyFailed, notifySaved, notifyUndo } from '../../../ui/notify';
import { useFailureText } from '../../../ui/refusal-text';

// Deleting a career plan is soft (a tombstone that travels to other machines): it asks first, then offers
// Undo in the notification, which restores the same record. The person's training items stay.

export function useCareerDelete(nameOf: (staffId: string) => string) {
  const { t } = useTranslation();
  const { repos } = useSession();
  const failureText = useFailureText();
  const [asking, setAsking] = useState<CareerPlan | null>(null);

  const restore = async (plan: CareerPlan) => {
    try {
      await repos.careerPlans.restore(plan.id);
      notifySaved(t('trainingArea.career.remove.restored', { name: nameOf(plan.staffId) }));
    } catch (error) {
      notifyFailed(t('trainingArea.career.remove.failed', { reason: failureText(error) }));
    }
  };

  const remove = async (plan: CareerPlan) => {
    setAsking(null);
    try {
      await repos.careerPlans.remove(plan.id);
    } catch (error) {
      notifyFailed(failureText(error));
      return;
    }
    notifyUndo({
      key: plan.id,
      message: t('trainingArea.career.remove.deleted', { name: nameOf(plan.staffId) }),
      undoLabel: t('trainingArea.career.remove.undo'),
      undo: () => void restore(plan),
    });
  };

  const modal = (
    <Modal
      opened={asking !== null}
      onClose={() => setAsking(null)}
      title={t('trainingArea.career.remove.title')}
      centered
    >
      {asking && (
        <Stack>
          <Text size="sm">
            {t('trainingArea.career.remove.body', { name: nameOf(asking.staffId), role: asking.targetRole })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(null)} data-autofocus>
              {t('trainingArea.career.remove.cancel')}
            </Button>
            <Button color="red" onClick={() => void remove(asking)} data-testid="confirm-delete">
              {t('trainingArea.career.remove.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );

  return { askDelete: (plan: CareerPlan) => setAsking(plan), modal };
}
