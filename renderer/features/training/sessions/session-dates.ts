import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingSession } from '../../../../shared/schema/training';

// A session's start and end are moments, stored as UTC ISO text; people read and type them as the day and
// time on this computer's clock. Days (YYYY-MM-DD) are read as local days with dayjs, never as UTC midnight.

const ISO_DAY = 'YYYY-MM-DD';

export const uiLocale = (language: string) => (language === 'zh-CN' ? 'zh-CN' : 'en');

/** The local day (YYYY-MM-DD) a moment falls on. */
export const localDay = (iso: string) => dayjs(iso).format(ISO_DAY);

/** The month (YYYY-MM) `n` months from `month`. */
export const addMonths = (month: string, n: number) => dayjs(`${month}-01`).add(n, 'month').format('YYYY-MM');

/** The weeks (Monday first) that show a month: seven days each, with the days of the months around it. */
export function weeksOfMonth(month: string): { day: string; inMonth: boolean }[][] {
  const first = dayjs(`${month}-01`);
  // dayjs counts Sunday as 0: Monday-first, the month's first day is this many days into its week.
  const lead = (first.day() + 6) % 7;
  const start = first.subtract(lead, 'day');
  const count = Math.ceil((lead + first.daysInMonth()) / 7) * 7;
  const days = Array.from({ length: count }, (_, i) => {
    const d = start.add(i, 'day');
    return { day: d.format(ISO_DAY), inMonth: d.month() === first.month() };
  });
  return Array.from({ length: count / 7 }, (_, w) => days.slice(w * 7, w * 7 + 7));
}

/**
 * Sessions not yet over (soonest first), then the ones that are (latest first): what is coming is what a
 * manager prepares; the past is looked up for attendance.
 */
export function splitSessions(sessions: readonly TrainingSession[], now: number) {
  const upcoming = sessions.filter((s) => Date.parse(s.end) > now);
  const past = sessions.filter((s) => Date.parse(s.end) <= now);
  const byStart = (a: TrainingSession, b: TrainingSession) => Date.parse(a.start) - Date.parse(b.start);
  return { upcoming: [...upcoming].sort(byStart), past: [...past].sort((a, b) => byStart(b, a)) };
}

/** Formatters for sessions in the UI language, made once per language (Intl formatters are costly). */
export function useSessionFormats() {
  const { i18n } = useTranslation();
  const locale = uiLocale(i18n.language);
  return useMemo(() => {
    const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
    const month = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long' });
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short' });
    const longDay = new Intl.DateTimeFormat(locale, { dateStyle: 'full' });
    return {
      /** 28 Nov 2026, 09:00 – 11:00 (the end's day said only when it differs). */
      when: (start: string, end: string) => moment.formatRange(new Date(start), new Date(end)),
      /** 09:00 */
      time: (iso: string) => time.format(new Date(iso)),
      /** November 2026 (a month as YYYY-MM) */
      month: (m: string) => month.format(dayjs(`${m}-01`).toDate()),
      /** Mon (a day as YYYY-MM-DD) */
      weekday: (day: string) => weekday.format(dayjs(day).toDate()),
      /** Monday, 30 November 2026 (a day as YYYY-MM-DD) */
      longDay: (day: string) => longDay.format(dayjs(day).toDate()),
    };
  }, [locale]);
}
