import { Alert, Button, Group, List, Modal, Select, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Staff, StaffInput } from '../../../../shared/schema/staff';
import { useSession } from '../../../app/session-context';
import { endMembership, holdingsOf } from '../../../db/team-commands';
import { notifyFailed, notifySaved } from '../../../ui/notify';
import { failureText } from '../../../ui/refusal-text';
import type { TeamData } from '../use-team';

/**
 * Removing a person who still holds duties or open orders asks where that work goes: to a colleague, or
 * to nobody (the duties then show in the checks as without an owner, the orders as unassigned).
 */
export function RemoveStaffModal(props: {
  team: TeamData;
  person: Staff;
  onClose: () => void;
  onRemoved: () => void;
  /** Marking the person as left (the form's changes) rather than removing them. */
  leaving?: Partial<StaffInput>;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const { person, leaving } = props;
  const [holdings, setHoldings] = useState<Awaited<ReturnType<typeof holdingsOf>> | null>(null);
  const [heir, setHeir] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void holdingsOf(session, person.id).then(setHoldings);
  }, [session, person.id]);

  const remove = async () => {
    setBusy(true);
    try {
      await endMembership(session, person.id, heir, leaving ? { update: leaving } : { remove: true });
      notifySaved(t(leaving ? 'teamArea.remove.leftDone' : 'teamArea.remove.done', { name: person.name }));
      props.onRemoved();
    } catch (error) {
      notifyFailed(t('teamArea.saveFailed', { reason: failureText(t, error) }));
      setBusy(false);
    }
  };

  const holdsWork = !!holdings && (holdings.duties.length > 0 || holdings.openOrderIds.length > 0);
  const colleagues = props.team.members
    .filter((m) => m.id !== person.id && m.status !== 'left')
    .map((m) => ({ value: m.id, label: m.name }));
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t(leaving ? 'teamArea.remove.leaveTitle' : 'teamArea.remove.title', { name: person.name })}
      centered
    >
      {holdings && (
        <Stack data-testid="remove-staff">
          {holdsWork ? (
            <>
              <Alert color="orange">
                {t('teamArea.remove.holds', { name: person.name, orders: holdings.openOrderIds.length })}
              </Alert>
              <List size="sm">
                {holdings.duties.map((d) => (
                  <List.Item key={d.id}>
                    {d.name} ({t(`teamArea.role.${d.primaryId === person.id ? 'primary' : 'backup'}`)})
                  </List.Item>
                ))}
              </List>
              <Select
                label={t('teamArea.remove.handover')}
                placeholder={t('teamArea.remove.nobody')}
                data={colleagues}
                value={heir}
                onChange={setHeir}
                clearable
              />
            </>
          ) : (
            <Text size="sm">{t('teamArea.remove.nothingHeld', { name: person.name })}</Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('formActions.cancel')}
            </Button>
            <Button color="red" onClick={remove} loading={busy}>
              {t(leaving ? 'teamArea.remove.leaveConfirm' : 'teamArea.remove.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
