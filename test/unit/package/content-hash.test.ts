import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContentHash, HASH_BLOCK_BYTES } from '../../../shared/package/content-hash';
import { checksumOf } from '../../fixtures/packages/raw-package';

// The checksum is a hash list over fixed 1 MiB blocks: the same bytes give the same checksum however
// they arrive, and it matches a second, separately written reading of the definition.

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + (i >> 9)) & 0xff);

async function hashInChunks(data: Uint8Array, cuts: number[]): Promise<string> {
  const hash = createContentHash();
  let from = 0;
  for (const cut of [...cuts.filter((c) => c < data.length)].sort((a, b) => a - b)) {
    hash.update(data.subarray(from, cut));
    from = cut;
  }
  hash.update(data.subarray(from));
  return hash.digest();
}

describe('content checksum', () => {
  it('matches the definition at and around block boundaries', async () => {
    for (const n of [
      0,
      1,
      HASH_BLOCK_BYTES - 1,
      HASH_BLOCK_BYTES,
      HASH_BLOCK_BYTES + 1,
      2 * HASH_BLOCK_BYTES + 7,
    ]) {
      const data = bytes(n);
      expect(await hashInChunks(data, [])).toBe(checksumOf([data]));
    }
  });

  it('does not depend on how the bytes are chunked', async () => {
    const data = bytes(Math.floor(2.5 * HASH_BLOCK_BYTES));
    const whole = checksumOf([data]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(data.length), { maxLength: 12 }), async (cuts) => {
        expect(await hashInChunks(data, cuts)).toBe(whole);
      }),
      { numRuns: 25 },
    );
  });

  it('a changed byte changes it', async () => {
    const data = bytes(HASH_BLOCK_BYTES + 100);
    const changed = data.slice();
    changed[HASH_BLOCK_BYTES + 50] = (data[HASH_BLOCK_BYTES + 50] ?? 0) ^ 1;
    expect(await hashInChunks(changed, [])).not.toBe(await hashInChunks(data, []));
  });
});
