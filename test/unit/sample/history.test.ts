import { describe, expect, it } from 'vitest';
import { generateOffice, generateOrders } from '../../../shared/sample';
import { type OrderStatus, openStatuses } from '../../../shared/schema/order';
import type { OrderEventInput } from '../../../shared/schema/order-event';
import { asOf, sampleOffice } from './generate';

const DAY = 86_400_000;

describe('sample orders: history', () => {
  const { orders, events } = sampleOffice(5, 4_000);
  const timeline = new Map<string, OrderEventInput[]>();
  for (const { input } of events)
    timeline.set(input.orderId, [...(timeline.get(input.orderId) ?? []), input]);
  const age = (orderedAt: string) => asOf.getTime() - Date.parse(orderedAt);

  it('places orders over the two years before asOf', () => {
    for (const { input } of orders) {
      expect(age(input.orderedAt)).toBeGreaterThan(0);
      expect(age(input.orderedAt)).toBeLessThan(731 * DAY);
    }
    const times = orders.map((o) => o.input.orderedAt);
    expect(times).toEqual([...times].sort());
  });

  it('gives each order a timeline: created, then transitions that chain to its status, times increasing', () => {
    for (const { id, input } of orders) {
      const steps = timeline.get(id) ?? [];
      expect(steps[0]).toMatchObject({ kind: 'created', from: null, to: 'draft', at: input.orderedAt });
      for (let i = 1; i < steps.length; i++) {
        const [before, step] = [steps[i - 1] as OrderEventInput, steps[i] as OrderEventInput];
        expect(step.kind).toBe('transition');
        expect(step.from).toBe(before.to);
        expect(Date.parse(step.at)).toBeGreaterThan(Date.parse(before.at));
        expect(step.actor).not.toBe('');
      }
      const last = steps.at(-1) as OrderEventInput;
      expect(last.to).toBe(input.status);
      expect(Date.parse(last.at)).toBeLessThanOrEqual(asOf.getTime());
      if (input.status === 'completed') expect(steps.map((s) => s.to)).toContain('shipped');
      if (input.status === 'draft') expect(input.assigneeId).toBeNull();
    }
  });

  it('has old orders mostly completed, some cancelled, and recent ones spread over open statuses', () => {
    const old = orders.filter((o) => age(o.input.orderedAt) > 60 * DAY);
    const share = (list: typeof orders, status: OrderStatus) =>
      list.filter((o) => o.input.status === status).length / list.length;
    expect(share(old, 'completed')).toBeGreaterThan(0.85);
    expect(share(old, 'cancelled')).toBeGreaterThan(0.02);
    const recent = orders.filter((o) => age(o.input.orderedAt) < 14 * DAY);
    const open = new Set(recent.map((o) => o.input.status).filter((s) => openStatuses.includes(s)));
    expect(open.size).toBeGreaterThanOrEqual(5);
  });

  it('marks about one order in ten urgent', () => {
    const urgent = orders.filter((o) => o.input.priority === 'urgent').length / orders.length;
    expect(urgent).toBeGreaterThan(0.06);
    expect(urgent).toBeLessThan(0.15);
  });

  it('leaves the newest orders submitted and unassigned, even loaded in the small hours', () => {
    for (const when of ['2026-12-03T02:10:00', '2026-12-07T08:00:00', '2026-11-28T15:00:00']) {
      const at = new Date(when);
      const office = generateOffice({ seed: 7, language: 'en', asOf: at });
      const orders = [...generateOrders(office, { seed: 7, count: 3_000, asOf: at, prefix: 'S1' })].flatMap(
        (b) => b.orders,
      );
      const waiting = orders.filter((o) => o.input.status === 'submitted' && o.input.assigneeId === null);
      expect(waiting.length, when).toBeGreaterThanOrEqual(4);
    }
  });
});
