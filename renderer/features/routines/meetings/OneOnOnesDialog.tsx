import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { cadences } from '../../../../shared/schema/meeting';
import { useSession } from '../../../app/session-context';
import { addOneOnOneSchedules, oneOnOnePlanFields } from '../../../db/meeting-commands';
import { notifySaved, notifyWarning } from '../../../ui/notify';
import { FormModal, useRecordForm } from '../../../ui/record-form';
import { CadenceFields } from './CadenceFields';

interface PlanValues extends Record<string, unknown> {
  cadence: (typeof cadences)[number];
  firstDate: string;
  time: string;
  until: string;
}

/**
 * One step to a one-on-one with everyone: a schedule per active person who has none yet, all on the same
 * cadence (monthly by default), first date and time.
 */
export function OneOnOnesDialog(props: { firstDate: string; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const p = 'routinesArea.meetings';
  const initial: PlanValues = { cadence: 'monthly', firstDate: props.firstDate, time: '15:00', until: '' };
  const form = useRecordForm(oneOnOnePlanFields, {
    initial,
    fromValues: (v: PlanValues) => ({
      ...v,
      time: v.time === '' ? null : v.time,
      until: v.until === '' ? null : v.until,
    }),
    write: (plan) =>
      addOneOnOneSchedules(session, { ...plan, titleOf: (name) => t(`${p}.oneOnOneWith`, { name }) }),
    onSaved: (made) => {
      if (made.length === 0) notifyWarning(t(`${p}.everyone.none`));
      else notifySaved(t(`${p}.everyone.made`, { count: made.length }));
      props.onClose();
    },
  });
  return (
    <FormModal
      record={form}
      testId="one-on-ones-form"
      size="md"
      onClose={props.onClose}
      saveLabel={t(`${p}.everyone.save`)}
      title={t(`${p}.everyone.title`)}
    >
      <Text size="sm" c="dimmed">
        {t(`${p}.everyone.hint`)}
      </Text>
      <CadenceFields record={form} testId="everyone" focusFirstDate />
    </FormModal>
  );
}
