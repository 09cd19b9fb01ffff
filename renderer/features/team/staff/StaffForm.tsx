import {
  Divider,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../shared/rules/local-date';
import { EARLIEST_DATE, LATEST_DATE } from '../../../../shared/schema/envelope';
import {
  type Staff,
  type StaffInput,
  staffFields,
  staffLevels,
  staffStatuses,
} from '../../../../shared/schema/staff';
import { useSession } from '../../../app/session-context';
import { holdingsOf } from '../../../db/team-commands';
import { FormActions } from '../../../ui/FormActions';
import { refusalField, refusalText, schemaErrors } from '../../../ui/form-errors';
import type { TeamData } from '../use-team';
import { RemoveStaffModal } from './RemoveStaffModal';
import { SkillsSection } from './SkillsSection';

type Values = Omit<StaffInput, 'skills'>;

const valuesOf = (record: Staff | null): Values => ({
  name: record?.name ?? '',
  role: record?.role ?? '',
  level: record?.level ?? 'new',
  startDate: record?.startDate ?? localIsoDate(new Date()),
  email: record?.email ?? '',
  phone: record?.phone ?? '',
  weeklyCapacityHours: record?.weeklyCapacityHours ?? 40,
  status: record?.status ?? 'active',
  handlesOrders: record?.handlesOrders ?? false,
  notes: record?.notes ?? '',
});

/** Add or edit a team member; for an existing one, their skills (with history) and removal too. */
export function StaffForm(props: { team: TeamData; record: Staff | null; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const { repos } = session;
  const { record } = props;
  const [removing, setRemoving] = useState(false);
  // Marked as left while still holding work: the same handover question as a removal, then saved.
  const [leaving, setLeaving] = useState<Values | null>(null);
  const form = useForm<Values>({
    initialValues: valuesOf(record),
    validate: (values) => schemaErrors(t, staffFields.omit({ skills: true }), values),
  });

  const submit = form.onSubmit(async (values) => {
    if (record && values.status === 'left' && record.status !== 'left') {
      const { duties, openOrderIds } = await holdingsOf(session, record.id);
      if (duties.length > 0 || openOrderIds.length > 0) {
        setLeaving(values);
        return;
      }
    }
    try {
      const saved = record ? await repos.staff.update(record.id, values) : await repos.staff.create(values);
      notifications.show({ color: 'green', message: t('teamArea.staff.saved', { name: saved.name }) });
      props.onClose();
    } catch (error) {
      const refusal = refusalField(error);
      if (refusal?.field) form.setFieldError(refusal.field, refusalText(t, error));
      else
        notifications.show({
          color: 'red',
          message: t('teamArea.saveFailed', { reason: refusalText(t, error) }),
        });
    }
  });

  const options = (values: readonly string[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

  return (
    <Modal
      opened
      onClose={props.onClose}
      size="lg"
      title={record ? t('teamArea.staff.editTitle', { name: record.name }) : t('teamArea.staff.newTitle')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" data-testid="staff-form">
          <SimpleGrid cols={2}>
            <TextInput label={t('team.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
            <TextInput label={t('team.role')} {...form.getInputProps('role')} />
            <Select
              label={t('team.level')}
              allowDeselect={false}
              data={options(staffLevels, 'level')}
              {...form.getInputProps('level')}
            />
            <TextInput
              type="date"
              min={EARLIEST_DATE}
              max={LATEST_DATE}
              label={t('teamArea.staff.startDate')}
              {...form.getInputProps('startDate')}
            />
            <TextInput label={t('teamArea.staff.email')} type="email" {...form.getInputProps('email')} />
            <TextInput label={t('teamArea.staff.phone')} type="tel" {...form.getInputProps('phone')} />
            <NumberInput
              label={t('team.capacity')}
              min={0}
              max={80}
              clampBehavior="none"
              allowDecimal
              {...form.getInputProps('weeklyCapacityHours')}
            />
            <Select
              label={t('team.status')}
              allowDeselect={false}
              data={options(staffStatuses, 'staffStatus')}
              {...form.getInputProps('status')}
            />
          </SimpleGrid>
          <Switch
            label={t('teamArea.staff.handlesOrders')}
            {...form.getInputProps('handlesOrders', { type: 'checkbox' })}
          />
          <Textarea label={t('teamArea.staff.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
          <FormActions
            onDelete={record ? () => setRemoving(true) : undefined}
            deleteLabel={t('teamArea.staff.remove')}
            onCancel={props.onClose}
            submitting={form.submitting}
            error={null}
            keysHint={false}
          />
        </Stack>
      </form>
      {record && (
        <>
          <Divider my="md" label={t('teamArea.staff.skills')} labelPosition="left" />
          <SkillsSection team={props.team} person={record} />
        </>
      )}
      {record && (removing || leaving) && (
        <RemoveStaffModal
          team={props.team}
          person={record}
          leaving={leaving ?? undefined}
          onClose={() => {
            setRemoving(false);
            setLeaving(null);
          }}
          onRemoved={props.onClose}
        />
      )}
    </Modal>
  );
}
