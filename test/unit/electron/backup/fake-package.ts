// A stand-in for the package format in the backup tests: random bytes followed by their SHA-256, and a
// verifier that checks it. A torn or edited file fails just as a real package would fail its checksum.

import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { VerifyBackup } from '../../../../electron/backup';

const DIGEST_BYTES = 32;

export function fakePackage(bodySize: number): Uint8Array {
  const body = randomBytes(bodySize);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

/** The bytes in chunks of `chunkSize`, yielding to the event loop between them as a real stream would. */
export async function* inChunks(bytes: Uint8Array, chunkSize: number): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.byteLength; offset += chunkSize) {
    await new Promise((resolve) => setImmediate(resolve));
    yield bytes.subarray(offset, offset + chunkSize);
  }
}

export const fakeVerify: VerifyBackup = async (path) => {
  const data = await readFile(path);
  if (data.byteLength < DIGEST_BYTES) return { ok: false, error: 'too short' };
  const body = data.subarray(0, data.byteLength - DIGEST_BYTES);
  const digest = createHash('sha256').update(body).digest();
  if (!digest.equals(data.subarray(data.byteLength - DIGEST_BYTES)))
    return { ok: false, error: 'checksum mismatch' };
  return {
    ok: true,
    counts: { bytes: body.byteLength },
    sha256: digest.toString('hex'),
    createdAt: '2026-01-01T00:00:00.000Z',
  };
};
