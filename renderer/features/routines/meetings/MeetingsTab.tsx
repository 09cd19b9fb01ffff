import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconCalendarRepeat, IconPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../shared/rules/local-date';
import type { Meeting, MeetingSchedule } from '../../../../shared/schema/meeting';
import { useSession } from '../../../app/session-context';
import { removeMeeting, removeSchedule, restoreMeeting, restoreSchedule } from '../../../db/meeting-commands';
import { loadMeetingToEdit } from '../../../db/meeting-queries';
import { formatDay, formatList } from '../../../i18n/format';
import { EmptyState } from '../../../ui/EmptyState';
import { notifyFailed, notifyUndo } from '../../../ui/notify';
import { TableHead } from '../../../ui/TableHead';
import { useConfirmDelete } from '../../../ui/use-confirm-delete';
import { useToday } from '../../../ui/use-today';
import { MeetingForm } from './MeetingForm';
import { heldFrom, type MeetingFormValues, meetingFormValues, meetingValues } from './meeting-form';
import { OneOnOnesDialog } from './OneOnOnesDialog';
import { ScheduleForm } from './ScheduleForm';
import { type MeetingsData, useMeetingsData } from './use-meetings-data';

/** A meeting being written: a new one (perhaps held on a schedule's occurrence) or one being edited. */
interface Draft {
  initial: MeetingFormValues;
  record?: Meeting;
}

const whenOf = (date: string, time: string | null) => (time ? `${formatDay(date)} ${time}` : formatDay(date));

/**
 * Meetings and one-on-ones: the recurring schedules with the next meeting each owes (held in one click,
 * the form filled from the schedule), and every meeting, the latest first, each opening to its notes and
 * action items.
 */
export function MeetingsTab() {
  const { t } = useTranslation();
  const session = useSession();
  const confirm = useConfirmDelete();
  const today = useToday();
  const data = useMeetingsData(today);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [schedule, setSchedule] = useState<{ record?: MeetingSchedule } | null>(null);
  const [everyone, setEveryone] = useState(false);
  if (!data) return null;
  const p = 'routinesArea.meetings';

  const open = async (meeting: Meeting) => {
    const loaded = await loadMeetingToEdit(session.db, meeting.id);
    if (!loaded) return notifyFailed(t(`${p}.gone`));
    setDraft({
      initial: meetingFormValues(meetingValues(loaded.meeting, today), loaded.actions),
      record: loaded.meeting,
    });
  };
  const hold = (s: MeetingSchedule, date: string) =>
    setDraft({ initial: meetingFormValues(heldFrom(s, date), []) });
  const deleteMeeting = async (record: Meeting) => {
    setDraft(null);
    const items = await removeMeeting(session, record.id);
    notifyUndo({
      key: record.id,
      message: t(`${p}.removed`, { title: record.title }),
      undoLabel: t(`${p}.undo`),
      undo: () => void restoreMeeting(session, record.id, items),
    });
  };
  const deleteSchedule = async (record: MeetingSchedule) => {
    setSchedule(null);
    await removeSchedule(session, record.id);
    notifyUndo({
      key: record.id,
      message: t(`${p}.schedules.removed`, { title: record.title }),
      undoLabel: t(`${p}.undo`),
      undo: () => void restoreSchedule(session, record.id),
    });
  };

  return (
    <Stack gap="md" data-testid="meetings-tab">
      {confirm.modal}
      <Group justify="flex-end" gap="sm">
        <Button
          variant="default"
          leftSection={<IconUsers size={16} />}
          onClick={() => setEveryone(true)}
          data-testid="one-on-ones-everyone"
        >
          {t(`${p}.everyone.open`)}
        </Button>
        <Button
          variant="default"
          leftSection={<IconCalendarRepeat size={16} />}
          onClick={() => setSchedule({})}
          data-testid="new-schedule"
        >
          {t(`${p}.schedules.new`)}
        </Button>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => setDraft({ initial: meetingFormValues(meetingValues(undefined, today), []) })}
          data-testid="new-meeting"
        >
          {t(`${p}.new`)}
        </Button>
      </Group>
      <Schedules data={data} today={today} onHold={hold} onEdit={(record) => setSchedule({ record })} />
      <MeetingList
        data={data}
        today={today}
        onOpen={(m) => void open(m)}
        onNew={() => setDraft({ initial: meetingFormValues(meetingValues(undefined, today), []) })}
      />
      {draft && (
        <MeetingForm
          initial={draft.initial}
          record={draft.record}
          staff={data.staff}
          nameOf={data.nameOf}
          onClose={() => setDraft(null)}
          onDelete={(record) => confirm.ask(record.title, () => void deleteMeeting(record))}
          childOpen={confirm.open}
        />
      )}
      {schedule && (
        <ScheduleForm
          record={schedule.record}
          today={today}
          staff={data.staff}
          onClose={() => setSchedule(null)}
          onDelete={(record) => confirm.ask(record.title, () => void deleteSchedule(record))}
          childOpen={confirm.open}
        />
      )}
      {everyone && <OneOnOnesDialog firstDate={addDays(today, 1)} onClose={() => setEveryone(false)} />}
    </Stack>
  );
}

function Schedules(props: {
  data: MeetingsData;
  today: string;
  onHold: (schedule: MeetingSchedule, date: string) => void;
  onEdit: (schedule: MeetingSchedule) => void;
}) {
  const { t } = useTranslation();
  const p = 'routinesArea.meetings';
  const { schedules, nameOf } = props.data;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t(`${p}.schedules.title`)}>
      <Title order={2} size="h4" mb="xs">
        {t(`${p}.schedules.title`)}
      </Title>
      {schedules.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="schedules-empty">
          {t(`${p}.schedules.empty`)}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table verticalSpacing="xs" data-testid="schedules-table">
            <TableHead
              columns={[
                t(`${p}.fields.title`),
                t(`${p}.schedules.cadence`),
                t(`${p}.schedules.next`),
                t(`${p}.schedules.missed`),
                t(`${p}.fields.attendees`),
                { ariaLabel: t(`${p}.list.actions`) },
              ]}
            />
            <Table.Tbody>
              {schedules.map(({ schedule, owed }) => (
                <Table.Tr
                  key={schedule.id}
                  data-testid="schedule-row"
                  c={schedule.active ? undefined : 'dimmed'}
                >
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {schedule.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`${p}.kind.${schedule.kind}`)}
                      {schedule.active ? '' : ` · ${t(`${p}.schedules.paused`)}`}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`${p}.cadence.${schedule.cadence}`)}</Table.Td>
                  <Table.Td data-testid="schedule-next">
                    {owed.next ? whenOf(owed.next, schedule.time) : t(`${p}.schedules.ended`)}
                  </Table.Td>
                  <Table.Td data-testid="schedule-missed">
                    {owed.missedCount > 0 ? (
                      <Text size="sm" c="orange" title={formatList(owed.missed.map((d) => formatDay(d)))}>
                        {t(`${p}.schedules.missedCount`, { count: owed.missedCount })}
                      </Text>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {formatList(schedule.attendees.map(nameOf))}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      {owed.next && schedule.active && (
                        <Button
                          size="compact-sm"
                          variant="light"
                          onClick={() => props.onHold(schedule, owed.next as string)}
                          aria-label={t(`${p}.schedules.holdOf`, {
                            title: schedule.title,
                            when: formatDay(owed.next),
                          })}
                          data-testid="schedule-hold"
                        >
                          {t(`${p}.schedules.hold`)}
                        </Button>
                      )}
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        onClick={() => props.onEdit(schedule)}
                        aria-label={t(`${p}.schedules.editOf`, { title: schedule.title })}
                        data-testid="schedule-edit"
                      >
                        {t(`${p}.list.edit`)}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function MeetingList(props: {
  data: MeetingsData;
  today: string;
  onOpen: (m: Meeting) => void;
  onNew: () => void;
}) {
  const { t } = useTranslation();
  const p = 'routinesArea.meetings';
  const { meetings, nameOf } = props.data;
  if (meetings.length === 0)
    return (
      <EmptyState
        icon={IconUsers}
        title={t(`${p}.empty.title`)}
        body={t(`${p}.empty.body`)}
        action={{ label: t(`${p}.new`), onClick: props.onNew }}
        testId="meetings-empty"
      />
    );
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t(`${p}.list.title`)}>
      <Title order={2} size="h4" mb="xs">
        {t(`${p}.list.title`)}
      </Title>
      <Table.ScrollContainer minWidth={700}>
        <Table verticalSpacing="xs" highlightOnHover data-testid="meetings-table">
          <TableHead
            columns={[
              t(`${p}.list.when`),
              t(`${p}.fields.kind`),
              t(`${p}.fields.title`),
              t(`${p}.fields.attendees`),
              { ariaLabel: t(`${p}.list.actions`) },
            ]}
          />
          <Table.Tbody>
            {meetings.map((m) => (
              <Table.Tr key={m.id} data-testid="meeting-row">
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm">{whenOf(m.date, m.time)}</Text>
                    {m.date >= props.today && (
                      <Badge size="xs" variant="light" style={{ minWidth: 'max-content' }}>
                        {t(`${p}.list.upcoming`)}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Badge
                    size="sm"
                    variant="outline"
                    color={m.kind === 'one_on_one' ? 'grape' : 'blue'}
                    style={{ minWidth: 'max-content' }}
                  >
                    {t(`${p}.kind.${m.kind}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{m.title}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {formatList(m.attendees.map(nameOf))}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() => props.onOpen(m)}
                    aria-label={t(`${p}.list.openOf`, { title: m.title, when: formatDay(m.date) })}
                    data-testid="meeting-open"
                  >
                    {t(`${p}.list.open`)}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
