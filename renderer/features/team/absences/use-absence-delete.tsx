import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Absence } from '../../../../shared/schema/absence';
import { useSession } from '../../../app/session-context';
import { removeAbsenceShown, restoreAbsenceShown } from '../../../db/absence-details';
import { notifyFailed, notifySaved, notifyUndo } from '../../../ui/notify';
import { useFailureText } from '../../../ui/refusal-text';
import type { TeamData } from '../use-team';
import { useDayFormats } from './calendar-dates';

// Deleting an absence is soft (a tombstone that travels to other machines): it asks first, then offers
// Undo in the notification, which restores the same record.

export function useAbsenceDelete(team: TeamData) {
  const { t } = useTranslation();
  const session = useSession();
  const refusal = useFailureText();
  const formats = useDayFormats();
  const [asking, setAsking] = useState<Absence | null>(null);
  const describe = (a: Absence) => ({
    name: team.nameOf(a.staffId) ?? '—',
    kind: t(`teamAbsences.kind.${a.kind}`),
    from: formats.date(a.from),
    to: formats.date(a.to),
  });

  const restore = async (absence: Absence, detailIds: string[]) => {
    try {
      // Checked again: an absence added since may overlap it, or its person may be gone. A sick leave's
      // confidential detail, deleted with it, comes back with it.
      await restoreAbsenceShown(session, absence.id, detailIds);
      notifySaved(t('teamAbsences.delete.restored', describe(absence)));
    } catch (error) {
      notifyFailed(t('teamArea.saveFailed', { reason: refusal(error) }));
    }
  };

  const remove = async (absence: Absence) => {
    setAsking(null);
    const detailIds = await removeAbsenceShown(session, absence.id);
    notifyUndo({
      key: absence.id,
      message: t('teamAbsences.delete.deleted', describe(absence)),
      undoLabel: t('teamAbsences.delete.undo'),
      undo: () => void restore(absence, detailIds),
    });
  };

  const modal = (
    <Modal
      opened={asking !== null}
      onClose={() => setAsking(null)}
      title={t('teamAbsences.delete.title')}
      centered
    >
      {asking && (
        <Stack>
          <Text size="sm">{t('teamAbsences.delete.body', describe(asking))}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(null)} data-autofocus>
              {t('teamAbsences.delete.cancel')}
            </Button>
            <Button color="red" onClick={() => void remove(asking)} data-testid="confirm-delete">
              {t('teamAbsences.delete.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );

  return { askDelete: (absence: Absence) => setAsking(absence), modal };
}
