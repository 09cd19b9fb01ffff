import { describe, expect, it } from 'vitest';
import { dueBucketKeys, dueInstant, overdueParts } from '../../../shared/rules/due-buckets';

describe('due buckets', () => {
  it('key a due time by its UTC instant, whatever offset it was written with', () => {
    expect(dueInstant('2026-12-04T09:30:00.000Z')).toBe('2026-12-04T09:30:00.000Z');
    expect(dueInstant('2026-12-04T01:30:00+08:00')).toBe('2026-12-03T17:30:00.000Z');
    expect(dueBucketKeys(dueInstant('2026-12-01T01:30:00+08:00'), '-')).toEqual([
      'om:2026-11',
      'od:2026-11-30',
      'pm:-:2026-11',
      'pd:-:2026-11-30',
    ]);
  });

  it('leave a due time past year 9999 in UTC as written, so it sorts last and is never overdue', () => {
    const far = '9999-12-31T23:00:00-05:00';
    expect(dueInstant(far)).toBe(far);
    expect(dueInstant(far) > '2026-12-04T00:00:00.000Z').toBe(true);
  });

  it('sum the months before now, this month’s days before today, and count today’s part from the index', () => {
    expect(overdueParts('2026-12-04T09:30:00.000Z')).toEqual({
      months: ['om:', 'om:2026-12'],
      days: ['od:2026-12', 'od:2026-12-04'],
      todayFrom: '2026-12-04',
    });
    const person = overdueParts('2026-12-04T09:30:00.000Z', 'a0000000-0000-4000-8000-000000000001');
    expect(person.months[0]).toBe('pm:a0000000-0000-4000-8000-000000000001:');
    expect(person.days[1]).toBe('pd:a0000000-0000-4000-8000-000000000001:2026-12-04');
  });
});
