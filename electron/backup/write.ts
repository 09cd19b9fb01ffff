// Writing a backup: the bytes stream into a temp file beside the final one, are flushed to disk, and only
// then renamed to the final name, so a backup file under its final name is always complete. A crash
// leaves at most a temp file, which removeStrayTemps clears on the next start.

import { randomBytes } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import { join } from 'node:path';

/** The file operations the writer uses; tests pass a wrapper that injects faults. */
export type BackupFs = Pick<typeof fsPromises, 'open' | 'rename' | 'unlink' | 'lstat' | 'readdir'>;

export interface WriteBackupOptions {
  dir: string;
  /** The final file name; never an existing file's. */
  name: string;
  chunks: AsyncIterable<Uint8Array>;
  fs?: BackupFs;
  /** Waits between retries; tests pass one that does not really wait. */
  sleep?: (ms: number) => Promise<void>;
  /** How many times a locked file is retried before giving up, and the first wait (doubled each time). */
  retries?: number;
  retryDelayMs?: number;
}

export interface WrittenBackup {
  path: string;
  size: number;
}

// Windows reports a file held open by an antivirus scanner or the search indexer with these codes; the
// lock is usually gone within a second.
const LOCKED_CODES = new Set(['EBUSY', 'EPERM', 'EACCES']);

const DEFAULT_RETRIES = 5;
const DEFAULT_RETRY_DELAY_MS = 100;

// The same shape as electron/atomic-write.ts's temp files (sidecars are written through it), so one
// pattern finds the leftovers of both.
const TEMP_PATTERN = /^\..+\.[0-9a-f]{12}\.tmp$/;

export const isTempFileName = (name: string): boolean => TEMP_PATTERN.test(name);

const tempNameFor = (name: string): string => `.${name}.${randomBytes(6).toString('hex')}.tmp`;

export const defaultSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    // Unref'd: a pending retry must not keep a quitting app alive.
    setTimeout(resolve, ms).unref();
  });

const errorCode = (error: unknown): unknown =>
  typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;

async function withLockRetries<T>(
  action: () => Promise<T>,
  {
    retries,
    retryDelayMs,
    sleep,
  }: { retries: number; retryDelayMs: number; sleep: (ms: number) => Promise<void> },
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await action();
    } catch (error) {
      if (attempt >= retries || !LOCKED_CODES.has(errorCode(error) as string)) throw error;
      await sleep(retryDelayMs * 2 ** attempt);
    }
  }
}

async function exists(fs: BackupFs, path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Make the rename itself durable: on POSIX the new directory entry is only on disk once the directory is
 * flushed. Windows cannot open a directory for this, and NTFS journals the rename anyway.
 */
async function syncDirectory(fs: BackupFs, dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort only; the backup itself is already complete on disk.
  }
}

export async function writeBackupFile(options: WriteBackupOptions): Promise<WrittenBackup> {
  const { dir, name, chunks } = options;
  const fs = options.fs ?? fsPromises;
  const retry = {
    retries: options.retries ?? DEFAULT_RETRIES,
    retryDelayMs: options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS,
    sleep: options.sleep ?? defaultSleep,
  };
  const path = join(dir, name);
  const temp = join(dir, tempNameFor(name));
  // Checked up front too, so a clash fails before the renderer streams a whole package for nothing.
  if (await exists(fs, path))
    throw Object.assign(new Error(`backup already exists: ${path}`), { code: 'EEXIST' });
  let size = 0;
  try {
    const handle = await withLockRetries(() => fs.open(temp, 'wx'), retry);
    try {
      for await (const chunk of chunks) {
        let offset = 0;
        // A write may take only part of the buffer; loop until the chunk is all on disk.
        while (offset < chunk.byteLength) {
          const { bytesWritten } = await handle.write(chunk, offset, chunk.byteLength - offset);
          offset += bytesWritten;
        }
        size += chunk.byteLength;
      }
      // Flushed before the rename, or a power cut can leave a renamed but empty backup.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await withLockRetries(async () => {
      // rename replaces an existing file on every platform; backups are never replaced.
      if (await exists(fs, path)) {
        throw Object.assign(new Error(`backup already exists: ${path}`), { code: 'EEXIST' });
      }
      await fs.rename(temp, path);
    }, retry);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(fs, dir);
  return { path, size };
}

/**
 * Delete the temp files a crash left in the folder. Only call it while nothing is being written there:
 * an in-progress write's temp file looks the same.
 */
export async function removeStrayTemps(dir: string, fs: BackupFs = fsPromises): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await fs.readdir(dir)) {
    if (!isTempFileName(name)) continue;
    try {
      await fs.unlink(join(dir, name));
      removed.push(name);
    } catch {
      // Already gone, or still locked by a scanner: harmless either way, and the next start tries again.
    }
  }
  return removed;
}
