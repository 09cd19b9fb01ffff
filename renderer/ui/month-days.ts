import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

// The days a month calendar shows. Days (YYYY-MM-DD) are read as local days with dayjs, never as UTC
// midnight, so a day is never shown as the day before on a computer west of UTC.

const ISO_DAY = 'YYYY-MM-DD';

/** The month (YYYY-MM) `n` months from `month`. */
export const addMonths = (month: string, n: number) => dayjs(`${month}-01`).add(n, 'month').format('YYYY-MM');

/** The last day of a month (YYYY-MM-DD). */
export const monthEnd = (month: string) => dayjs(`${month}-01`).endOf('month').format(ISO_DAY);

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

/** A month calendar's words in the UI language, its formatters made once per language. */
export function useMonthFormats() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  return useMemo(() => {
    const month = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long' });
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short' });
    const longDay = new Intl.DateTimeFormat(locale, { dateStyle: 'full' });
    return {
      /** November 2026 (a month as YYYY-MM) */
      month: (m: string) => month.format(dayjs(`${m}-01`).toDate()),
      /** Mon (a day as YYYY-MM-DD) */
      weekday: (day: string) => weekday.format(dayjs(day).toDate()),
      /** Monday, 30 November 2026 (a day as YYYY-MM-DD) */
      longDay: (day: string) => longDay.format(dayjs(day).toDate()),
    };
  }, [locale]);
}
