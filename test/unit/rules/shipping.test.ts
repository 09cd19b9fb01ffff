import { describe, expect, it } from 'vitest';
import {
  allOutstanding,
  hasOutstanding,
  keepShipped,
  outstanding,
  planShipment,
} from '../../../shared/rules/shipping';
import { orderLineSchema } from '../../../shared/schema/order';
import { shipmentForm } from '../../../shared/schema/shipment';

// Shipping an order line by line: what is outstanding, what a shipment may send, and how partial
// shipments add up until the order is shipped.

const chairs = { productId: 'chair', quantity: 10, shipped: 0 };
const desks = { productId: 'desk', quantity: 2.5, shipped: 0 };
const order = { status: 'fulfilling' as const, lines: [chairs, desks] };

describe('what is outstanding', () => {
  it('is what is ordered less what has been shipped', () => {
    expect(outstanding({ quantity: 10, shipped: 4 }, 'partially_shipped')).toBe(6);
    expect(outstanding({ quantity: 0.3, shipped: 0.1 }, 'partially_shipped')).toBe(0.2);
    expect(allOutstanding(order)).toEqual([10, 2.5]);
  });

  it('is nothing once the order is shipped, completed or cancelled, whatever its lines say', () => {
    // An order shipped before quantities were kept has nothing recorded as shipped on its lines.
    for (const status of ['shipped', 'completed', 'cancelled'] as const) {
      expect(outstanding(chairs, status)).toBe(0);
      expect(hasOutstanding([chairs], status)).toBe(false);
    }
    expect(hasOutstanding([chairs], 'fulfilling')).toBe(true);
  });
});

describe('a shipment', () => {
  it('of part of the order leaves it partially shipped, and shipments add up until nothing is left', () => {
    const first = planShipment(order, [4, 0]);
    expect(first).toMatchObject({
      ok: true,
      status: 'partially_shipped',
      moved: [{ index: 0, productId: 'chair', before: 0, after: 4 }],
    });
    if (!first.ok) throw new Error('refused');
    const afterFirst = { status: first.status, lines: first.lines };
    expect(allOutstanding(afterFirst)).toEqual([6, 2.5]);

    const second = planShipment(afterFirst, [5, 1.5]);
    if (!second.ok) throw new Error('refused');
    expect(second.status).toBe('partially_shipped');
    expect(second.lines.map((l) => l.shipped)).toEqual([9, 1.5]);

    const last = planShipment({ status: second.status, lines: second.lines }, [1, 1]);
    if (!last.ok) throw new Error('refused');
    expect(last.status).toBe('shipped');
    expect(last.lines.map((l) => l.shipped)).toEqual([10, 2.5]);
  });

  it('of everything outstanding at once ships the order', () => {
    const all = planShipment(order, allOutstanding(order));
    expect(all).toMatchObject({ ok: true, status: 'shipped' });
  });

  it('adds decimals exactly: 0.1 then 0.2 of 0.3 leaves nothing', () => {
    const line = { productId: 'oil', quantity: 0.3, shipped: 0 };
    const first = planShipment({ status: 'fulfilling', lines: [line] }, [0.1]);
    if (!first.ok) throw new Error('refused');
    const second = planShipment({ status: first.status, lines: first.lines }, [0.2]);
    expect(second).toMatchObject({ ok: true, status: 'shipped', lines: [{ shipped: 0.3 }] });
  });

  it('refuses more than is outstanding and a negative quantity on their lines, and a shipment of nothing', () => {
    expect(
      planShipment({ status: 'partially_shipped', lines: [{ ...chairs, shipped: 7 }, desks] }, [4, -1]),
    ).toEqual({
      ok: false,
      problems: [
        { index: 0, code: 'shipment.tooMuch', params: { max: 3 } },
        { index: 1, code: 'shipment.negative', params: { max: 2.5 } },
      ],
    });
    expect(planShipment(order, [0, 0])).toEqual({
      ok: false,
      problems: [{ index: null, code: 'shipment.nothing', params: {} }],
    });
    // An order already shipped has nothing left to send.
    expect(planShipment({ status: 'shipped', lines: [chairs] }, [1])).toMatchObject({
      ok: false,
      problems: [{ index: 0, code: 'shipment.tooMuch', params: { max: 0 } }],
    });
  });
});

describe('the shipment dialog’s rules', () => {
  const form = shipmentForm({ status: 'partially_shipped', lines: [{ ...chairs, shipped: 7 }, desks] });

  it('reads typed quantities and names the line that asks too much or is negative', () => {
    expect(form.parse({ quantities: ['3', '2.5'] })).toEqual({ quantities: [3, 2.5] });
    const issues = form.safeParse({ quantities: ['4', '-1'] }).error?.issues ?? [];
    expect(issues.map((i) => [i.path.join('.'), (i as { params?: { code?: string } }).params?.code])).toEqual(
      [
        ['quantities.0', 'shipment.tooMuch'],
        ['quantities.1', 'shipment.negative'],
      ],
    );
    expect(form.safeParse({ quantities: ['0', '0'] }).error?.issues[0]?.path).toEqual([]);
    expect(form.safeParse({ quantities: ['two', '0'] }).error?.issues[0]?.path).toEqual(['quantities', 0]);
  });
});

describe('order lines and what was shipped of them', () => {
  it('a line without a shipped quantity (written before they were kept) reads as nothing shipped', () => {
    const old = { productId: crypto.randomUUID(), quantity: 3, unitPrice: 100, discount: 0, taxRate: 0 };
    expect(orderLineSchema.parse(old)).toMatchObject({ shipped: 0 });
  });

  it('a line cannot have shipped more than it asks for: said on its quantity', () => {
    const line = { productId: crypto.randomUUID(), quantity: 3, unitPrice: 100, taxRate: 0, shipped: 4 };
    const issue = orderLineSchema.safeParse(line).error?.issues[0];
    expect(issue?.path).toEqual(['quantity']);
    expect((issue as { params?: unknown } | undefined)?.params).toEqual({
      code: 'order.belowShipped',
      shipped: 4,
    });
  });

  it('an edit keeps what was shipped of each line, matching lines by product in order', () => {
    const before = [
      { productId: 'chair', quantity: 10, shipped: 4 },
      { productId: 'desk', quantity: 2, shipped: 2 },
      { productId: 'chair', quantity: 5, shipped: 1 },
    ];
    const after = [
      { productId: 'desk', quantity: 3 },
      { productId: 'chair', quantity: 12 },
      { productId: 'lamp', quantity: 1 },
      { productId: 'chair', quantity: 5 },
    ];
    expect(keepShipped(before, after).map((l) => l.shipped)).toEqual([2, 4, 0, 1]);
  });
});
