import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Duty } from '../../../../shared/schema/duty';
import { useSession } from '../../../app/session-context';
import { removeDuty } from '../../../db/team-commands';
import { formatNumber } from '../../../i18n/format';
import { notifyFailed, notifySaved } from '../../../ui/notify';
import { failureText } from '../../../ui/refusal-text';
import type { TeamData } from '../use-team';
import { dutyRanges } from './duty-form';

/** The Select's value for "nobody takes the work over". */
const NOBODY = 'nobody';

/**
 * Remove a duty. One somebody still holds asks first where its weekly hours go (another duty, whose
 * holders then carry them, or nobody); one nobody holds is removed after a plain confirm.
 */
export function RemoveDutyModal(props: { duty: Duty; team: TeamData; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const { duty, team } = props;
  const [moveTo, setMoveTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const name = (id: string) => team.nameOf(id) ?? t('teamDuties.formerMember');
  const holders = [
    ...(duty.primaryId ? [t('teamDuties.remove.asPrimary', { name: name(duty.primaryId) })] : []),
    ...duty.backupIds
      .filter((id) => id !== duty.primaryId)
      .map((id) => t('teamDuties.remove.asBackup', { name: name(id) })),
  ];
  const held = holders.length > 0;
  const others = team.duties.filter((d) => d.id !== duty.id);
  const target = others.find((d) => d.id === moveTo);

  const remove = async () => {
    setBusy(true);
    try {
      await removeDuty(session, duty.id, target?.id ?? null);
      notifySaved(
        target
          ? t('teamDuties.remove.moved', { name: duty.name, to: target.name })
          : t('teamDuties.remove.removed', { name: duty.name }),
      );
      props.onClose();
    } catch (error) {
      notifyFailed(
        t('teamDuties.remove.failed', {
          message: failureText(t, error),
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={props.onClose} title={t('teamDuties.remove.title', { name: duty.name })} centered>
      <Stack data-testid="remove-duty">
        {held ? (
          <>
            <Text size="sm">{t('teamDuties.remove.heldBy', { holders: holders.join(', ') })}</Text>
            <Text size="sm">{t('teamDuties.remove.where', { hours: formatNumber(duty.hoursPerWeek) })}</Text>
            <Select
              label={t('teamDuties.remove.moveTo')}
              placeholder={t('teamDuties.remove.moveToPlaceholder')}
              data={[
                { value: NOBODY, label: t('teamDuties.remove.nobody') },
                ...others.map((d) => ({
                  value: d.id,
                  label: t('teamDuties.remove.dutyOption', {
                    name: d.name,
                    hours: formatNumber(d.hoursPerWeek),
                  }),
                })),
              ]}
              value={moveTo}
              onChange={setMoveTo}
              allowDeselect={false}
              searchable
              data-autofocus
            />
            {moveTo && <Consequence duty={duty} target={target} />}
          </>
        ) : (
          <Text size="sm">{t('teamDuties.remove.plain')}</Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} data-autofocus={held ? undefined : true}>
            {t('teamDuties.remove.cancel')}
          </Button>
          <Button
            color="red"
            onClick={() => void remove()}
            loading={busy}
            // A held duty waits for the answer to where its work goes.
            disabled={held && moveTo === null}
            data-testid="confirm-remove-duty"
          >
            {t('teamDuties.remove.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** What the choice does: the other duty's new hours (capped as removeDuty caps them), or the work stopping. */
function Consequence({ duty, target }: { duty: Duty; target: Duty | undefined }) {
  const { t } = useTranslation();
  if (!target) return <Text size="sm">{t('teamDuties.remove.afterStop')}</Text>;
  const sum = target.hoursPerWeek + duty.hoursPerWeek;
  const hours = Math.min(dutyRanges.hours.max, sum);
  const key = sum > hours ? 'teamDuties.remove.afterMoveCapped' : 'teamDuties.remove.afterMove';
  return (
    <Text size="sm" c="dimmed">
      {t(key, { name: target.name, hours: formatNumber(hours) })}
    </Text>
  );
}
