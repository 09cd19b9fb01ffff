import { describe, expect, it } from 'vitest';
import { createPackageWriter, readPackage } from '../../../shared/package';
import { fullScope, headerInput, readAll, sampleRecords, seeded, writePackage } from './records';

// Streaming: the writer hands bytes on as it goes, in bounded chunks, and waits for a slow sink; the reader
// hands records on before it has seen the whole file.

const base = sampleRecords(9, 0).customers[0] as Record<string, unknown>;
const random = seeded(11);
/** A small customer with a little noise in it, so gzip cannot shrink 200,000 of them to nothing. */
const customer = (i: number) => ({
  ...base,
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  code: `C${i}`,
  notes: Math.floor(random() * 2 ** 52).toString(36),
});
const scope = fullScope(['customers']);

describe('streaming writer', () => {
  it('writes 200,000 records in many small chunks, passing bytes on long before the end', async () => {
    for (const passphrase of [undefined, 'stream']) {
      let calls = 0;
      let largest = 0;
      let total = 0;
      const writer = await createPackageWriter(headerInput(scope), {
        sink: (chunk) => {
          calls++;
          total += chunk.length;
          largest = Math.max(largest, chunk.length);
        },
        ...(passphrase
          ? { passphrase, iterations: 1, allowWeakIterationsForTests: true, segmentSize: 64 * 1024 }
          : {}),
      });
      let halfway = 0;
      for (let i = 0; i < 200_000; i++) {
        await writer.add('customers', customer(i));
        if (i === 100_000) halfway = total;
      }
      const trailer = await writer.finish({});
      expect(trailer.counts.customers).toBe(200_000);
      expect(calls).toBeGreaterThan(50);
      expect(largest).toBeLessThanOrEqual(64 * 1024 + 20);
      expect(halfway).toBeGreaterThan(total / 4);
    }
  }, 60_000);

  it('waits for a slow sink instead of piling bytes up', async () => {
    let release: () => void = () => {};
    let gate: Promise<void> | null = new Promise<void>((resolve) => {
      release = resolve;
    });
    let sunk = 0;
    const writer = await createPackageWriter(headerInput(scope), {
      sink: async (chunk) => {
        if (sunk > 0 && gate) await gate;
        sunk += chunk.length;
      },
    });
    const tick = () => new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 20));
    let accepted = 0;
    let pending: Promise<void> | null = null;
    while (accepted < 100_000) {
      const add = writer.add('customers', customer(accepted));
      if (!(await Promise.race([add.then(() => true), tick()]))) {
        pending = add;
        break;
      }
      accepted++;
    }
    // The sink holds: the writer stopped taking records after a bounded amount.
    expect(pending).not.toBeNull();
    expect(accepted).toBeLessThan(20_000);
    gate = null;
    release();
    await pending;
    for (let i = accepted + 1; i < accepted + 100; i++) await writer.add('customers', customer(i));
    expect((await writer.finish({})).counts.customers).toBe(accepted + 100);
  });

  it("a failing sink fails the writer with the sink's error", async () => {
    let calls = 0;
    const writer = await createPackageWriter(headerInput(scope), {
      sink: () => {
        if (++calls === 3) throw new Error('disk full');
      },
    });
    const run = async () => {
      for (let i = 0; i < 50_000; i++) await writer.add('customers', customer(i));
      await writer.finish({});
    };
    await expect(run()).rejects.toThrow('disk full');
    await expect(writer.add('customers', customer(1))).rejects.toThrow('disk full');
  });

  it('refuses a table outside the scope, and use after finish', async () => {
    const writer = await createPackageWriter(headerInput(scope), { sink: () => {} });
    await expect(writer.add('orders', {})).rejects.toMatchObject({ code: 'table_not_in_scope' });
    await writer.finish({});
    await expect(writer.add('customers', customer(1))).rejects.toThrow(/finished/);
  });

  it('refuses a record whose line the reader would refuse as too long', async () => {
    const writer = await createPackageWriter(headerInput(scope), { sink: () => {} });
    await expect(
      writer.add('customers', { ...customer(1), notes: 'x'.repeat(1024 ** 2) }),
    ).rejects.toMatchObject({ code: 'line_too_long' });
  });
});

describe('streaming reader', () => {
  it('hands records on before the whole file is read', async () => {
    const records = { customers: Array.from({ length: 20_000 }, (_, i) => customer(i)) };
    const { chunks } = await writePackage(records);
    let pulled = 0;
    let pulledAtFirst = -1;
    async function* source() {
      for (const chunk of chunks) {
        pulled++;
        yield chunk;
      }
    }
    const read = await readAll(source(), {
      onRecord: () => {
        if (pulledAtFirst < 0) pulledAtFirst = pulled;
      },
    });
    expect(read.trailer.counts.customers).toBe(20_000);
    expect(chunks.length).toBeGreaterThan(5);
    expect(pulledAtFirst).toBeLessThan(chunks.length);
  });

  it('waits for an async onRecord before reading on', async () => {
    const records = { customers: Array.from({ length: 500 }, (_, i) => customer(i)) };
    const { bytes } = await writePackage(records);
    let inFlight = 0;
    let most = 0;
    await readPackage(bytes, {
      maxSchemaVersion: 20261128,
      onRecord: async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 0));
        inFlight--;
      },
    });
    expect(most).toBe(1);
  });
});
