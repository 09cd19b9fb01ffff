import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessDateOrder, parseDate, parseDateTime } from '../../../shared/import/values';

const value = <T>(v: T) => ({ ok: true, value: v });
const reason = (r: string) => ({ ok: false, reason: r });

describe('parseDate', () => {
  it('reads ISO dates with and without a time', () => {
    expect(parseDate('2026-11-28', 'ymd')).toEqual(value('2026-11-28'));
    expect(parseDateTime('2026-11-28T14:30:00+08:00', 'ymd')).toEqual(
      value({ date: '2026-11-28', time: '14:30:00' }),
    );
    expect(parseDateTime('2026-11-28T06:30:00.000Z', 'ymd')).toEqual(
      value({ date: '2026-11-28', time: '06:30:00' }),
    );
    expect(parseDateTime('2026-11-28 14:35', 'ymd')).toEqual(value({ date: '2026-11-28', time: '14:35:00' }));
    expect(parseDateTime('2026-11-28', 'ymd')).toEqual(value({ date: '2026-11-28', time: null }));
  });

  it('reads year-first dates with slashes, dots, 年月日 and compact digits', () => {
    expect(parseDate('2026/11/28', 'dmy')).toEqual(value('2026-11-28'));
    expect(parseDate('2026/1/2', 'mdy')).toEqual(value('2026-01-02'));
    expect(parseDate('2026.1.2', 'ymd')).toEqual(value('2026-01-02'));
    expect(parseDate('2026年11月28日', 'ymd')).toEqual(value('2026-11-28'));
    expect(parseDate('2026年1月2日', 'ymd')).toEqual(value('2026-01-02'));
    expect(parseDate('２０２６年１１月２８日', 'ymd')).toEqual(value('2026-11-28'));
    expect(parseDateTime('2026年11月28日 9:05', 'ymd')).toEqual(
      value({ date: '2026-11-28', time: '09:05:00' }),
    );
    expect(parseDate('20261128', 'ymd')).toEqual(value('2026-11-28'));
  });

  it('reads day-first or month-first dates per the chosen order', () => {
    expect(parseDate('03/04/2026', 'dmy')).toEqual(value('2026-04-03'));
    expect(parseDate('03/04/2026', 'mdy')).toEqual(value('2026-03-04'));
    expect(parseDate('28/11/2026', 'dmy')).toEqual(value('2026-11-28'));
    expect(parseDate('11/28/2026', 'mdy')).toEqual(value('2026-11-28'));
    expect(parseDate('28.11.2026', 'dmy')).toEqual(value('2026-11-28'));
    expect(parseDate('11/28/26', 'mdy')).toEqual(value('2026-11-28'));
    expect(parseDateTime('11/28/2026 2:30 PM', 'mdy')).toEqual(
      value({ date: '2026-11-28', time: '14:30:00' }),
    );
    expect(parseDateTime('11/28/2026 12:05 am', 'mdy')).toEqual(
      value({ date: '2026-11-28', time: '00:05:00' }),
    );
  });

  it('with no order chosen reads only day/month dates that decide themselves', () => {
    expect(parseDate('28/11/2026', 'ymd')).toEqual(value('2026-11-28'));
    expect(parseDate('11/28/2026', 'ymd')).toEqual(value('2026-11-28'));
    expect(parseDate('05/05/2026', 'ymd')).toEqual(value('2026-05-05'));
    expect(parseDate('03/04/2026', 'ymd')).toEqual(reason('ambiguous_date'));
  });

  it('reads English month names', () => {
    expect(parseDate('Nov 28, 2026', 'ymd')).toEqual(value('2026-11-28'));
    expect(parseDate('November 28 2026', 'ymd')).toEqual(value('2026-11-28'));
    expect(parseDate('28 Nov 2026', 'ymd')).toEqual(value('2026-11-28'));
    expect(parseDate('28-Nov-26', 'ymd')).toEqual(value('2026-11-28'));
    expect(parseDate('28-Sept-2026', 'ymd')).toEqual(value('2026-09-28'));
    expect(parseDate('28 Foo 2026', 'ymd')).toEqual(reason('not_a_date'));
  });

  it('reads Excel serial numbers and JS Dates', () => {
    expect(parseDate(46354, 'ymd')).toEqual(value('2026-11-28'));
    expect(parseDate('46354', 'ymd')).toEqual(value('2026-11-28'));
    expect(parseDateTime(46354.75, 'ymd')).toEqual(value({ date: '2026-11-28', time: '18:00:00' }));
    expect(parseDate(36526, 'ymd')).toEqual(value('2000-01-01'));
    expect(parseDate(new Date(Date.UTC(2026, 10, 28)), 'ymd')).toEqual(value('2026-11-28'));
    expect(parseDateTime(new Date(Date.UTC(2026, 10, 28, 9, 30)), 'ymd')).toEqual(
      value({ date: '2026-11-28', time: '09:30:00' }),
    );
  });

  it('refuses impossible dates and years outside 2000–2100', () => {
    expect(parseDate('2026-02-30', 'ymd')).toEqual(reason('impossible_date'));
    expect(parseDate('2026-02-29', 'ymd')).toEqual(reason('impossible_date'));
    expect(parseDate('2028-02-29', 'ymd')).toEqual(value('2028-02-29'));
    expect(parseDate('2100-02-29', 'ymd')).toEqual(reason('impossible_date'));
    expect(parseDate('2026-13-01', 'ymd')).toEqual(reason('impossible_date'));
    expect(parseDate('31/04/2026', 'dmy')).toEqual(reason('impossible_date'));
    expect(parseDate('13/13/2026', 'dmy')).toEqual(reason('impossible_date'));
    expect(parseDate('2026年2月30日', 'ymd')).toEqual(reason('impossible_date'));
    expect(parseDateTime('2026-11-28 25:00', 'ymd')).toEqual(reason('impossible_date'));
    expect(parseDateTime('11/28/2026 13:00 PM', 'mdy')).toEqual(reason('impossible_date'));
    expect(parseDate('1999-12-31', 'ymd')).toEqual(reason('year_out_of_range'));
    expect(parseDate('2101-01-01', 'ymd')).toEqual(reason('year_out_of_range'));
    expect(parseDate(1000, 'ymd')).toEqual(reason('year_out_of_range'));
    expect(parseDate(0, 'ymd')).toEqual(reason('not_a_date'));
    expect(parseDate(new Date(Number.NaN), 'ymd')).toEqual(reason('not_a_date'));
    expect(parseDate('tomorrow', 'ymd')).toEqual(reason('not_a_date'));
    expect(parseDate('2026-11', 'ymd')).toEqual(reason('not_a_date'));
    expect(parseDate('', 'ymd')).toEqual(reason('empty'));
  });

  it('reads every date 2000–2100 back from each written form', () => {
    const days = fc.integer({ min: Date.UTC(2000, 0, 1) / 864e5, max: Date.UTC(2100, 11, 31) / 864e5 });
    fc.assert(
      fc.property(days, (day) => {
        const d = new Date(day * 864e5);
        const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        const iso = d.toISOString().slice(0, 10);
        expect(parseDate(iso, 'ymd')).toEqual(value(iso));
        expect(parseDate(`${y}/${m}/${dd}`, 'ymd')).toEqual(value(iso));
        expect(parseDate(`${y}年${m}月${dd}日`, 'ymd')).toEqual(value(iso));
        expect(parseDate(`${dd}/${m}/${y}`, 'dmy')).toEqual(value(iso));
        expect(parseDate(`${m}/${dd}/${y}`, 'mdy')).toEqual(value(iso));
        expect(parseDate(day + 25_569, 'ymd')).toEqual(value(iso));
        expect(parseDate(d, 'ymd')).toEqual(value(iso));
      }),
    );
  });
});

describe('guessDateOrder', () => {
  it('decides from a value whose first or second part is over 12', () => {
    expect(guessDateOrder(['03/04/2026', '28/11/2026', ''])).toBe('dmy');
    expect(guessDateOrder(['03/04/2026', '11/28/2026'])).toBe('mdy');
    expect(guessDateOrder(['28.11.2026'])).toBe('dmy');
  });

  it('is ambiguous when no value decides, or values contradict each other', () => {
    expect(guessDateOrder(['03/04/2026', '05/06/2026'])).toBe('ambiguous');
    expect(guessDateOrder(['28/11/2026', '11/28/2026'])).toBe('ambiguous');
  });

  it("is 'ymd' when the column has no day/month-first dates", () => {
    expect(guessDateOrder(['2026-11-28', '2026年11月28日', 46354, new Date()])).toBe('ymd');
    expect(guessDateOrder([])).toBe('ymd');
  });
});
