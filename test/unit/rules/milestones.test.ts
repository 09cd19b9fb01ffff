import { describe, expect, it } from 'vitest';
import { advanceMilestones, milestonesFromEvents } from '../../../shared/rules/milestones';
import { type OrderMilestones, type OrderStatus, orderMilestonesSchema } from '../../../shared/schema/order';

// What a write records about an order's history: first times, returns, and whether a stage up to shipping
// ran past its due time — the facts the processing-time and on-time figures stand on.

type Version = {
  status: OrderStatus;
  orderedAt: string;
  dueAt: string | null;
  deleted: boolean;
  milestones?: Partial<OrderMilestones>;
};
const order = (status: OrderStatus, more: Partial<Version> = {}): Version => ({
  status,
  orderedAt: '2026-11-02T01:00:00.000Z',
  dueAt: null,
  deleted: false,
  ...more,
});

/** Moves an order through statuses, each at the time given, with the due time each stage had. */
function walk(steps: [OrderStatus, string, string | null][]) {
  let current: Version = order('submitted', { dueAt: steps[0]?.[2] ?? null });
  current = { ...current, milestones: advanceMilestones(null, current, current.orderedAt) };
  for (const [status, at, dueAt] of steps.slice(1)) {
    const next = { ...current, status, dueAt };
    current = { ...next, milestones: advanceMilestones(current, next, at) };
  }
  return current.milestones as OrderMilestones;
}

describe('order milestones', () => {
  it('keep first times and count returns; an order entered here is timed from the start', () => {
    const m = walk([
      ['submitted', '', '2026-11-02T05:00:00.000Z'],
      ['returned', '2026-11-02T03:00:00.000Z', null],
      ['submitted', '2026-11-02T04:00:00.000Z', '2026-11-02T08:00:00.000Z'],
      ['confirmed', '2026-11-02T06:00:00.000Z', '2026-11-05T06:00:00.000Z'],
      ['shipped', '2026-11-04T06:00:00.000Z', '2026-11-09T06:00:00.000Z'],
    ]);
    expect(m).toEqual({
      submittedAt: '2026-11-02T01:00:00.000Z',
      confirmedAt: '2026-11-02T06:00:00.000Z',
      shippedAt: '2026-11-04T06:00:00.000Z',
      returns: 1,
      late: false,
    });
  });

  it('a stage up to shipping finished after its due time makes the order late; completing late does not', () => {
    const late = walk([
      ['submitted', '', '2026-11-02T05:00:00.000Z'],
      ['confirmed', '2026-11-02T09:00:00+08:00', '2026-11-05T06:00:00.000Z'], // 01:00Z: on time
      ['fulfilling', '2026-11-06T06:00:00.000Z', '2026-11-09T06:00:00.000Z'], // past 11-05: late
    ]);
    expect(late.late).toBe(true);
    const onTime = walk([
      ['submitted', '', '2026-11-02T05:00:00.000Z'],
      ['shipped', '2026-11-02T04:00:00.000Z', '2026-11-03T04:00:00.000Z'],
      ['completed', '2026-11-20T04:00:00.000Z', null], // completion stage ran past its due: still on time
    ]);
    expect(onTime).toMatchObject({ late: false, completedAt: '2026-11-20T04:00:00.000Z' });
  });

  it('an order that arrives further on has unknown timeliness; one back from a tombstone starts afresh', () => {
    const arrived = order('completed');
    expect(advanceMilestones(null, arrived, '2026-12-01T00:00:00.000Z')).toEqual({
      submittedAt: arrived.orderedAt,
      returns: 0,
      late: null,
    });
    const tombstone = order('completed', {
      deleted: true,
      milestones: {
        submittedAt: '2026-01-01T00:00:00.000Z',
        completedAt: '2026-01-09T00:00:00.000Z',
        returns: 2,
        late: true,
      },
    });
    const imported = order('submitted', {
      milestones: { submittedAt: '2026-12-01T00:00:00.000Z', returns: 0, late: false },
    });
    expect(advanceMilestones(tombstone, imported, '2026-12-01T00:00:00.000Z')).toEqual({
      submittedAt: '2026-12-01T00:00:00.000Z',
      returns: 0,
      late: false,
    });
    // Undoing a delete keeps what the order went through.
    const restored = { ...tombstone, deleted: false };
    expect(advanceMilestones(tombstone, restored, '2026-12-01T00:00:00.000Z')).toMatchObject({
      returns: 2,
      late: true,
    });
  });

  it('recovered from a timeline: the same times as the writes gave, an import received when imported', () => {
    const events = [
      { at: '2026-11-02T01:00:00.000Z', kind: 'created', from: null, to: 'draft' as const },
      {
        at: '2026-11-02T01:05:00.000Z',
        kind: 'transition',
        from: 'draft' as const,
        to: 'submitted' as const,
      },
      { at: '2026-11-02T02:00:00.000Z', kind: 'assign', from: null, to: null },
      {
        at: '2026-11-03T02:00:00.000Z',
        kind: 'transition',
        from: 'submitted' as const,
        to: 'confirmed' as const,
      },
      {
        at: '2026-11-05T02:00:00.000Z',
        kind: 'shipment',
        from: 'confirmed' as const,
        to: 'shipped' as const,
      },
    ];
    expect(milestonesFromEvents(order('shipped'), [...events].reverse())).toEqual({
      submittedAt: '2026-11-02T01:05:00.000Z',
      confirmedAt: '2026-11-03T02:00:00.000Z',
      shippedAt: '2026-11-05T02:00:00.000Z',
      returns: 0,
      late: null,
    });
    const imported = [
      { at: '2026-12-01T03:00:00.000Z', kind: 'created', from: null, to: 'submitted' as const },
    ];
    expect(milestonesFromEvents(order('submitted'), imported).submittedAt).toBe('2026-12-01T03:00:00.000Z');
  });

  it('refuses a milestone outside the years a record may hold (a machine whose clock lies)', () => {
    for (const at of ['2999-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z']) {
      const result = orderMilestonesSchema.safeParse({ shippedAt: at, returns: 0, late: false });
      expect(result.success, at).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['shippedAt']);
    }
    expect(orderMilestonesSchema.safeParse({ shippedAt: '2026-12-01T09:00:00+08:00' }).success).toBe(true);
  });
});
