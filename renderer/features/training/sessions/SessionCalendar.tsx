import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingSession } from '../../../../shared/schema/training';
import { calendarItemClass, MonthCalendar } from '../../../ui/MonthCalendar';
import { localDay, useSessionFormats } from './session-dates';
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
  const { data } = props;
  const byDay = useMemo(() => {
    const map = new Map<string, TrainingSession[]>();
    for (const s of data.sessions) {
      const day = localDay(s.start);
      map.set(day, [...(map.get(day) ?? []), s]);
    }
    return map;
  }, [data.sessions]);

  return (
    <MonthCalendar
      month={props.month}
      today={props.today}
      onMonth={props.onMonth}
      testId="sessions"
      words={{
        previous: t('trainingArea.sessions.calendar.previous'),
        next: t('trainingArea.sessions.calendar.next'),
        thisMonth: t('trainingArea.sessions.calendar.thisMonth'),
      }}
      renderDay={(day) =>
        (byDay.get(day) ?? []).map((s) => (
          <button
            key={s.id}
            type="button"
            className={calendarItemClass}
            data-session={s.id}
            title={formats.when(s.start, s.end)}
            onClick={() => props.onOpen(s)}
          >
            {formats.time(s.start)} {data.courseTitle(s.courseId) ?? t('trainingArea.sessions.courseGone')}
          </button>
        ))
      }
    />
  );
}
