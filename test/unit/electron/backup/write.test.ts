import * as fsPromises from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type BackupFs,
  isTempFileName,
  removeStrayTemps,
  writeBackupFile,
} from '../../../../electron/backup/write';
import { fakePackage, inChunks } from './fake-package';

const locked = (code: string) => Object.assign(new Error(`${code}: resource busy or locked`), { code });

/** A real file system whose rename fails with `code` the first `failures` times. */
function lockedRename(code: string, failures: number): BackupFs & { attempts: () => number } {
  let attempts = 0;
  return {
    ...fsPromises,
    rename: async (from, to) => {
      attempts += 1;
      if (attempts <= failures) throw locked(code);
      await fsPromises.rename(from, to);
    },
    attempts: () => attempts,
  };
}

describe('writeBackupFile', () => {
  let dir: string;
  const waits: number[] = [];
  const sleep = async (ms: number) => {
    waits.push(ms);
  };
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'salesdesk-backup-write-'));
    waits.length = 0;
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('streams the chunks into the final file and leaves no temp file', async () => {
    const bytes = fakePackage(3 * 1024 * 1024 + 7);
    const written = await writeBackupFile({ dir, name: 'a.sdpkg', chunks: inChunks(bytes, 64 * 1024) });
    expect(written).toEqual({ path: join(dir, 'a.sdpkg'), size: bytes.byteLength });
    expect(Buffer.compare(await readFile(written.path), bytes)).toBe(0);
    expect(await readdir(dir)).toEqual(['a.sdpkg']);
  });

  it('shows only a temp file, never a partial final file, while streaming', async () => {
    const seen: string[][] = [];
    async function* watched(): AsyncGenerator<Uint8Array> {
      for await (const chunk of inChunks(fakePackage(100_000), 10_000)) {
        seen.push(await readdir(dir));
        yield chunk;
      }
    }
    await writeBackupFile({ dir, name: 'a.sdpkg', chunks: watched() });
    expect(seen.length).toBeGreaterThan(5);
    for (const names of seen) {
      expect(names).toHaveLength(1);
      expect(names[0]).toMatch(/^\.a\.sdpkg\.[0-9a-f]{12}\.tmp$/);
      expect(isTempFileName(names[0] ?? '')).toBe(true);
    }
  });

  it('removes the temp file and rethrows when the stream fails', async () => {
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array(1000);
      throw new Error('renderer went away');
    }
    await expect(writeBackupFile({ dir, name: 'a.sdpkg', chunks: broken() })).rejects.toThrow(
      'renderer went away',
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('retries a locked rename with growing waits, then succeeds', async () => {
    const fs = lockedRename('EBUSY', 3);
    const bytes = fakePackage(1000);
    await writeBackupFile({
      dir,
      name: 'a.sdpkg',
      chunks: inChunks(bytes, 100),
      fs,
      sleep,
      retryDelayMs: 10,
    });
    expect(fs.attempts()).toBe(4);
    expect(waits).toEqual([10, 20, 40]);
    expect(Buffer.compare(await readFile(join(dir, 'a.sdpkg')), bytes)).toBe(0);
    expect(await readdir(dir)).toEqual(['a.sdpkg']);
  });

  it.each(['EPERM', 'EACCES'])('retries on %s too', async (code) => {
    const fs = lockedRename(code, 1);
    await writeBackupFile({ dir, name: 'a.sdpkg', chunks: inChunks(fakePackage(10), 100), fs, sleep });
    expect(await readdir(dir)).toEqual(['a.sdpkg']);
  });

  it('retries a locked open', async () => {
    let opens = 0;
    const fs: BackupFs = {
      ...fsPromises,
      open: (async (...args: Parameters<typeof fsPromises.open>) => {
        opens += 1;
        if (opens === 1) throw locked('EBUSY');
        return fsPromises.open(...args);
      }) as BackupFs['open'],
    };
    await writeBackupFile({ dir, name: 'a.sdpkg', chunks: inChunks(fakePackage(10), 100), fs, sleep });
    expect(waits).toHaveLength(1);
    expect(await readdir(dir)).toEqual(['a.sdpkg']);
  });

  it('gives up after the retries with the last error and removes the temp file', async () => {
    const fs = lockedRename('EBUSY', Number.POSITIVE_INFINITY);
    const write = writeBackupFile({
      dir,
      name: 'a.sdpkg',
      chunks: inChunks(fakePackage(10), 100),
      fs,
      sleep,
      retries: 4,
    });
    await expect(write).rejects.toMatchObject({ code: 'EBUSY' });
    expect(fs.attempts()).toBe(5);
    expect(waits).toHaveLength(4);
    expect(await readdir(dir)).toEqual([]);
  });

  it('does not retry other errors', async () => {
    const fs = lockedRename('ENOSPC', 1);
    await expect(
      writeBackupFile({ dir, name: 'a.sdpkg', chunks: inChunks(fakePackage(10), 100), fs, sleep }),
    ).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(fs.attempts()).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it('never overwrites an existing backup', async () => {
    await writeFile(join(dir, 'a.sdpkg'), 'the older backup');
    let pulled = false;
    async function* chunks(): AsyncGenerator<Uint8Array> {
      pulled = true;
      yield new Uint8Array(10);
    }
    await expect(writeBackupFile({ dir, name: 'a.sdpkg', chunks: chunks() })).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect(pulled).toBe(false);
    expect(await readFile(join(dir, 'a.sdpkg'), 'utf8')).toBe('the older backup');
    expect(await readdir(dir)).toEqual(['a.sdpkg']);
  });

  it('never overwrites a backup that appeared while streaming', async () => {
    async function* chunks(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array(10);
      await writeFile(join(dir, 'a.sdpkg'), 'written meanwhile');
    }
    await expect(writeBackupFile({ dir, name: 'a.sdpkg', chunks: chunks() })).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect(await readFile(join(dir, 'a.sdpkg'), 'utf8')).toBe('written meanwhile');
    expect(await readdir(dir)).toEqual(['a.sdpkg']);
  });
});

describe('removeStrayTemps', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'salesdesk-backup-temps-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('removes the temp files of backups and sidecars, nothing else', async () => {
    const temps = ['.a.sdpkg.0123456789ab.tmp', '.a.sdpkg.json.abcdef012345.tmp'];
    const others = ['a.sdpkg', 'a.sdpkg.json', '.hidden', 'notes.tmp', '.a.sdpkg.xyz.tmp'];
    for (const name of [...temps, ...others]) await writeFile(join(dir, name), 'x');
    expect((await removeStrayTemps(dir)).sort()).toEqual(temps.sort());
    expect((await readdir(dir)).sort()).toEqual(others.sort());
  });
});
