import { Divider, NumberInput, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Staff, StaffInput } from '../../../../shared/schema/staff';
import { staffLevels, staffStatuses } from '../../../../shared/schema/staff';
import { useSession } from '../../../app/session-context';
import { holdingsOf } from '../../../db/team-commands';
import { DateField } from '../../../ui/DateField';
import { notifySaved } from '../../../ui/notify';
import { FormModal, NotesInput, useRecordForm } from '../../../ui/record-form';
import type { TeamData } from '../use-team';
import { RecognitionsSection } from './RecognitionsSection';
import { RemoveStaffModal } from './RemoveStaffModal';
import { SkillsSection } from './SkillsSection';
import { staffFormSchema, staffFormValues } from './staff-form';

/** Add or edit a team member; for an existing one, their skills (with history) and removal too. */
export function StaffForm(props: { team: TeamData; record: Staff | null; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const { record, team } = props;
  const [removing, setRemoving] = useState(false);
  // Marked as left while still holding work: the same handover question as a removal, then saved.
  const [leaving, setLeaving] = useState<Partial<StaffInput> | null>(null);
  // The version this form edits: as opened, then as each skill change below it saved the person. Saved
  // over it, so a change made elsewhere meanwhile (another window, an import) is refused, not overwritten.
  const [seen, setSeen] = useState<Staff | null>(record);

  const person = useRecordForm(staffFormSchema, {
    initial: staffFormValues(record),
    write: async (input) => {
      if (seen && input.status === 'left' && seen.status !== 'left') {
        const { duties, openOrderIds } = await holdingsOf(session, seen.id);
        if (duties.length > 0 || openOrderIds.length > 0) {
          setLeaving(input);
          return undefined; // the handover dialog saves it
        }
      }
      return session.repos.staff.save(input, seen ?? undefined);
    },
    onSaved: (saved) => {
      notifySaved(t('teamArea.staff.saved', { name: saved.name }));
      props.onClose();
    },
  });
  const { field } = person;
  const options = (values: readonly string[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

  return (
    <FormModal
      record={person}
      testId="staff-form"
      onClose={props.onClose}
      title={record ? t('teamArea.staff.editTitle', { name: record.name }) : t('teamArea.staff.newTitle')}
      onDelete={record ? () => setRemoving(true) : undefined}
      deleteLabel={t('teamArea.staff.remove')}
      childOpen={removing || leaving !== null}
      below={
        <>
          {record && (
            <>
              <Divider my="md" label={t('teamArea.staff.skills')} labelPosition="left" />
              <SkillsSection team={team} person={record} onChanged={setSeen} />
              <Divider my="md" label={t('teamArea.staff.recognitions.title')} labelPosition="left" />
              <RecognitionsSection staffId={record.id} />
            </>
          )}
          {seen && (removing || leaving) && (
            <RemoveStaffModal
              team={team}
              person={seen}
              leaving={leaving ?? undefined}
              onClose={() => {
                setRemoving(false);
                setLeaving(null);
              }}
              onRemoved={props.onClose}
            />
          )}
        </>
      }
    >
      <SimpleGrid cols={2}>
        <TextInput label={t('team.name')} withAsterisk data-autofocus {...field('name')} />
        <TextInput label={t('team.role')} {...field('role')} />
        <Select
          label={t('team.level')}
          allowDeselect={false}
          data={options(staffLevels, 'level')}
          {...field('level')}
        />
        <DateField label={t('teamArea.staff.startDate')} {...field('startDate')} />
        <TextInput label={t('teamArea.staff.email')} type="email" {...field('email')} />
        <TextInput label={t('teamArea.staff.phone')} type="tel" {...field('phone')} />
        <NumberInput
          label={t('team.capacity')}
          min={0}
          max={80}
          // Out-of-range hours are shown as typed and refused on the field, not silently clamped.
          clampBehavior="none"
          allowDecimal
          {...field('weeklyCapacityHours')}
        />
        <Select
          label={t('team.status')}
          allowDeselect={false}
          data={options(staffStatuses, 'staffStatus')}
          {...field('status')}
        />
      </SimpleGrid>
      <Switch label={t('teamArea.staff.handlesOrders')} {...field('handlesOrders', { type: 'checkbox' })} />
      <NotesInput label={t('teamArea.staff.notes')} {...field('notes')} />
    </FormModal>
  );
}
