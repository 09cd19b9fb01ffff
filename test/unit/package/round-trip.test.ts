import { describe, expect, it } from 'vitest';
import {
  createPackageWriter,
  DEFAULT_ITERATIONS,
  PACKAGE_FORMAT,
  PBKDF2_MIN_ITERATIONS,
  readPackageHeader,
} from '../../../shared/package';
import { queueKeys } from '../../../shared/rules/queue-keys';
import type { Order } from '../../../shared/schema/order';
import { tableNames } from '../../../shared/schema/tables';
import {
  collector,
  FAST,
  fullScope,
  headerInput,
  pieces,
  readAll,
  sampleRecords,
  seeded,
  writePackage,
} from './records';

// Writing and reading back: every table, plain and encrypted, one segment or many, whole or in pieces.

const records = sampleRecords(3, 25);
const known = {
  'customers:device-a': '001795827600000-00003-device-a',
  'orders:device-b': '001795827500000-00000-device-b',
};

describe('package round trip', () => {
  it('reads back every record of every table as written, with header, counts and known', async () => {
    const { bytes, trailer } = await writePackage(records, { known });
    const read = await readAll(bytes);
    for (const table of tableNames) {
      expect(records[table].length, table).toBeGreaterThan(0);
      expect(read.records[table], table).toEqual(records[table]);
      // Key order too: a record reads back exactly as written.
      expect(JSON.stringify(read.records[table])).toBe(JSON.stringify(records[table]));
      expect(trailer.counts[table]).toBe(records[table].length);
    }
    expect(read.trailer).toEqual(trailer);
    expect(trailer.known).toEqual(known);
    expect(trailer.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(read.header).toEqual({
      format: PACKAGE_FORMAT,
      formatVersion: 2,
      ...headerInput(fullScope()),
      compression: 'gzip',
      encryption: null,
    });
    expect(readPackageHeader(bytes)).toEqual(read.header);
  });

  it('reads back an encrypted package, one segment or many', async () => {
    for (const segmentSize of [undefined, 1_000, 64]) {
      const { bytes, trailer } = await writePackage(records, {
        passphrase: '正确的密码',
        segmentSize,
        known,
      });
      const read = await readAll(bytes, { passphrase: '正确的密码' });
      for (const table of tableNames) expect(read.records[table]).toEqual(records[table]);
      expect(read.trailer).toEqual(trailer);
      expect(read.header.encryption).toMatchObject({
        cipher: 'AES-256-GCM',
        kdf: 'PBKDF2-SHA256',
        iterations: 1,
        segmentSize: segmentSize ?? 256 * 1024,
      });
    }
  });

  it('reads a package fed in 1-byte and in random-size pieces, and from a ReadableStream', async () => {
    const small = {
      customers: records.customers.slice(0, 4),
      orders: [],
      products: records.products.slice(0, 3),
    };
    for (const passphrase of [undefined, 'pieces']) {
      const { bytes, trailer } = await writePackage(small, { passphrase, segmentSize: 100 });
      const random = seeded(7);
      const sources = [
        pieces(bytes, 1),
        pieces(bytes, () => 1 + Math.floor(random() * 300)),
        new Blob([bytes as BlobPart]).stream(),
      ];
      for (const source of sources) {
        const read = await readAll(source, { passphrase });
        expect(read.records.customers).toEqual(small.customers);
        expect(read.records.products).toEqual(small.products);
        expect(read.trailer).toEqual(trailer);
      }
    }
  });

  it('accepts records in any table order: a reference may come before what it names', async () => {
    const order = [
      ...records.orderEvents.map((r) => ['orderEvents', r] as const),
      ...records.orders.map((r) => ['orders', r] as const),
      ...tableNames
        .filter((t) => t !== 'orders' && t !== 'orderEvents')
        .flatMap((t) => records[t].map((r) => [t, r] as const)),
    ];
    const { bytes } = await writePackage(records, { order });
    const read = await readAll(bytes);
    expect(read.records.orders).toEqual(records.orders);
  });

  it('drops the derived queue keys of an order: the importer derives them again', async () => {
    const order = records.orders[0] as Order;
    const stored = { ...order, ...queueKeys(order) };
    const { bytes } = await writePackage(
      { ...records, orders: [stored] },
      {
        order: [
          ...(['staff', 'customers', 'products'] as const).flatMap((t) =>
            records[t].map((r) => [t, r] as const),
          ),
          ['orders', stored],
        ],
        scope: fullScope(['staff', 'customers', 'products', 'orders']),
      },
    );
    const read = await readAll(bytes);
    expect(read.records.orders).toEqual([order]);
  });

  it('counts every table of the scope, 0 when it has no records', async () => {
    const { bytes, trailer } = await writePackage(
      { customers: records.customers },
      {
        scope: fullScope(['customers', 'staff']),
      },
    );
    expect(trailer.counts).toEqual({ customers: records.customers.length, staff: 0 });
    expect((await readAll(bytes)).trailer.counts).toEqual(trailer.counts);
  });

  it('reads the header alone from the first bytes, before any passphrase is known', async () => {
    const { bytes } = await writePackage({ customers: records.customers }, { passphrase: 'later' });
    const newline = bytes.indexOf(0x0a);
    const header = readPackageHeader(bytes.subarray(0, newline + 5), { limits: { minIterations: 1 } });
    expect(header.encryption?.iterations).toBe(1);
    expect(header.scope.tables).toEqual(['customers']);
  });
});

describe('key derivation strength', () => {
  it('defaults to 600,000 PBKDF2 iterations', async () => {
    expect(DEFAULT_ITERATIONS).toBe(600_000);
    expect(PBKDF2_MIN_ITERATIONS).toBe(600_000);
    const out = collector();
    const writer = await createPackageWriter(headerInput(fullScope(['customers'])), {
      sink: out.sink,
      passphrase: 'strong',
    });
    await writer.finish({});
    expect(readPackageHeader(out.bytes()).encryption?.iterations).toBe(600_000);
  });

  it('refuses fewer iterations unless a test asks for them', async () => {
    const sink = () => {};
    const header = headerInput(fullScope(['customers']));
    await expect(createPackageWriter(header, { sink, passphrase: 'p', iterations: 599_999 })).rejects.toThrow(
      RangeError,
    );
    await expect(createPackageWriter(header, { sink, passphrase: 'p', iterations: 1_000 })).rejects.toThrow(
      /600000/,
    );
    await expect(createPackageWriter(header, { sink, passphrase: '' })).rejects.toThrow(RangeError);
    await expect(createPackageWriter(header, { sink, passphrase: 'p', ...FAST })).resolves.toBeDefined();
  });

  it('the reader refuses a package written with fewer iterations than the minimum', async () => {
    const { bytes } = await writePackage({ customers: records.customers }, { passphrase: 'weak' });
    await expect(readAll(bytes, { passphrase: 'weak', limits: {} })).rejects.toMatchObject({
      code: 'header_invalid',
      details: { field: 'encryption.iterations' },
    });
  });

  it('takes the same passphrase typed composed or decomposed (NFC)', async () => {
    const { bytes } = await writePackage({ customers: records.customers }, { passphrase: 'Caf\u00e9' });
    const read = await readAll(bytes, { passphrase: 'Cafe\u0301' });
    expect(read.records.customers).toEqual(records.customers);
  });
});
