import { describe, expect, it } from 'vitest';
import { generateOffice, generateOrders } from '../../../shared/sample';
import { createRandom } from '../../../shared/sample/random';
import { asOf, sampleOffice } from './generate';

describe('sample office generator: determinism', () => {
  it('gives the identical office and orders for the same seed', () => {
    expect(sampleOffice(7, 1_500)).toEqual(sampleOffice(7, 1_500));
  });

  it('gives a different office for a different seed', () => {
    const a = sampleOffice(7, 500);
    const b = sampleOffice(8, 500);
    expect(a.office.staff.map((s) => s.id)).not.toEqual(b.office.staff.map((s) => s.id));
    expect(a.office.customers.map((c) => c.input.name)).not.toEqual(
      b.office.customers.map((c) => c.input.name),
    );
    expect(a.orders.map((o) => o.input.total)).not.toEqual(b.orders.map((o) => o.input.total));
  });

  it('mixes an id key into every id: same key, same ids; another key, other ids and the same content', () => {
    const run = (idKey: string) => {
      const office = generateOffice({ seed: 7, idKey, language: 'en', asOf });
      const batches = [...generateOrders(office, { seed: 7, count: 300, asOf, prefix: 'S1' })];
      const orders = batches.flatMap((b) => b.orders);
      const events = batches.flatMap((b) => b.events);
      const samples = [
        ...office.staff,
        ...office.duties,
        ...office.absences,
        ...office.skillChanges,
        ...office.customers,
        ...office.products,
        ...orders,
        ...events,
      ];
      return { office, orders, ids: samples.map((s) => s.id) };
    };
    const a = run('device-a');
    expect(run('device-a')).toEqual(a);
    const b = run('device-b');
    const idsA = new Set(a.ids);
    expect(idsA.size).toBe(a.ids.length);
    expect(b.ids.filter((id) => idsA.has(id))).toEqual([]);
    for (const id of b.ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b.office.customers.map((c) => c.input.name)).toEqual(a.office.customers.map((c) => c.input.name));
    expect(b.orders.map((o) => [o.input.number, o.input.total])).toEqual(
      a.orders.map((o) => [o.input.number, o.input.total]),
    );
  });

  it('streams orders in batches of the requested size, with exactly the requested count', () => {
    const { batches, orders } = sampleOffice(3, 2_000, 'en', 700);
    expect(batches.map((b) => b.orders.length)).toEqual([700, 700, 600]);
    expect(orders).toHaveLength(2_000);
  });

  it('draws UUIDs in version-4 format from the seeded generator', () => {
    const uuids = Array.from({ length: 1_000 }, createRandom(1).uuid);
    for (const id of uuids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(uuids).size).toBe(uuids.length);
    expect(Array.from({ length: 3 }, createRandom(1).uuid)).toEqual(uuids.slice(0, 3));
  });
});
