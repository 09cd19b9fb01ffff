import { ActionIcon, Button, Group, Stack, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingSession } from '../../../../shared/schema/training';
import classes from './SessionCalendar.module.css';
import { addMonths, localDay, useSessionFormats, weeksOfMonth } from './session-dates';
import type { SessionsData } from './use-sessions-data';

/**
 * A month as a calendar (Monday first): each session on the day it starts, as a button with its time and
 * course that opens it.
 */
export function SessionCalendar(props: {
  data: SessionsData;
  month: string;
  today: string;
  onMonth: (month: string) => void;
  onOpen: (record: TrainingSession) => void;
}) {
  const { t } = useTranslation();
  const formats = useSessionFormats();
  const { data, month, today } = props;
  const weeks = useMemo(() => weeksOfMonth(month), [month]);
  const byDay = useMemo(() => {
    const map = new Map<string, TrainingSession[]>();
    for (const s of data.sessions) {
      const day = localDay(s.start);
      map.set(day, [...(map.get(day) ?? []), s]);
    }
    return map;
  }, [data.sessions]);

  return (
    <Stack gap="sm">
      <Group gap="xs">
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('trainingArea.sessions.calendar.previous')}
          onClick={() => props.onMonth(addMonths(month, -1))}
        >
          <IconChevronLeft size={18} />
        </ActionIcon>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('trainingArea.sessions.calendar.next')}
          onClick={() => props.onMonth(addMonths(month, 1))}
        >
          <IconChevronRight size={18} />
        </ActionIcon>
        <Button variant="default" onClick={() => props.onMonth(today.slice(0, 7))}>
          {t('trainingArea.sessions.calendar.thisMonth')}
        </Button>
        <Title order={2} size="h4" ml="xs" data-testid="sessions-month">
          {formats.month(month)}
        </Title>
      </Group>
      <table className={classes.grid} data-testid="sessions-calendar" data-month={month}>
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
                  {(byDay.get(day) ?? []).map((s) => (
                    <button
                      key={s.id}
                      type="button"
                      className={classes.session}
                      data-session={s.id}
                      title={formats.when(s.start, s.end)}
                      onClick={() => props.onOpen(s)}
                    >
                      {formats.time(s.start)}{' '}
                      {data.courseTitle(s.courseId) ?? t('trainingArea.sessions.courseGone')}
                    </button>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Stack>
  );
}
