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
    return {
      /** 28 Nov 2026, 09:00 – 11:00 (the end's day said only when it differs). */
      when: (start: string, end: string) => moment.formatRange(new Date(start), new Date(end)),
      /** 09:00 */
      time: (iso: string) => time.format(new Date(iso)),
    };
  }, [locale]);
}
