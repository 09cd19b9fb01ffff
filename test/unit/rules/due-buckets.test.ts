import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueBucketKeys, dueInstant, dueSpans } from '../../../shared/rules/due-buckets';

const person = 'a0000000-0000-4000-8000-000000000001';

describe('due buckets', () => {
  it('key a due time by its UTC instant, whatever offset it was written with', () => {
    expect(dueInstant('2026-12-04T09:30:00.000Z')).toBe('2026-12-04T09:30:00.000Z');
    expect(dueInstant('2026-12-04T01:30:00+08:00')).toBe('2026-12-03T17:30:00.000Z');
    expect(dueBucketKeys(dueInstant('2026-12-01T01:30:00+08:00'), '-')).toEqual([
      'om:2026-11',
      'od:2026-11-30',
      'oh:2026-11-30T17',
      'pm:-:2026-11',
      'pd:-:2026-11-30',
      'ph:-:2026-11-30T17',
    ]);
  });

  it('leave a due time past year 9999 in UTC as written, so it sorts last and is never overdue', () => {
    const far = '9999-12-31T23:00:00-05:00';
    expect(dueInstant(far)).toBe(far);
    expect(dueInstant(far) > '2026-12-04T00:00:00.000Z').toBe(true);
  });

  it('read overdue as the months, days and hours before now, and only this hour from the index', () => {
    expect(dueSpans(null, '2026-12-04T09:30:00.000Z')).toEqual({
      buckets: [
        ['om:', 'om:2026-12'],
        ['od:2026-12', 'od:2026-12-04'],
        ['oh:2026-12-04', 'oh:2026-12-04T09'],
      ],
      index: [['2026-12-04T09:00:00.000Z', '2026-12-04T09:30:00.000Z']],
    });
    // The same moment written with an offset, or without milliseconds, is the same window.
    expect(dueSpans(null, '2026-12-04T17:30+08:00')).toEqual(dueSpans(null, '2026-12-04T09:30:00.000Z'));
    expect(dueSpans(null, '2026-12-04T10:00:00Z').index).toEqual([]);
    expect(dueSpans(null, '2026-12-04T09:30:00.000Z', person).buckets[2]).toEqual([
      `ph:${person}:2026-12-04`,
      `ph:${person}:2026-12-04T09`,
    ]);
  });

  it('read a local day (Beijing) as its whole hours and the part-hours at its ends', () => {
    // 09:30 in Beijing until its midnight: the rest of this UTC hour, then whole hours up to 16:00 UTC.
    expect(dueSpans('2026-12-04T01:30:00.000Z', '2026-12-04T16:00:00.000Z')).toEqual({
      buckets: [['oh:2026-12-04T02', 'oh:2026-12-04T16']],
      index: [['2026-12-04T01:30:00.000Z', '2026-12-04T02:00:00.000Z']],
    });
    // India's day ends at 18:30 UTC: a part-hour from the index at each end, hours across two UTC days.
    expect(dueSpans('2026-12-04T20:10:00.000Z', '2026-12-05T18:30:00.000Z')).toEqual({
      buckets: [
        ['oh:2026-12-04T21', 'oh:2026-12-04~'],
        ['od:2026-12-04~', 'od:2026-12-05'],
        ['oh:2026-12-05', 'oh:2026-12-05T18'],
      ],
      index: [
        ['2026-12-05T18:00:00.000Z', '2026-12-05T18:30:00.000Z'],
        ['2026-12-04T20:10:00.000Z', '2026-12-04T21:00:00.000Z'],
      ],
    });
  });

  // Any window, any due times: the buckets of whole months, days and hours plus the index's part-hours
  // count each due time inside the window once, and none outside it.
  it('count every due time in any window exactly once', () => {
    const origin = Date.parse('2026-10-30T22:00:00Z');
    const instant = fc
      .oneof(fc.integer({ min: -50 * 1440, max: 100 * 1440 }), fc.integer({ min: 0, max: 3 * 1440 }))
      .map((minutes) => new Date(origin + minutes * 60_000 + (minutes % 7) * 1_000).toISOString());
    fc.assert(
      fc.property(
        fc.array(fc.record({ due: instant, who: fc.constantFrom('-', person) }), { maxLength: 60 }),
        fc.option(instant),
        instant,
        fc.constantFrom(undefined, '-', person),
        (orders, a, b, assignee) => {
          const [from, to] = a !== null && a > b ? [b, a] : [a, b];
          const buckets = new Map<string, number>();
          for (const o of orders)
            for (const key of dueBucketKeys(o.due, o.who)) buckets.set(key, (buckets.get(key) ?? 0) + 1);
          const mine = orders.filter((o) => assignee === undefined || o.who === assignee);
          const spans = dueSpans(from, to, assignee);
          let counted = 0;
          for (const [lower, upper] of spans.buckets)
            for (const [key, n] of buckets) if (key >= lower && key < upper) counted += n;
          for (const [lower, upper] of spans.index)
            counted += mine.filter((o) => o.due >= lower && o.due < upper).length;
          const inside = mine.filter((o) => (from === null || o.due >= from) && o.due < to).length;
          expect(counted).toBe(inside);
          // At most two part-hours are counted in the index, each within one hour.
          expect(spans.index.length).toBeLessThanOrEqual(2);
          for (const [lower, upper] of spans.index)
            expect(Date.parse(upper) - Date.parse(lower)).toBeLessThanOrEqual(3_600_000);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
