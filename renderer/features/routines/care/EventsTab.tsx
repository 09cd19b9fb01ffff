import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamEvent } from '../../../../shared/schema/care';
import { useSession } from '../../../app/session-context';
import { eventsBetween, loadTeamEvents } from '../../../db/care-queries';
import { loadStaff } from '../../../db/team-queries';
import { formatDay } from '../../../i18n/format';
import { calendarItemClass, MonthCalendar } from '../../../ui/MonthCalendar';
import { monthEnd, useMonthFormats, weeksOfMonth } from '../../../ui/month-days';
import { useToday } from '../../../ui/use-today';
import { EventForm } from './EventForm';
import { onDay } from './event-form';
import { RowActions } from './RowActions';
import { useUndoableRemove } from './use-undoable-remove';

/**
 * Team events (health checks, team building, dinners, competitions, festivals, birthdays, training days):
 * a month's calendar (Monday first; an event over several days on each of its days) and the month's list,
 * each event opening its form.
 */
export function EventsTab() {
  const { t } = useTranslation();
  const { db } = useSession();
  const today = useToday();
  const formats = useMonthFormats();
  const [month, setMonth] = useState(today.slice(0, 7));
  const events = useLiveQuery(() => loadTeamEvents(db), [db]);
  const staff = useLiveQuery(() => loadStaff(db), [db]);
  const [draft, setDraft] = useState<{ record?: TeamEvent; day: string } | null>(null);
  const { remove: removeEvent, modal: confirmModal } = useUndoableRemove<TeamEvent>('events', (e) => ({
    title: e.title,
  }));
  const weeks = useMemo(() => weeksOfMonth(month), [month]);
  if (!events || !staff) return null;
  const first = weeks[0]?.[0]?.day ?? `${month}-01`;
  const last = weeks.at(-1)?.at(-1)?.day ?? monthEnd(month);
  const shown = eventsBetween(events, first, last);
  const listed = eventsBetween(events, `${month}-01`, monthEnd(month));
  const names = new Map(staff.map((s) => [s.id, s.name]));
  const monthName = formats.month(month);

  const remove = (event: TeamEvent) => {
    setDraft(null);
    removeEvent(event);
  };

  return (
    <Stack gap="md" data-testid="events-tab">
      {confirmModal}
      <MonthCalendar
        month={month}
        today={today}
        onMonth={setMonth}
        testId="events"
        words={{
          previous: t('routinesArea.events.previous'),
          next: t('routinesArea.events.next'),
          thisMonth: t('routinesArea.events.thisMonth'),
          calendar: t('routinesArea.events.calendarLabel', { month: monthName }),
        }}
        action={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setDraft({ day: month === today.slice(0, 7) ? today : `${month}-01` })}
            data-testid="new-event"
          >
            {t('routinesArea.events.add')}
          </Button>
        }
        renderDay={(day) =>
          shown
            .filter((e) => onDay(e, day))
            .map((e) => (
              <button
                key={e.id}
                type="button"
                className={calendarItemClass}
                data-event={e.id}
                // Named by what it shows (its time and title), then its day: a voice command says what is seen.
                aria-label={t('routinesArea.events.open', {
                  title: e.time ? `${e.time} ${e.title}` : e.title,
                  date: formats.longDay(day),
                })}
                title={e.title}
                onClick={() => setDraft({ record: e, day })}
              >
                {e.time ? `${e.time} ` : ''}
                {e.title}
              </button>
            ))
        }
      />
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="xs">
          {t('routinesArea.events.listTitle', { month: monthName })}
        </Title>
        {listed.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="events-empty">
            {t('routinesArea.events.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table data-testid="events-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('routinesArea.events.col.date')}</Table.Th>
                  <Table.Th>{t('routinesArea.events.col.time')}</Table.Th>
                  <Table.Th>{t('routinesArea.events.col.title')}</Table.Th>
                  <Table.Th>{t('routinesArea.events.col.kind')}</Table.Th>
                  <Table.Th>{t('routinesArea.events.col.place')}</Table.Th>
                  <Table.Th>{t('routinesArea.events.col.participants')}</Table.Th>
                  <Table.Th>{t('routinesArea.events.col.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {listed.map((e) => (
                  <Table.Tr key={e.id} data-testid="event-row" data-event={e.id}>
                    <Table.Td>
                      {e.endDate && e.endDate !== e.date
                        ? `${formatDay(e.date)} – ${formatDay(e.endDate)}`
                        : formatDay(e.date)}
                    </Table.Td>
                    <Table.Td>{e.time ?? ''}</Table.Td>
                    <Table.Td>{e.title}</Table.Td>
                    <Table.Td>{t(`routinesArea.events.kind.${e.kind}`)}</Table.Td>
                    <Table.Td>{e.place}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {e.participants.length === 0
                          ? t('routinesArea.events.everyone')
                          : e.participants.map((id) => names.get(id) ?? '—').join(', ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <RowActions
                        kind="event"
                        editLabel={t('routinesArea.events.edit', { title: e.title })}
                        deleteLabel={t('routinesArea.events.delete', { title: e.title })}
                        onEdit={() => setDraft({ record: e, day: e.date })}
                        onDelete={() => remove(e)}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      {draft && (
        <EventForm record={draft.record} day={draft.day} onClose={() => setDraft(null)} onDelete={remove} />
      )}
    </Stack>
  );
}
