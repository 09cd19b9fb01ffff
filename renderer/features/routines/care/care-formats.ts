import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

// Dates of the events calendar in the UI language, its formatters made once per language.

export function useCareFormats() {
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
      /** Monday, 30 November 2026 */
      longDay: (day: string) => longDay.format(dayjs(day).toDate()),
    };
  }, [locale]);
}
