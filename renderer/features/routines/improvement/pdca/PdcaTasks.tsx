import { Group, Paper, Select, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { actionItemFields } from '../../../../../shared/schema/meeting';
import type { PdcaCycle } from '../../../../../shared/schema/pdca';
import type { Staff } from '../../../../../shared/schema/staff';
import { useSession } from '../../../../app/session-context';
import { addPdcaTask, setPdcaTaskStatus } from '../../../../db/pdca-commands';
import type { PdcaTask } from '../../../../db/pdca-queries';
import { formatDay } from '../../../../i18n/format';
import { DateField } from '../../../../ui/DateField';
import { notifyFailed, notifySaved } from '../../../../ui/notify';
import { FormActions, RecordForm, useRecordForm } from '../../../../ui/record-form';
import { useFailureText } from '../../../../ui/refusal-text';

// Do: the cycle's tasks — action items from the cycle, each with an owner and a due day (they also show
// among everyone's actions) — marked done or cancelled here, and a line to add one.

const taskSchema = actionItemFields.pick({ title: true, ownerId: true, due: true });

export function PdcaTasks(props: {
  cycle: PdcaCycle;
  tasks: readonly PdcaTask[];
  staff: readonly Staff[];
  today: string;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const failure = useFailureText();
  const closed = props.cycle.phase === 'closed';
  const record = useRecordForm(taskSchema, {
    initial: { title: '', ownerId: '', due: props.today },
    write: (input) => addPdcaTask(session, props.cycle.id, input),
    onSaved: (saved) => {
      notifySaved(t('routinesArea.pdca.tasks.added', { title: saved.title }));
      record.form.setValues({ title: '', ownerId: saved.ownerId, due: saved.due });
      record.form.resetDirty();
    },
  });
  const setStatus = async (task: PdcaTask, status: 'open' | 'done' | 'cancelled') => {
    try {
      await setPdcaTaskStatus(session, props.cycle.id, task.item.id, status, props.today);
    } catch (error) {
      notifyFailed(failure(error));
    }
  };
  return (
    <Paper withBorder p="md" radius="md" data-testid="pdca-do">
      <Title order={3} size="h5" mb="xs">
        {t('routinesArea.pdca.phase.do')}
      </Title>
      {props.tasks.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm" data-testid="pdca-no-tasks">
          {t('routinesArea.pdca.tasks.none')}
        </Text>
      ) : (
        <Table mb="sm" data-testid="pdca-tasks">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('routinesArea.pdca.tasks.task')}</Table.Th>
              <Table.Th>{t('routinesArea.pdca.tasks.owner')}</Table.Th>
              <Table.Th>{t('routinesArea.pdca.tasks.due')}</Table.Th>
              <Table.Th>{t('routinesArea.pdca.tasks.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.tasks.map((task) => (
              <Table.Tr key={task.item.id} data-testid="pdca-task-row" data-status={task.item.status}>
                <Table.Td>{task.item.title}</Table.Td>
                <Table.Td>{task.ownerName ?? t('routinesArea.sops.unknownPerson')}</Table.Td>
                <Table.Td>{formatDay(task.item.due)}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('routinesArea.pdca.tasks.statusOf', { title: task.item.title })}
                    size="xs"
                    w={150}
                    allowDeselect={false}
                    disabled={closed}
                    data={(['open', 'done', 'cancelled'] as const).map((s) => ({
                      value: s,
                      label: t(`routinesArea.pdca.tasks.${s}`),
                    }))}
                    value={task.item.status}
                    onChange={(v) => v && setStatus(task, v as 'open' | 'done' | 'cancelled')}
                    data-testid="pdca-task-status"
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {!closed && (
        <RecordForm record={record} testId="pdca-task-form">
          <Group align="flex-start" gap="sm">
            <TextInput
              label={t('routinesArea.pdca.tasks.task')}
              withAsterisk
              style={{ flex: 2 }}
              {...record.field('title')}
              data-testid="pdca-task-title"
            />
            <Select
              label={t('routinesArea.pdca.tasks.owner')}
              withAsterisk
              searchable
              style={{ flex: 1 }}
              data={props.staff
                .filter((s) => s.status !== 'left')
                .map((s) => ({ value: s.id, label: s.name }))}
              {...record.field('ownerId')}
              data-testid="pdca-task-owner"
            />
            <DateField
              label={t('routinesArea.pdca.tasks.due')}
              withAsterisk
              style={{ flex: 1 }}
              {...record.field('due')}
              data-testid="pdca-task-due"
            />
          </Group>
          <FormActions
            submitting={record.busy}
            error={record.error}
            keysHint={false}
            saveLabel={t('routinesArea.pdca.tasks.add')}
            saveTestId="pdca-task-add"
          />
        </RecordForm>
      )}
    </Paper>
  );
}
