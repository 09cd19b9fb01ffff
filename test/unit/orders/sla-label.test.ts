import { describe, expect, it } from 'vitest';
import { formatWorkingMinutes, slaColor, slaLabel } from '../../../renderer/features/orders/sla-label';
import { i18next } from '../../../renderer/i18n';
import { resources } from '../../support/all-strings';

// What the queue's SLA column says, in both languages: working time left, overdue, or nothing.

const i18n = i18next.createInstance({ resources, lng: 'en', interpolation: { escapeValue: false } });
await i18n.init();
const en = i18n.getFixedT('en');
const zh = i18n.getFixedT('zh-CN');
// A Monday mid-morning in the office's zone; the calendar is the default 09:00–18:00, lunch 12–13.
const calendar = {
  timeZone: 'Asia/Shanghai',
  workingDays: [1, 2, 3, 4, 5],
  dayStart: '09:00',
  dayEnd: '18:00',
  lunch: { start: '12:00', end: '13:00' },
  holidays: [],
  extraWorkingDays: [],
};
const now = new Date('2026-11-30T10:00:00+08:00');

describe('SLA label', () => {
  it('says how much working time is left, lunch not counted', () => {
    const due = '2026-11-30T14:30:00+08:00'; // 10:00–12:00 and 13:00–14:30: 3 h 30 min of work
    expect(slaLabel(en, { dueAt: due, open: 1 }, now, calendar)).toEqual({
      text: '3 h 30 min left',
      state: 'on_track',
    });
    expect(slaLabel(zh, { dueAt: due, open: 1 }, now, calendar).text).toBe('剩余 3 小时 30 分');
  });

  it('says overdue once the due time has passed, and nothing for closed or undated orders', () => {
    const overdue = slaLabel(en, { dueAt: '2026-11-30T09:30:00+08:00', open: 1 }, now, calendar);
    expect(overdue).toEqual({ text: 'Overdue', state: 'overdue' });
    expect(slaColor[overdue.state ?? 'on_track']).toBe('red');
    expect(slaLabel(en, { dueAt: null, open: 1 }, now, calendar)).toEqual({ text: '—', state: null });
    expect(slaLabel(en, { dueAt: '2026-12-01T10:00:00+08:00', open: 0 }, now, calendar).state).toBeNull();
  });

  it('writes working minutes as hours and minutes, never negative', () => {
    expect(formatWorkingMinutes(en, 45)).toBe('45 min');
    expect(formatWorkingMinutes(en, 125)).toBe('2 h 5 min');
    expect(formatWorkingMinutes(en, -10)).toBe('0 min');
  });
});
