import { describe, expect, it } from 'vitest';
import { PackageError } from '../../../shared/package';
import { FAST, readAll, sampleRecords, writePackage } from './records';

// Packages made to cost the reader time or memory: segments of one byte, each a decryption call, and
// valid records whose text compresses a hundredfold. Each is refused as it is read, before the records
// are held, with a code that names the problem.

describe('packages built to exhaust the reader', () => {
  it('refuses segments smaller than the minimum from the header, before decrypting any', async () => {
    const records = sampleRecords(3, 5);
    const { bytes } = await writePackage(
      { customers: records.customers },
      { passphrase: 'correct horse battery staple', segmentSize: 1 },
    );
    let handed = 0;
    const error = await readAll(bytes, {
      passphrase: 'correct horse battery staple',
      limits: { minIterations: FAST.iterations },
      onRecord: () => {
        handed++;
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PackageError);
    expect(error).toMatchObject({
      code: 'header_invalid',
      details: { field: 'encryption.segmentSize', value: 1 },
    });
    expect(handed).toBe(0);
  });

  it('refuses content that unpacks to far more than its compressed size, part way through', async () => {
    // Valid customers whose notes are 10,000 repeated characters: ~10 KB each unpacked, a few bytes packed.
    const customers = sampleRecords(4, 1).customers;
    const template = customers[0] as Record<string, unknown>;
    const many = Array.from({ length: 3_000 }, (_, i) => ({
      ...template,
      id: crypto.randomUUID(),
      code: `BOMB-${i}`,
      name: `Bomb ${i}`,
      notes: 'a'.repeat(10_000),
    }));
    const { bytes } = await writePackage({ customers: many });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    let handed = 0;
    const error = await readAll(bytes, {
      // The real allowance is 64 MiB; a smaller one keeps the test small with the same ratio check.
      limits: { minIterations: 1, inflateAllowanceBytes: 1024 * 1024 },
      onRecord: () => {
        handed++;
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PackageError);
    expect((error as PackageError).code).toBe('unpacks_too_large');
    expect(handed).toBeLessThan(many.length);
    // The same package is read whole when its ratio is within bounds.
    await expect(
      readAll(bytes, { limits: { minIterations: 1, maxInflateRatio: 10_000 } }),
    ).resolves.toMatchObject({ records: { customers: expect.any(Array) } });
  });
});
