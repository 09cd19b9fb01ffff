import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPackageVerifier, type ReadBackupPackage } from '../../../../electron/backup/package-verify';

const header = (kind: string) => ({ createdAt: '2026-06-10T12:00:00.000Z', scope: { kind } });
const trailer = { counts: { staff: 3, orders: 0, customers: undefined }, sha256: 'ab'.repeat(32) };

/** Reads the whole stream (as the real reader does) and reports what it was handed. */
const readingAll =
  (result: Awaited<ReturnType<ReadBackupPackage>> | Error, seen: string[]): ReadBackupPackage =>
  async (bytes) => {
    const parts: Uint8Array[] = [];
    for await (const chunk of bytes) parts.push(chunk);
    seen.push(Buffer.concat(parts).toString());
    if (result instanceof Error) throw result;
    return result;
  };

describe('createPackageVerifier', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'salesdesk-backup-verify-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('streams the file to the reader and reports its counts, checksum and time', async () => {
    const path = join(dir, 'a.sdpkg');
    await writeFile(path, 'package bytes');
    const seen: string[] = [];
    const verify = createPackageVerifier(readingAll({ header: header('backup'), trailer }, seen));
    expect(await verify(path)).toEqual({
      ok: true,
      counts: { staff: 3, orders: 0 },
      sha256: 'ab'.repeat(32),
      createdAt: '2026-06-10T12:00:00.000Z',
    });
    expect(seen).toEqual(['package bytes']);
  });

  it('fails with the reader’s message when the package is not sound', async () => {
    const path = join(dir, 'a.sdpkg');
    await writeFile(path, 'torn');
    const verify = createPackageVerifier(readingAll(new Error('package: checksum'), []));
    expect(await verify(path)).toEqual({ ok: false, error: 'package: checksum' });
  });

  it('fails a sound package that is not a backup', async () => {
    const path = join(dir, 'a.sdpkg');
    await writeFile(path, 'export');
    const verify = createPackageVerifier(readingAll({ header: header('partial'), trailer }, []));
    expect(await verify(path)).toEqual({ ok: false, error: 'not a backup (scope partial)' });
  });

  it('fails a missing file', async () => {
    const verify = createPackageVerifier(readingAll({ header: header('backup'), trailer }, []));
    expect(await verify(join(dir, 'gone.sdpkg'))).toMatchObject({
      ok: false,
      error: expect.stringContaining('ENOENT'),
    });
  });
});
