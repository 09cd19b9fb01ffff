import { ActionIcon, Button, Group, Stack, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { type ReactNode, useMemo } from 'react';
import classes from './MonthCalendar.module.css';
import { addMonths, useMonthFormats, weeksOfMonth } from './month-days';

/** The class of an entry shown in a day (a button that opens it). */
export const calendarItemClass = classes.item;

/**
 * A month as a calendar (Monday first) under its navigation (previous, next, this month, the month's
 * name as a heading); each day shows what `renderDay` gives it. Test ids are `<testId>-calendar`,
 * `-month`, `-previous`, `-next` and `-this-month`.
 */
export function MonthCalendar(props: {
  month: string;
  today: string;
  onMonth: (month: string) => void;
  words: { previous: string; next: string; thisMonth: string; calendar?: string };
  testId: string;
  /** What stands at the right of the navigation (e.g. the button that adds an entry). */
  action?: ReactNode;
  renderDay: (day: string) => ReactNode;
}) {
  const formats = useMonthFormats();
  const { month, today, words, testId } = props;
  const weeks = useMemo(() => weeksOfMonth(month), [month]);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Group gap="xs">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={words.previous}
            onClick={() => props.onMonth(addMonths(month, -1))}
            data-testid={`${testId}-previous`}
          >
            <IconChevronLeft size={18} />
          </ActionIcon>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={words.next}
            onClick={() => props.onMonth(addMonths(month, 1))}
            data-testid={`${testId}-next`}
          >
            <IconChevronRight size={18} />
          </ActionIcon>
          <Button
            variant="default"
            onClick={() => props.onMonth(today.slice(0, 7))}
            data-testid={`${testId}-this-month`}
          >
            {words.thisMonth}
          </Button>
          <Title order={2} size="h4" ml="xs" data-testid={`${testId}-month`}>
            {formats.month(month)}
          </Title>
        </Group>
        {props.action}
      </Group>
      <table
        className={classes.grid}
        aria-label={words.calendar}
        data-testid={`${testId}-calendar`}
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
                  {props.renderDay(day)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Stack>
  );
}
