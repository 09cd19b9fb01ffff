import { describe, expect, it } from 'vitest';
import { NO_DUE, queueKeys, UNASSIGNED } from '../../../shared/rules/queue-keys';

// The queue's derived index keys: an open order is in the open-only indexes; a closed one is left out of
// them (undefined is not indexed), so its insert writes none of their entries.

const order = {
  number: 'B-20261201-001',
  status: 'fulfilling' as const,
  deleted: false,
  assigneeId: 'p1',
  priority: 'urgent' as const,
  dueAt: '2026-12-02T10:00:00.000Z',
  lines: [{ productId: 'a' }, { productId: 'b' }, { productId: 'a' }],
};

describe('queue keys', () => {
  it('puts an open order with a due time in the open and clock indexes', () => {
    expect(queueKeys(order)).toMatchObject({
      liveStatus: 'fulfilling',
      open: 1,
      clock: 1,
      assigneeKey: 'p1',
      priorityRank: 0,
      dueKey: '2026-12-02T10:00:00.000Z',
      productIds: ['a', 'b'],
      liveNumber: 'B-20261201-001',
    });
    expect(queueKeys({ ...order, dueAt: null, assigneeId: null })).toMatchObject({
      open: 1,
      clock: undefined,
      assigneeKey: UNASSIGNED,
      dueKey: NO_DUE,
    });
  });

  it('leaves a closed order out of the open-only indexes but in the status ones', () => {
    for (const status of ['completed', 'cancelled'] as const) {
      const keys = queueKeys({ ...order, status, dueAt: null });
      expect(keys.open).toBeUndefined();
      expect(keys.clock).toBeUndefined();
      expect(keys).toMatchObject({ liveStatus: status, dueKey: NO_DUE, liveNumber: order.number });
    }
  });

  it('leaves a deleted order out of every queue index', () => {
    expect(queueKeys({ ...order, deleted: true })).toMatchObject({
      liveStatus: undefined,
      open: undefined,
      clock: undefined,
      productIds: [],
      liveNumber: undefined,
    });
  });
});
