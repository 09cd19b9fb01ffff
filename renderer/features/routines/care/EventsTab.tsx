import { ActionIcon, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamEvent } from '../../../../shared/schema/care';
import { useSession } from '../../../app/session-context';
import { eventsBetween, loadTeamEvents } from '../../../db/care-queries';
import { loadStaff } from '../../../db/team-queries';
import { formatDay } from '../../../i18n/format';
import { useToday } from '../../../ui/use-today';
import classes from './care.module.css';
import { useCareFormats } from './care-formats';
import { EventForm } from './EventForm';
import { addMonths, monthEnd, onDay, weeksOfMonth } from './event-form';
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
  const formats = useCareFormats();
  const [month, setMonth] = useState(today.slice(0, 7));
  const events = useLiveQuery(() => loadTeamEvents(db), [db]);
  const staff = useLiveQuery(() => loadStaff(db), [db]);
  const [draft, setDraft] = useState<{ record?: TeamEvent; day: string } | null>(null);
  const removeEvent = useUndoableRemove<TeamEvent>('events', (e) => ({ title: e.title }));
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
    void removeEvent(event);
  };

  return (
    <Stack gap="md" data-testid="events-tab">
      <Group justify="space-between">
        <Group gap="xs">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('routinesArea.events.previous')}
            onClick={() => setMonth(addMonths(month, -1))}
            data-testid="events-previous"
          >
            <IconChevronLeft size={18} />
          </ActionIcon>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('routinesArea.events.next')}
            onClick={() => setMonth(addMonths(month, 1))}
            data-testid="events-next"
          >
            <IconChevronRight size={18} />
          </ActionIcon>
          <Button
            variant="default"
            onClick={() => setMonth(today.slice(0, 7))}
            data-testid="events-this-month"
          >
            {t('routinesArea.events.thisMonth')}
          </Button>
          <Title order={2} size="h4" ml="xs" data-testid="events-month">
            {monthName}
          </Title>
        </Group>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => setDraft({ day: month === today.slice(0, 7) ? today : `${month}-01` })}
          data-testid="new-event"
        >
          {t('routinesArea.events.add')}
        </Button>
      </Group>
      <table
        className={classes.grid}
        aria-label={t('routinesArea.events.calendarLabel', { month: monthName })}
        data-testid="events-calendar"
        data-month={month}
      >
        <thead>
          <tr>
            {weeks[0]?.map(({ day }) => (
              <th key={day} scope="col">
                {formats.weekday(day)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.day}>
              {week.map(({ day, inMonth }) => (
                <td
                  key={day}
                  data-date={day}
                  className={[classes.day, !inMonth && classes.outside, day === today && classes.today]
                    .filter(Boolean)
                    .join(' ')}
                >
                  <div className={classes.number} title={formats.longDay(day)}>
                    {Number(day.slice(8))}
                  </div>
                  {shown
                    .filter((e) => onDay(e, day))
                    .map((e) => (
                      <button
                        key={e.id}
                        type="button"
                        className={classes.event}
                        data-event={e.id}
                        aria-label={t('routinesArea.events.open', {
                          title: e.title,
                          date: formats.longDay(day),
                        })}
                        title={e.title}
                        onClick={() => setDraft({ record: e, day })}
                      >
                        {e.time ? `${e.time} ` : ''}
                        {e.title}
                      </button>
                    ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
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
