import { describe, expect, it } from 'vitest';
import { PackageError } from '../../../shared/package';
import { readAll, sampleRecords, writePackage } from './records';

// Encrypted packages: a wrong passphrase, any flipped bit, a dropped, swapped or added segment and an edited
// header are all refused before a record of the damaged part is handed on.

const records = sampleRecords(5, 3);
const small = { customers: records.customers.slice(0, 2), products: records.products.slice(0, 1) };
const PASS = 'correct horse battery staple';

/** Offsets of each framed segment after the header line, read from the length prefixes. */
function segmentsOf(bytes: Uint8Array): { offset: number; size: number }[] {
  const out: { offset: number; size: number }[] = [];
  let offset = bytes.indexOf(0x0a) + 1;
  while (offset < bytes.length) {
    const size = 4 + new DataView(bytes.buffer, bytes.byteOffset + offset, 4).getUint32(0);
    out.push({ offset, size });
    offset += size;
  }
  return out;
}

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

async function failure(bytes: Uint8Array, passphrase = PASS) {
  let records = 0;
  const error = await readAll(bytes, {
    passphrase,
    onRecord: () => {
      records++;
    },
  }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PackageError);
  return { code: (error as PackageError).code, details: (error as PackageError).details, records };
}

describe('encrypted packages', () => {
  it('a wrong passphrase is wrong_passphrase, and no record is handed on', async () => {
    const { bytes } = await writePackage(records, { passphrase: PASS, segmentSize: 512 });
    const result = await failure(bytes, 'Correct horse battery staple');
    expect(result).toMatchObject({ code: 'wrong_passphrase', records: 0 });
  });

  it('asks for a passphrase when none is given', async () => {
    const { bytes } = await writePackage(small, { passphrase: PASS });
    await expect(readAll(bytes)).rejects.toMatchObject({ code: 'passphrase_required' });
  });

  it('every single-bit flip anywhere in the body fails', async () => {
    const { bytes } = await writePackage({ products: small.products }, { passphrase: PASS, segmentSize: 64 });
    const segments = segmentsOf(bytes);
    expect(segments.length).toBeGreaterThanOrEqual(3);
    const lengthPrefix = new Set(segments.flatMap((s) => [0, 1, 2, 3].map((i) => s.offset + i)));
    const bodyStart = bytes.indexOf(0x0a) + 1;
    const codes = new Set<string>();
    for (let at = bodyStart; at < bytes.length; at++) {
      for (let bit = 0; bit < 8; bit++) {
        const flipped = bytes.slice();
        flipped[at] = (flipped[at] as number) ^ (1 << bit);
        const { code } = await failure(flipped);
        codes.add(code);
        // A flipped length prefix may also read as a file that ends inside a segment.
        const allowed = lengthPrefix.has(at)
          ? ['tampered', 'wrong_passphrase', 'truncated']
          : ['tampered', 'wrong_passphrase'];
        expect(allowed, `byte ${at} bit ${bit}`).toContain(code);
      }
    }
    expect(codes).toContain('tampered');
    expect(codes).toContain('wrong_passphrase');
  }, 60_000);

  it('editing any byte of the header fails', async () => {
    const { bytes } = await writePackage(small, { passphrase: PASS, segmentSize: 96 });
    const headerEnd = bytes.indexOf(0x0a);
    for (let at = 0; at < headerEnd; at++) {
      const edited = bytes.slice();
      edited[at] = (edited[at] as number) ^ 1;
      const error = await readAll(edited, { passphrase: PASS }).catch((e: unknown) => e);
      expect(error, `byte ${at}`).toBeInstanceOf(PackageError);
    }
  });

  it('a changed scope in the header does not open (the header is bound to every segment)', async () => {
    const { bytes } = await writePackage(small, { passphrase: PASS });
    const text = new TextDecoder().decode(bytes.subarray(0, bytes.indexOf(0x0a)));
    const edited = concat(
      new TextEncoder().encode(text.replace('"kind":"full"', '"kind":"backup"')),
      bytes.subarray(bytes.indexOf(0x0a)),
    );
    expect(await failure(edited)).toMatchObject({ code: 'wrong_passphrase', records: 0 });
  });

  it('dropping the last segment is truncated; dropping, swapping or adding others is tampered', async () => {
    const { bytes } = await writePackage(records, { passphrase: PASS, segmentSize: 200 });
    const segments = segmentsOf(bytes);
    const [, second, third] = segments as { offset: number; size: number }[];
    if (!second || !third) throw new Error('need three segments');
    const last = segments.at(-1) as { offset: number; size: number };
    const seg = (s: { offset: number; size: number }) => bytes.subarray(s.offset, s.offset + s.size);

    expect((await failure(bytes.subarray(0, last.offset))).code).toBe('truncated');
    expect((await failure(bytes.subarray(0, last.offset + 10))).code).toBe('truncated');
    const dropped = concat(bytes.subarray(0, second.offset), bytes.subarray(second.offset + second.size));
    expect(await failure(dropped)).toMatchObject({ code: 'tampered', details: { segment: 1 } });
    const swapped = concat(
      bytes.subarray(0, second.offset),
      seg(third),
      seg(second),
      bytes.subarray(third.offset + third.size),
    );
    expect(await failure(swapped)).toMatchObject({ code: 'tampered', details: { segment: 1 } });
    expect(await failure(concat(bytes, seg(last)))).toMatchObject({
      code: 'tampered',
      details: { reason: 'data_after_final_segment' },
    });
    expect(await failure(concat(bytes, new Uint8Array([0])))).toMatchObject({ code: 'tampered' });
  });
});

describe('plain packages', () => {
  it('an edited header fails the checksum', async () => {
    const { bytes } = await writePackage(small);
    const newline = bytes.indexOf(0x0a);
    const text = new TextDecoder().decode(bytes.subarray(0, newline));
    const edited = concat(new TextEncoder().encode(text.replace('前台', '后台')), bytes.subarray(newline));
    await expect(readAll(edited)).rejects.toMatchObject({ code: 'checksum' });
  });
});
