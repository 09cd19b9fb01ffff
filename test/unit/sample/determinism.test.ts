import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../shared/sample/random';
import { sampleOffice } from './generate';

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
