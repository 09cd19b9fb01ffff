import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  applyAction,
  heldFromOf,
  isOpen,
  isTerminal,
  lineItemDiff,
  requiresReason,
  stageOf,
  type WorkflowAction,
  workflowActions,
} from '../../../shared/rules/workflow';
import { type OrderStatus, orderStatuses } from '../../../shared/schema/order';

const at = '2026-06-01T09:00:00+08:00';
const actor = 'Wang Fang';
const withReason = { at, actor, note: 'customer asked' };

// The expected workflow, written out by hand (not read from the implementation). Anything not listed
// for a status is forbidden. `on_hold` is tested with each held-from state further down.
const expected: Record<OrderStatus, Partial<Record<WorkflowAction, OrderStatus>>> = {
  draft: { submit: 'submitted', cancel: 'cancelled' },
  submitted: { validate: 'validated', return: 'returned', hold: 'on_hold', cancel: 'cancelled' },
  returned: { resubmit: 'submitted', cancel: 'cancelled' },
  validated: { confirm: 'confirmed', hold: 'on_hold', cancel: 'cancelled' },
  confirmed: {
    startFulfilment: 'fulfilling',
    hold: 'on_hold',
    cancel: 'cancelled',
    markInvoiced: 'confirmed',
  },
  fulfilling: {
    shipPartially: 'partially_shipped',
    ship: 'shipped',
    hold: 'on_hold',
    cancel: 'cancelled',
    markInvoiced: 'fulfilling',
  },
  // Another partial shipment may follow one (what it leaves outstanding decides where it ends).
  partially_shipped: {
    shipPartially: 'partially_shipped',
    ship: 'shipped',
    hold: 'on_hold',
    markInvoiced: 'partially_shipped',
  },
  shipped: { complete: 'completed', markInvoiced: 'shipped' },
  completed: { markInvoiced: 'completed' },
  on_hold: { cancel: 'cancelled' }, // held-from state unknown: it can only be cancelled
  cancelled: {},
};

const matrix = orderStatuses.flatMap((status) =>
  workflowActions.map((action) => ({ status, action, to: expected[status][action] ?? null })),
);

describe('workflow: the full status × action matrix', () => {
  it('covers every status and action', () => {
    expect(matrix).toHaveLength(11 * 13);
  });

  it.each(matrix)('$status --$action--> $to', ({ status, action, to }) => {
    const order = { status, invoiced: false };
    expect(allowedActions(order).includes(action)).toBe(to !== null);
    const result = applyAction(order, action, withReason);
    if (to === null) {
      expect(result).toEqual({ ok: false, reason: 'not_allowed' });
    } else {
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.status).toBe(to);
    }
  });
});

describe('workflow: on hold', () => {
  // What an order on hold offers, by the state it was held from.
  const onHold: Record<OrderStatus, WorkflowAction[]> = {
    submitted: ['resume', 'cancel'],
    validated: ['resume', 'cancel'],
    confirmed: ['resume', 'cancel', 'markInvoiced'],
    fulfilling: ['resume', 'cancel', 'markInvoiced'],
    partially_shipped: ['resume', 'markInvoiced'],
    // Not states an order can be held from: treated like an unknown held-from state.
    draft: ['cancel'],
    returned: ['cancel'],
    shipped: ['cancel'],
    completed: ['cancel'],
    on_hold: ['cancel'],
    cancelled: ['cancel'],
  };

  it.each(orderStatuses)('held from %s', (heldFrom) => {
    const order = { status: 'on_hold' as const, invoiced: false };
    expect(allowedActions(order, { heldFrom })).toEqual(onHold[heldFrom]);
    const resumed = applyAction(order, 'resume', { at, actor, heldFrom });
    if (onHold[heldFrom].includes('resume')) expect(resumed).toMatchObject({ ok: true, status: heldFrom });
    else expect(resumed).toEqual({ ok: false, reason: 'not_allowed' });
  });

  it('resumes to the state it was held from, found in the timeline', () => {
    const events = [
      {
        at: '2026-06-01T10:00:00+08:00',
        kind: 'transition',
        from: 'fulfilling' as const,
        to: 'on_hold' as const,
      },
      {
        at: '2026-06-01T09:00:00+08:00',
        kind: 'transition',
        from: 'validated' as const,
        to: 'on_hold' as const,
      },
      { at: '2026-06-01T11:00:00+08:00', kind: 'edit', from: 'submitted' as const, to: 'on_hold' as const },
    ];
    const heldFrom = heldFromOf(events);
    expect(heldFrom).toBe('fulfilling');
    expect(
      applyAction({ status: 'on_hold', invoiced: false }, 'resume', { at, actor, heldFrom }),
    ).toMatchObject({
      ok: true,
      status: 'fulfilling',
      event: { kind: 'transition', from: 'on_hold', to: 'fulfilling' },
    });
    expect(heldFromOf([])).toBeUndefined();
  });
});

describe('workflow: reasons', () => {
  it.each([
    ['submitted', 'return'],
    ['submitted', 'hold'],
    ['submitted', 'cancel'],
    ['returned', 'cancel'],
    ['validated', 'hold'],
    ['fulfilling', 'cancel'],
  ] as const)('%s → %s needs a reason', (status, action) => {
    const order = { status, invoiced: false };
    expect(applyAction(order, action, { at, actor })).toEqual({ ok: false, reason: 'reason_required' });
    expect(applyAction(order, action, { at, actor, note: '   ' })).toEqual({
      ok: false,
      reason: 'reason_required',
    });
    expect(applyAction(order, action, { at, actor, note: ' no stock ' })).toMatchObject({
      ok: true,
      event: { note: 'no stock' },
    });
  });

  it('a draft can be discarded without a reason; other actions never need one', () => {
    expect(applyAction({ status: 'draft', invoiced: false }, 'cancel', { at, actor })).toMatchObject({
      ok: true,
      status: 'cancelled',
    });
    expect(applyAction({ status: 'submitted', invoiced: false }, 'validate', { at, actor })).toMatchObject({
      ok: true,
    });
    expect(requiresReason('cancel', 'draft')).toBe(false);
    expect(requiresReason('cancel')).toBe(true);
    const withReasons = workflowActions.filter((action) => requiresReason(action));
    expect(withReasons).toEqual(['return', 'hold', 'cancel']);
  });

  it('reports a forbidden action as not allowed even without a reason', () => {
    expect(applyAction({ status: 'draft', invoiced: false }, 'return', { at, actor })).toEqual({
      ok: false,
      reason: 'not_allowed',
    });
  });

  it('records who, when and why in a transition event', () => {
    const result = applyAction({ status: 'submitted', invoiced: false }, 'return', {
      at,
      actor,
      note: 'missing PO number',
    });
    expect(result).toEqual({
      ok: true,
      status: 'returned',
      invoiced: false,
      event: { kind: 'transition', from: 'submitted', to: 'returned', at, actor, note: 'missing PO number' },
    });
  });
});

describe('workflow: invoicing and terminal states', () => {
  const invoiceable: OrderStatus[] = ['confirmed', 'fulfilling', 'partially_shipped', 'shipped', 'completed'];

  it.each(orderStatuses.filter((s) => s !== 'on_hold'))('markInvoiced from %s', (status) => {
    const result = applyAction({ status, invoiced: false }, 'markInvoiced', { at, actor });
    if (invoiceable.includes(status)) {
      expect(result).toEqual({
        ok: true,
        status,
        invoiced: true,
        event: { kind: 'invoice', from: status, to: status, at, actor, note: '' },
      });
    } else {
      expect(result).toEqual({ ok: false, reason: 'not_allowed' });
    }
  });

  it('an invoiced order cannot be invoiced again, and keeps the flag through transitions', () => {
    const order = { status: 'fulfilling' as const, invoiced: true };
    expect(allowedActions(order)).not.toContain('markInvoiced');
    expect(applyAction(order, 'markInvoiced', { at, actor })).toEqual({ ok: false, reason: 'not_allowed' });
    expect(applyAction(order, 'ship', { at, actor })).toMatchObject({ ok: true, invoiced: true });
  });

  it('terminal states offer no transition', () => {
    expect(orderStatuses.filter(isTerminal)).toEqual(['completed', 'cancelled']);
    expect(allowedActions({ status: 'cancelled', invoiced: false })).toEqual([]);
    expect(allowedActions({ status: 'completed', invoiced: true })).toEqual([]);
    expect(allowedActions({ status: 'completed', invoiced: false })).toEqual(['markInvoiced']);
  });

  it('open means the team still owes work; a draft is not open yet', () => {
    expect(orderStatuses.filter(isOpen)).toEqual([
      'submitted',
      'validated',
      'returned',
      'confirmed',
      'fulfilling',
      'partially_shipped',
      'shipped',
      'on_hold',
    ]);
  });

  it('maps statuses to SLA stages', () => {
    expect(Object.fromEntries(orderStatuses.map((s) => [s, stageOf(s)]))).toEqual({
      draft: null,
      submitted: 'validation',
      validated: 'confirmation',
      returned: null,
      confirmed: 'fulfilment',
      fulfilling: 'fulfilment',
      partially_shipped: 'fulfilment',
      shipped: 'completion',
      completed: null,
      on_hold: null,
      cancelled: null,
    });
  });
});

describe('workflow: random walks', () => {
  it('never leaves the known states, never refuses an offered action, and terminal stays terminal', () => {
    const step = fc.record({
      pick: fc.nat(),
      offered: fc.boolean(),
      action: fc.constantFrom(...workflowActions),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let order: { status: OrderStatus; invoiced: boolean } = { status: 'draft', invoiced: false };
        let heldFrom: OrderStatus | undefined;
        for (const { pick, offered, action: randomAction } of steps) {
          const choices = allowedActions(order, { heldFrom });
          const action = offered && choices.length > 0 ? choices[pick % choices.length] : randomAction;
          if (action === undefined) throw new Error('unreachable');
          const result = applyAction(order, action, { at, actor, note: 'reason', heldFrom });
          expect(result.ok).toBe(choices.includes(action));
          if (!result.ok) continue;
          if (isTerminal(order.status)) expect(result.status).toBe(order.status);
          expect(orderStatuses).toContain(result.status);
          if (result.status === 'on_hold' && order.status !== 'on_hold') heldFrom = order.status;
          order = { status: result.status, invoiced: result.invoiced };
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('lineItemDiff', () => {
  const A = '00000000-0000-4000-8000-00000000000a';
  const B = '00000000-0000-4000-8000-00000000000b';
  const C = '00000000-0000-4000-8000-00000000000c';
  const line = (productId: string, quantity: number, unitPrice = 1000, discount = 0, taxRate = 1300) => ({
    productId,
    quantity,
    unitPrice,
    discount,
    taxRate,
  });

  it('finds nothing when nothing changed', () => {
    expect(lineItemDiff([line(A, 1), line(B, 2)], [line(A, 1), line(B, 2)])).toEqual([]);
  });

  it('lists each changed field with before and after', () => {
    expect(lineItemDiff([line(A, 1, 1000, 0, 1300)], [line(A, 3, 900, 50, 1300)])).toEqual([
      {
        kind: 'changed',
        productId: A,
        fields: [
          { field: 'quantity', before: 1, after: 3 },
          { field: 'unitPrice', before: 1000, after: 900 },
          { field: 'discount', before: 0, after: 50 },
        ],
      },
    ]);
    expect(lineItemDiff([line(A, 1, 1000, 0, 1300)], [line(A, 1, 1000, 0, 600)])).toEqual([
      { kind: 'changed', productId: A, fields: [{ field: 'taxRate', before: 1300, after: 600 }] },
    ]);
  });

  it('reports added lines in the new order, then removed lines', () => {
    expect(lineItemDiff([line(A, 1), line(B, 2)], [line(C, 5), line(A, 1)])).toEqual([
      { kind: 'added', productId: C, line: line(C, 5) },
      { kind: 'removed', productId: B, line: line(B, 2) },
    ]);
  });

  it('matches a product entered twice in order', () => {
    expect(lineItemDiff([line(A, 1), line(A, 2)], [line(A, 1), line(A, 3)])).toEqual([
      { kind: 'changed', productId: A, fields: [{ field: 'quantity', before: 2, after: 3 }] },
    ]);
    expect(lineItemDiff([line(A, 1), line(B, 4), line(A, 2)], [line(A, 1)])).toEqual([
      { kind: 'removed', productId: B, line: line(B, 4) },
      { kind: 'removed', productId: A, line: line(A, 2) },
    ]);
    expect(lineItemDiff([line(A, 1)], [line(A, 1), line(A, 1)])).toEqual([
      { kind: 'added', productId: A, line: line(A, 1) },
    ]);
  });
});
