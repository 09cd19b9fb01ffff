import { Anchor, Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionStatus, Meeting } from '../../../../shared/schema/meeting';
import { useSession } from '../../../app/session-context';
import { setActionStatus } from '../../../db/meeting-commands';
import {
  type ActionRow,
  loadMeetingToEdit,
  loadOpenActions,
  loadPersonActions,
} from '../../../db/meeting-queries';
import { formatDay } from '../../../i18n/format';
import { EmptyState } from '../../../ui/EmptyState';
import { notifyFailed, notifySaved } from '../../../ui/notify';
import { failureText } from '../../../ui/refusal-text';
import { TableHead } from '../../../ui/TableHead';
import { useToday } from '../../../ui/use-today';
import { MeetingForm } from './MeetingForm';
import { type MeetingFormValues, meetingFormValues, meetingValues } from './meeting-form';
import { peopleOptions, usePeople } from './use-meetings-data';

const EVERYONE = 'everyone';

/**
 * Action items: everyone's open ones, or one person's ("my actions": open first, overdue in red, then the
 * ones closed). Each is marked done (today) or cancelled here, and links back to the meeting it came from.
 */
export function ActionsTab() {
  const { t } = useTranslation();
  const session = useSession();
  const today = useToday();
  const people = usePeople();
  const [who, setWho] = useState<string>(EVERYONE);
  const [meeting, setMeeting] = useState<{ initial: MeetingFormValues; record: Meeting } | null>(null);
  const rows = useLiveQuery(
    () => (who === EVERYONE ? loadOpenActions(session.db) : loadPersonActions(session.db, who)),
    [session.db, who],
  );
  if (!people || !rows) return null;
  const p = 'routinesArea.actions';

  const change = async (row: ActionRow, status: ActionStatus) => {
    try {
      await setActionStatus(session, row.item.id, status);
      notifySaved(t(`${p}.marked.${status}`, { title: row.item.title }));
    } catch (error) {
      notifyFailed(failureText(t, error));
    }
  };
  const openMeeting = async (id: string) => {
    const loaded = await loadMeetingToEdit(session.db, id);
    if (!loaded) return notifyFailed(t('routinesArea.meetings.gone'));
    setMeeting({
      initial: meetingFormValues(meetingValues(loaded.meeting, today), loaded.actions),
      record: loaded.meeting,
    });
  };
  const everyone = who === EVERYONE;
  const overdue = rows.filter((r) => r.item.status === 'open' && r.item.due < today).length;

  return (
    <Stack gap="md" data-testid="actions-tab">
      <Group justify="space-between" align="flex-end">
        <Select
          label={t(`${p}.whose`)}
          data={[{ value: EVERYONE, label: t(`${p}.everyone`) }, ...peopleOptions(people.staff, [who])]}
          value={who}
          onChange={(v) => setWho(v ?? EVERYONE)}
          allowDeselect={false}
          searchable
          w={260}
          data-testid="actions-whose"
        />
        {overdue > 0 && (
          <Text size="sm" c="red.8" fw={700} data-testid="actions-overdue">
            {t(`${p}.overdueCount`, { count: overdue })}
          </Text>
        )}
      </Group>
      {rows.length === 0 ? (
        <EmptyState
          icon={IconChecklist}
          title={t(everyone ? `${p}.empty.title` : `${p}.empty.personTitle`, { name: people.nameOf(who) })}
          body={t(`${p}.empty.body`)}
          testId="actions-empty"
        />
      ) : (
        <Paper
          withBorder
          p="md"
          radius="md"
          component="section"
          aria-label={t(everyone ? `${p}.open` : `${p}.of`, { name: people.nameOf(who) })}
        >
          <Title order={2} size="h4" mb="xs">
            {t(everyone ? `${p}.open` : `${p}.of`, { name: people.nameOf(who) })}
          </Title>
          <Table.ScrollContainer minWidth={700}>
            <Table verticalSpacing="xs" data-testid="actions-table">
              <TableHead
                columns={[
                  t(`${p}.item`),
                  t(`${p}.owner`),
                  t(`${p}.due`),
                  t(`${p}.source`),
                  t(`${p}.status`),
                  { ariaLabel: t(`${p}.buttons`) },
                ]}
              />
              <Table.Tbody>
                {rows.map((row) => {
                  const { item } = row;
                  const late = item.status === 'open' && item.due < today;
                  return (
                    <Table.Tr key={item.id} data-testid="action-item" data-overdue={late || undefined}>
                      <Table.Td>{item.title}</Table.Td>
                      <Table.Td>{people.nameOf(item.ownerId)}</Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Text size="sm" c={late ? 'red.8' : undefined} fw={late ? 700 : undefined}>
                            {formatDay(item.due)}
                          </Text>
                          {late && (
                            <Badge
                              size="xs"
                              color="red"
                              variant="light"
                              style={{ minWidth: 'max-content' }}
                              data-testid="action-overdue"
                            >
                              {t(`${p}.overdue`)}
                            </Badge>
                          )}
                          {item.status === 'open' && item.due === today && (
                            <Badge
                              size="xs"
                              color="orange"
                              variant="light"
                              style={{ minWidth: 'max-content' }}
                            >
                              {t(`${p}.today`)}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        {row.meeting ? (
                          <Anchor
                            component="button"
                            type="button"
                            size="sm"
                            onClick={() => void openMeeting(row.meeting?.id as string)}
                            data-testid="action-meeting"
                          >
                            {t(`${p}.fromMeeting`, {
                              title: row.meeting.title,
                              date: formatDay(row.meeting.date),
                            })}
                          </Anchor>
                        ) : item.source ? (
                          // Not from a meeting still here: say where it came from (a PDCA cycle's task…).
                          t(`${p}.fromKind.${item.source}`)
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                      <Table.Td>
                        {t(`routinesArea.meetings.status.${item.status}`)}
                        {item.doneOn ? ` · ${formatDay(item.doneOn)}` : ''}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap" justify="flex-end">
                          {item.status === 'open' ? (
                            <>
                              <Button
                                size="compact-sm"
                                variant="light"
                                color="green"
                                onClick={() => void change(row, 'done')}
                                aria-label={t(`${p}.doneOf`, { title: item.title })}
                                data-testid="action-done"
                              >
                                {t(`${p}.done`)}
                              </Button>
                              <Button
                                size="compact-sm"
                                variant="subtle"
                                color="gray"
                                onClick={() => void change(row, 'cancelled')}
                                aria-label={t(`${p}.cancelOf`, { title: item.title })}
                                data-testid="action-cancel"
                              >
                                {t(`${p}.cancel`)}
                              </Button>
                            </>
                          ) : (
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              onClick={() => void change(row, 'open')}
                              aria-label={t(`${p}.reopenOf`, { title: item.title })}
                              data-testid="action-reopen"
                            >
                              {t(`${p}.reopen`)}
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {meeting && (
        <MeetingForm
          initial={meeting.initial}
          record={meeting.record}
          staff={people.staff}
          nameOf={people.nameOf}
          onClose={() => setMeeting(null)}
        />
      )}
    </Stack>
  );
}
