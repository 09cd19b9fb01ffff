// The backup service of the main process: takes a backup on a schedule and on request (manual, before
// an import, restore or upgrade, at quit), verifies it, records the verdict, and only then prunes older
// copies. The bytes come from the renderer (the data lives in its IndexedDB), through `produce`.
// Every change to the folder runs one at a time, in call order, so two backups never race each other's
// pruning and a folder switch never lands in the middle of a backup.

import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/ipc/backups';
import { type BackupReason, parseBackupFileName, uniqueBackupFileName } from './names';
import { chooseBackupsToPrune, DEFAULT_ROTATION_POLICY, type RotationPolicy } from './rotation';
import {
  type BackupSidecar,
  readSidecar,
  SIDECAR_SUFFIX,
  type VerifyBackup,
  verifyAndRecord,
} from './verify';
import { defaultSleep, removeStrayTemps, writeBackupFile } from './write';

export type { BackupInfo };

export type QuitBackupOutcome = 'verified' | 'unverified' | 'failed' | 'timed-out';

/** The part of electron-log the service uses. */
export interface BackupLog {
  info(...details: unknown[]): void;
  warn(...details: unknown[]): void;
  error(...details: unknown[]): void;
}

export interface BackupServiceOptions {
  /** The default backup folder; asked lazily, since Electron's paths exist only once the app is ready. */
  dir: () => string;
  produce: (reason: BackupReason) => AsyncIterable<Uint8Array>;
  verify: VerifyBackup;
  log: BackupLog;
  now?: () => Date;
  policy?: RotationPolicy;
  /** Between scheduled backups; hourly by default. */
  intervalMs?: number;
  /** setInterval and clearInterval, or fakes in tests. */
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Waits for lock retries and for the quit deadline. */
  sleep?: (ms: number) => Promise<void>;
  /** After every backup, verified or not (main tells the window, whose list then refreshes). */
  onBackup?: (backup: BackupInfo) => void;
}

export interface BackupService {
  /** Clean up after a crash (stray temps, unchecked backups), then back up on the schedule. */
  start(): Promise<void>;
  stop(): void;
  backupNow(reason: BackupReason): Promise<BackupInfo>;
  /** A quit backup that gives up waiting after `timeoutMs`, so a stuck renderer cannot block quitting. */
  backupOnQuit(timeoutMs: number): Promise<QuitBackupOutcome>;
  /** Newest first. */
  list(): Promise<BackupInfo[]>;
  /** Move future backups to another folder (after preparing it); the old folder is left as it is. */
  setDir(dir: string): Promise<void>;
  currentDir(): string;
}

export const DEFAULT_BACKUP_INTERVAL_MS = 60 * 60 * 1000;

const infoFromSidecar = (dir: string, sidecar: BackupSidecar): BackupInfo => ({
  name: sidecar.name,
  path: join(dir, sidecar.name),
  at: sidecar.at,
  reason: sidecar.reason,
  size: sidecar.size,
  counts: sidecar.counts,
  sha256: sidecar.sha256,
  verification: sidecar.verified ? 'verified' : 'failed',
  verifiedAt: sidecar.verifiedAt,
  error: sidecar.error,
});

const isMissing = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';

/** Every backup in the folder, from the sidecars; backups without one are listed as pending. */
async function readBackups(dir: string): Promise<BackupInfo[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const backups: BackupInfo[] = [];
  for (const name of names) {
    const parsed = parseBackupFileName(name);
    if (!parsed) continue;
    const sidecar = await readSidecar(dir, name);
    if (sidecar) {
      backups.push(infoFromSidecar(dir, sidecar));
      continue;
    }
    try {
      const { size } = await stat(join(dir, name));
      backups.push({
        name,
        path: join(dir, name),
        at: parsed.at.toISOString(),
        reason: parsed.reason,
        size,
        counts: {},
        sha256: null,
        verification: 'pending',
        verifiedAt: null,
        error: null,
      });
    } catch (error) {
      // Pruned between the listing and now.
      if (!isMissing(error)) throw error;
    }
  }
  return backups.sort((a, b) => b.at.localeCompare(a.at) || b.name.localeCompare(a.name));
}

export function createBackupService(options: BackupServiceOptions): BackupService {
  const { produce, verify, log } = options;
  const now = options.now ?? (() => new Date());
  const policy = options.policy ?? DEFAULT_ROTATION_POLICY;
  const intervalMs = options.intervalMs ?? DEFAULT_BACKUP_INTERVAL_MS;
  const setTimer = options.setTimer ?? ((callback, ms) => setInterval(callback, ms));
  const clearTimer =
    options.clearTimer ?? ((handle) => clearInterval(handle as ReturnType<typeof setInterval>));
  const sleep = options.sleep ?? defaultSleep;

  let chosenDir: string | undefined;
  const currentDir = () => chosenDir ?? options.dir();
  let timer: unknown;

  // The queue: each task starts when the one before has settled, whatever its outcome.
  let tail: Promise<unknown> = Promise.resolve();
  let queued = 0;
  function serialise<T>(task: () => Promise<T>): Promise<T> {
    queued += 1;
    const run = tail.then(task).finally(() => {
      queued -= 1;
    });
    tail = run.catch(() => undefined);
    return run;
  }

  async function prune(dir: string): Promise<void> {
    const backups = (await readBackups(dir)).filter((b) => b.verification !== 'pending');
    const candidates = backups.map((b) => ({
      name: b.name,
      at: new Date(b.at),
      verified: b.verification === 'verified',
      event: b.reason !== 'scheduled' && b.reason !== 'quit',
    }));
    for (const name of chooseBackupsToPrune(candidates, policy, now())) {
      log.info('backup: pruning', name);
      try {
        // Sidecar first: interrupted here, the backup is merely re-checked on the next start, whereas a
        // sidecar outliving its backup would vouch for a file that is gone.
        await rm(join(dir, `${name}${SIDECAR_SUFFIX}`), { force: true });
        await rm(join(dir, name), { force: true });
      } catch (error) {
        log.warn('backup: could not prune', name, error);
      }
    }
  }

  async function takeBackup(reason: BackupReason): Promise<BackupInfo> {
    const dir = currentDir();
    await mkdir(dir, { recursive: true });
    const at = now();
    const name = uniqueBackupFileName(at, reason, new Set(await readdir(dir)));
    try {
      await writeBackupFile({ dir, name, chunks: produce(reason), sleep });
    } catch (error) {
      log.error('backup: could not write', name, error);
      throw error;
    }
    const sidecar = await verifyAndRecord({ dir, name, at, reason, verify, now });
    if (sidecar.verified) {
      log.info('backup: verified', name);
      await prune(dir).catch((error: unknown) => log.warn('backup: pruning failed', error));
    } else {
      log.error('backup: did not verify, older backups are kept', name, sidecar.error);
    }
    const info = infoFromSidecar(dir, sidecar);
    options.onBackup?.(info);
    return info;
  }

  /** After a crash: temps removed, sidecars of vanished backups dropped, unchecked backups checked. */
  async function prepare(dir: string): Promise<void> {
    await mkdir(dir, { recursive: true });
    const removed = await removeStrayTemps(dir);
    if (removed.length > 0) log.warn('backup: removed files of an interrupted write', removed);
    const names = new Set(await readdir(dir));
    for (const name of names) {
      const backupName = name.slice(0, -SIDECAR_SUFFIX.length);
      if (name.endsWith(SIDECAR_SUFFIX) && parseBackupFileName(backupName) && !names.has(backupName)) {
        await rm(join(dir, name), { force: true });
      }
    }
    for (const backup of await readBackups(dir)) {
      if (backup.verification !== 'pending') continue;
      const sidecar = await verifyAndRecord({
        dir,
        name: backup.name,
        at: new Date(backup.at),
        reason: backup.reason,
        verify,
        now,
      });
      log.info(
        'backup: checked after an interruption',
        backup.name,
        sidecar.verified ? 'verified' : sidecar.error,
      );
    }
  }

  function onTimer(): void {
    // A backup still running (or waiting) makes this one redundant; skipping keeps a slow disk from
    // piling up scheduled backups.
    if (queued > 0) return;
    backupNow('scheduled').catch((error: unknown) => log.error('backup: scheduled backup failed', error));
  }

  const backupNow = (reason: BackupReason) => serialise(() => takeBackup(reason));

  function stop(): void {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
  }

  return {
    start() {
      if (timer === undefined) timer = setTimer(onTimer, intervalMs);
      return serialise(() => prepare(currentDir()));
    },
    stop,
    backupNow,
    async backupOnQuit(timeoutMs) {
      // No scheduled backup may start behind the quit backup and hold the app open.
      stop();
      const backup = backupNow('quit').then(
        (info): QuitBackupOutcome => (info.verification === 'verified' ? 'verified' : 'unverified'),
        (error: unknown): QuitBackupOutcome => {
          log.error('backup: quit backup failed', error);
          return 'failed';
        },
      );
      const outcome = await Promise.race([
        backup,
        sleep(timeoutMs).then((): QuitBackupOutcome => 'timed-out'),
      ]);
      if (outcome === 'timed-out') log.warn('backup: quit backup did not finish in time', timeoutMs);
      return outcome;
    },
    list: () => readBackups(currentDir()),
    setDir: (dir) =>
      serialise(async () => {
        await prepare(dir);
        chosenDir = dir;
      }),
    currentDir,
  };
}
