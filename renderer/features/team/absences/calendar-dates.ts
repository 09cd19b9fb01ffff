import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { daysOf } from '../../../../shared/rules/coverage';

// Absences are whole calendar days (YYYY-MM-DD) in the office's calendar, not moments. They are parsed as
// local midnight (dayjs), never with `new Date('YYYY-MM-DD')` (UTC), so a day is never shown as the day
// before on a computer west of UTC.

const ISO_DAY = 'YYYY-MM-DD';
const DAY_MS = 86_400_000;

export const uiLocale = (language: string) => (language === 'zh-CN' ? 'zh-CN' : 'en');

/** Whether a typed value is a real day in ISO form (2026-02-30 is not). */
export const isIsoDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs(value).format(ISO_DAY) === value;

/** The month (YYYY-MM) `n` months from `month`. */
export const addMonths = (month: string, n: number) => dayjs(`${month}-01`).add(n, 'month').format('YYYY-MM');

/** Every day of a month (YYYY-MM), in order. */
export function daysOfMonth(month: string): string[] {
  const first = dayjs(`${month}-01`);
  return daysOf({ from: first.format(ISO_DAY), to: first.endOf('month').format(ISO_DAY) });
}

/** Days from `from` to `to`, both counted (UTC arithmetic: no daylight-saving hour to round away). */
export const dayCount = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;

export const isWeekend = (iso: string) => {
  const weekday = dayjs(iso).day();
  return weekday === 0 || weekday === 6;
};

/** Formatters for ISO days in the UI language, made once per language (Intl formatters are costly). */
export function useDayFormats() {
  const { i18n } = useTranslation();
  const locale = uiLocale(i18n.language);
  return useMemo(() => {
    const format = (options: Intl.DateTimeFormatOptions) => {
      const formatter = new Intl.DateTimeFormat(locale, options);
      return (iso: string) => formatter.format(dayjs(iso).toDate());
    };
    return {
      /** 28 Nov 2026 / 2026年11月28日 */
      date: format({ dateStyle: 'medium' }),
      /** Sat, 28 Nov / 11月28日周六 */
      dayShort: format({ weekday: 'short', month: 'short', day: 'numeric' }),
      /** November 2026 / 2026年11月 (takes a day of the month) */
      month: format({ year: 'numeric', month: 'long' }),
      /** S / 六 */
      weekday: format({ weekday: 'narrow' }),
    };
  }, [locale]);
}
