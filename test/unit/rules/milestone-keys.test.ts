import { describe, expect, it } from 'vitest';
import { milestoneKeys, milestoneRange } from '../../../shared/rules/milestone-keys';

describe('milestone keys', () => {
  it('put every milestone time in UTC, so a time written with an offset sorts with the others', () => {
    const keys = milestoneKeys(
      {
        submittedAt: '2026-11-03T08:00:00+08:00',
        shippedAt: '2026-11-04T10:00:00.000Z',
        completedAt: '2026-11-05T01:00:00-05:00',
        late: false,
      },
      false,
    );
    expect(keys).toEqual([
      'r2026-11-03T00:00:00.000Z',
      's2026-11-04T10:00:00.000Z',
      'c2026-11-05T06:00:00.000Z',
    ]);
    const [low, high] = milestoneRange('received', '2026-11-02T16:00:00.000Z', '2026-11-03T16:00:00.000Z');
    expect(keys.filter((k) => k >= low && k < high)).toEqual(['r2026-11-03T00:00:00.000Z']);
  });

  it('count a shipment only with its receipt, as the rollups do, and a late one twice', () => {
    expect(milestoneKeys({ shippedAt: '2026-11-04T10:00:00.000Z', late: true }, false)).toEqual([]);
    expect(
      milestoneKeys(
        { submittedAt: '2026-11-01T10:00:00.000Z', shippedAt: '2026-11-04T10:00:00.000Z', late: true },
        false,
      ),
    ).toEqual(['r2026-11-01T10:00:00.000Z', 's2026-11-04T10:00:00.000Z', 'l2026-11-04T10:00:00.000Z']);
  });

  it('give a deleted order none', () => {
    expect(milestoneKeys({ submittedAt: '2026-11-01T10:00:00.000Z' }, true)).toEqual([]);
    expect(milestoneKeys(undefined, false)).toEqual([]);
  });
});
