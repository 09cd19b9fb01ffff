import { describe, expect, it } from 'vitest';
import { recordBatches } from '../../../renderer/db/record-batches';

// The hand-over between a package's reader and its writer: what keeps a million-order import in bounded
// memory, and a failure on either side from leaving the other waiting.

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('record batches', () => {
  it('hands records over in order, one table per batch, and holds back a reader that runs ahead', async () => {
    const batches = recordBatches<number>(10, 2);
    let pushed = 0;
    const reader = (async () => {
      for (let i = 0; i < 95; i++) {
        await batches.push(i < 50 ? 'customers' : 'orders', i);
        pushed++;
      }
      batches.end();
    })();
    await tick();
    // Two batches waiting, and the reader held on the push that sealed the second.
    expect(pushed).toBe(19);
    const seen: { table: string; records: number[] }[] = [];
    for (;;) {
      const batch = await batches.next();
      if (!batch) break;
      seen.push(batch);
      // The reader is never more than the room plus one batch ahead of what was taken.
      expect(pushed - seen.reduce((n, b) => n + b.records.length, 0)).toBeLessThanOrEqual(30);
      await tick();
    }
    await reader;
    expect(seen.map((b) => [b.table, b.records.length])).toEqual([
      ...Array.from({ length: 5 }, () => ['customers', 10]),
      ...Array.from({ length: 4 }, () => ['orders', 10]),
      ['orders', 5],
    ]);
    expect(seen.flatMap((b) => b.records)).toEqual(Array.from({ length: 95 }, (_, i) => i));
  });

  it("a reader's failure reaches the writer, and a writer's stop reaches the waiting reader", async () => {
    const failing = recordBatches<number>(10);
    failing.push('orders', 1);
    failing.fail(new Error('checksum'));
    await expect(failing.next()).rejects.toThrow('checksum');

    const stopped = recordBatches<number>(1, 1);
    const held = (async () => {
      for (let i = 0; ; i++) await stopped.push('orders', i);
    })();
    await tick();
    stopped.cancel(new Error('cancelled'));
    await expect(held).rejects.toThrow('cancelled');
  });
});
