import { describe, expect, it } from 'vitest';
import { milestoneKeys, milestoneRange } from '../../../shared/rules/milestone-keys';
import { queueKeys } from '../../../shared/rules/queue-keys';

describe('milestone keys', () => {
  it('put every milestone time in UTC, so a time written with an offset sorts with the others', () => {
    const keys = milestoneKeys(
      {
        submittedAt: '2026-11-03T08:00:00+08:00',
        shippedAt: '2026-11-04T10:00:00.000Z',
        completedAt: '2026-11-05T01:00:00-05:00',
        late: false,
      },
      'p1',
    );
    expect(keys).toEqual([
      'r2026-11-03T00:00:00.000Z',
      's2026-11-04T10:00:00.000Z',
      'c2026-11-05T06:00:00.000Z',
      'Cp1|2026-11-05T06:00:00.000Z',
    ]);
    const [low, high] = milestoneRange('received', '2026-11-02T16:00:00.000Z', '2026-11-03T16:00:00.000Z');
    expect(keys.filter((k) => k >= low && k < high)).toEqual(['r2026-11-03T00:00:00.000Z']);
    const [mine, mineEnd] = milestoneRange('completed', '2026-11-05T00:00:00Z', '2026-11-06T00:00:00Z', 'p1');
    expect(keys.filter((k) => k >= mine && k < mineEnd)).toEqual(['Cp1|2026-11-05T06:00:00.000Z']);
    const [other, otherEnd] = milestoneRange(
      'completed',
      '2026-11-05T00:00:00Z',
      '2026-11-06T00:00:00Z',
      'p2',
    );
    expect(keys.filter((k) => k >= other && k < otherEnd)).toEqual([]);
  });

  it('count a shipment only with its receipt, as the rollups do, and a late one twice', () => {
    expect(milestoneKeys({ shippedAt: '2026-11-04T10:00:00.000Z', late: true }, '-')).toEqual([]);
    expect(
      milestoneKeys(
        { submittedAt: '2026-11-01T10:00:00.000Z', shippedAt: '2026-11-04T10:00:00.000Z', late: true },
        '-',
      ),
    ).toEqual(['r2026-11-01T10:00:00.000Z', 's2026-11-04T10:00:00.000Z', 'l2026-11-04T10:00:00.000Z']);
  });

  it('give a deleted order none, and follow the assignee of a live one', () => {
    const order = {
      number: 'SO-1',
      status: 'completed' as const,
      deleted: false,
      assigneeId: 'p1',
      priority: 'normal' as const,
      dueAt: null,
      lines: [],
      milestones: { submittedAt: '2026-11-01T10:00:00.000Z', completedAt: '2026-11-02T10:00:00.000Z' },
    };
    expect(queueKeys(order).milestoneKeys).toContain('Cp1|2026-11-02T10:00:00.000Z');
    expect(queueKeys({ ...order, assigneeId: null }).milestoneKeys).toContain('C-|2026-11-02T10:00:00.000Z');
    expect(queueKeys({ ...order, deleted: true }).milestoneKeys).toEqual([]);
  });
});
