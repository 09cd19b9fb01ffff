import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type BackupReason,
  type BackupServiceOptions,
  backupReasons,
  createBackupService,
  type VerifyBackup,
} from '../../../../electron/backup';
import { backupFileName } from '../../../../electron/backup/names';
import { fakePackage, fakeVerify, inChunks } from './fake-package';

const HOUR = 3_600_000;

describe('backup service', () => {
  let dir: string;
  let clock: Date;
  let timers: { callback: () => void; ms: number; cleared: boolean }[];
  let logs: { level: string; details: unknown[] }[];
  let produced: BackupReason[];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'salesdesk-backup-service-'));
    clock = new Date('2026-06-10T12:00:00.000Z');
    timers = [];
    logs = [];
    produced = [];
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const makeService = (overrides: Partial<BackupServiceOptions> = {}) =>
    createBackupService({
      dir: () => dir,
      now: () => clock,
      produce: (reason) => {
        produced.push(reason);
        return inChunks(fakePackage(5000), 1024);
      },
      verify: fakeVerify,
      policy: { hourly: 24, daily: 14, weekly: 8, monthly: 12 },
      setTimer: (callback, ms) => {
        const timer = { callback, ms, cleared: false };
        timers.push(timer);
        return timer;
      },
      clearTimer: (handle) => {
        (handle as { cleared: boolean }).cleared = true;
      },
      log: {
        info: (...details) => logs.push({ level: 'info', details }),
        warn: (...details) => logs.push({ level: 'warn', details }),
        error: (...details) => logs.push({ level: 'error', details }),
      },
      ...overrides,
    });

  const tick = (hours = 1) => {
    clock = new Date(clock.getTime() + hours * HOUR);
  };

  it('schedules hourly backups on start, and stops', async () => {
    const service = makeService();
    await service.start();
    expect(timers).toHaveLength(1);
    expect(timers[0]?.ms).toBe(HOUR);
    timers[0]?.callback();
    await vi.waitFor(async () => {
      const list = await service.list();
      expect(list.map((b) => [b.reason, b.verification])).toEqual([['scheduled', 'verified']]);
    });
    service.stop();
    expect(timers[0]?.cleared).toBe(true);
    // Starting twice does not schedule twice.
    await service.start();
    await service.start();
    expect(timers.filter((t) => !t.cleared)).toHaveLength(1);
  });

  it('takes the interval it is given and skips a tick while a backup is still running', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const service = makeService({
      intervalMs: 10 * 60_000,
      produce: async function* (reason) {
        produced.push(reason);
        await gate;
        yield fakePackage(100);
      },
    });
    await service.start();
    expect(timers[0]?.ms).toBe(10 * 60_000);
    const manual = service.backupNow('manual');
    timers[0]?.callback();
    release();
    await manual;
    // Queued behind a scheduled backup, had the tick not been skipped.
    await service.backupNow('before-import');
    expect(produced).toEqual(['manual', 'before-import']);
  });

  it.each(backupReasons)('takes a %s backup, named and listed with its reason', async (reason) => {
    const service = makeService();
    const info = await service.backupNow(reason);
    expect(info).toMatchObject({
      name: backupFileName(clock, reason),
      path: join(dir, backupFileName(clock, reason)),
      at: clock.toISOString(),
      reason,
      size: 5032,
      counts: { bytes: 5000 },
      verification: 'verified',
      verifiedAt: clock.toISOString(),
      error: null,
    });
    expect(info.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await service.list()).toEqual([info]);
    expect((await readdir(dir)).sort()).toEqual([info.name, `${info.name}.json`]);
    expect(produced).toEqual([reason]);
  });

  it('lists newest first, with a sidecar per backup', async () => {
    const service = makeService();
    const first = await service.backupNow('scheduled');
    tick();
    const second = await service.backupNow('before-import');
    tick();
    const third = await service.backupNow('manual');
    expect((await service.list()).map((b) => b.name)).toEqual([third.name, second.name, first.name]);
    const sidecar = JSON.parse(await readFile(join(dir, `${second.name}.json`), 'utf8'));
    expect(sidecar).toMatchObject({
      reason: 'before-import',
      verified: true,
      size: 5032,
      counts: { bytes: 5000 },
    });
  });

  it('prunes by the policy, and only after the new backup has verified', async () => {
    const seenByVerify: string[][] = [];
    const service = makeService({
      policy: { hourly: 2, daily: 0, weekly: 0, monthly: 0 },
      verify: async (path) => {
        seenByVerify.push((await readdir(dir)).filter((n) => n.endsWith('.sdpkg')).sort());
        return fakeVerify(path);
      },
    });
    const names: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      names.push((await service.backupNow('scheduled')).name);
      tick();
    }
    // Each verification still saw every backup the previous rounds kept, its own included.
    expect(seenByVerify.map((seen) => seen.length)).toEqual([1, 2, 3, 3]);
    expect((await service.list()).map((b) => b.name)).toEqual([names[3], names[2]]);
    expect(logs.filter((l) => l.details[0] === 'backup: pruning').map((l) => l.details[1])).toEqual([
      names[0],
      names[1],
    ]);
  });

  it('keeps every older backup when the new one fails verification, and reports why', async () => {
    let failNext = false;
    const verify: VerifyBackup = async (path) =>
      failNext ? { ok: false, error: 'checksum mismatch' } : fakeVerify(path);
    const service = makeService({ policy: { hourly: 0, daily: 0, weekly: 0, monthly: 0 }, verify });
    const good = await service.backupNow('scheduled');
    tick();
    failNext = true;
    const bad = await service.backupNow('before-restore');
    expect(bad).toMatchObject({
      verification: 'failed',
      error: 'checksum mismatch',
      sha256: null,
      counts: {},
    });
    expect((await service.list()).map((b) => [b.name, b.verification])).toEqual([
      [bad.name, 'failed'],
      [good.name, 'verified'],
    ]);
    expect(logs.some((l) => l.level === 'error' && l.details.includes('checksum mismatch'))).toBe(true);

    // The next good backup replaces both (policy keeps only the newest verified one).
    tick();
    failNext = false;
    const next = await service.backupNow('scheduled');
    expect((await service.list()).map((b) => b.name)).toEqual([next.name]);
  });

  it('treats a verifier that throws as a failed verification', async () => {
    const service = makeService({
      verify: async () => {
        throw new Error('cannot parse header');
      },
    });
    const info = await service.backupNow('manual');
    expect(info).toMatchObject({ verification: 'failed', error: 'cannot parse header' });
  });

  it('rejects when the bytes cannot be written, leaving older backups and no temp file', async () => {
    const service = makeService();
    const good = await service.backupNow('scheduled');
    tick();
    const failing = makeService({
      produce: async function* () {
        yield new Uint8Array(100);
        throw new Error('renderer closed');
      },
    });
    await expect(failing.backupNow('quit')).rejects.toThrow('renderer closed');
    expect((await readdir(dir)).sort()).toEqual([good.name, `${good.name}.json`]);
  });

  it('runs concurrent backups one at a time, in call order, under distinct names', async () => {
    let running = 0;
    let maxRunning = 0;
    const service = makeService({
      produce: async function* (reason) {
        produced.push(reason);
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        yield* inChunks(fakePackage(2000), 100);
        running -= 1;
      },
    });
    // The clock does not move: same millisecond, same reason for two of them.
    const results = await Promise.all([
      service.backupNow('manual'),
      service.backupNow('before-import'),
      service.backupNow('manual'),
    ]);
    expect(maxRunning).toBe(1);
    expect(produced).toEqual(['manual', 'before-import', 'manual']);
    expect(new Set(results.map((r) => r.name)).size).toBe(3);
    expect(results.every((r) => r.verification === 'verified')).toBe(true);
  });

  it('a failed backup does not stop the ones queued behind it', async () => {
    let calls = 0;
    const service = makeService({
      produce: async function* () {
        calls += 1;
        if (calls === 1) throw new Error('first fails');
        yield fakePackage(10);
      },
    });
    const [first, second] = await Promise.allSettled([
      service.backupNow('manual'),
      service.backupNow('manual'),
    ]);
    expect(first.status).toBe('rejected');
    expect(second).toMatchObject({ status: 'fulfilled', value: { verification: 'verified' } });
  });

  it('on start removes temps of an interrupted write and sidecars whose backup is gone', async () => {
    const service = makeService();
    const kept = await service.backupNow('manual');
    const orphan = `${backupFileName(new Date('2026-06-01T00:00:00Z'), 'scheduled')}.json`;
    await writeFile(join(dir, orphan), await readFile(join(dir, `${kept.name}.json`)));
    await writeFile(join(dir, `.${backupFileName(clock, 'quit')}.0123456789ab.tmp`), 'half a backup');
    await writeFile(join(dir, `.${kept.name}.json.abcdef012345.tmp`), '{"na');
    await writeFile(join(dir, 'readme.txt'), 'not ours');
    await makeService().start();
    expect((await readdir(dir)).sort()).toEqual([kept.name, `${kept.name}.json`, 'readme.txt'].sort());
    expect(
      logs.some(
        (l) => l.level === 'warn' && l.details[0] === 'backup: removed files of an interrupted write',
      ),
    ).toBe(true);
  });

  it('on start verifies backups that lost their sidecar, from their name', async () => {
    const goodName = backupFileName(new Date('2026-06-10T09:00:00Z'), 'before-upgrade');
    const tornName = backupFileName(new Date('2026-06-10T10:00:00Z'), 'scheduled');
    await writeFile(join(dir, goodName), fakePackage(300));
    await writeFile(join(dir, tornName), fakePackage(300).subarray(0, 200));
    const service = makeService();
    expect((await service.list()).map((b) => b.verification)).toEqual(['pending', 'pending']);
    await service.start();
    const list = await service.list();
    expect(list.map((b) => [b.name, b.reason, b.at, b.verification])).toEqual([
      [tornName, 'scheduled', '2026-06-10T10:00:00.000Z', 'failed'],
      [goodName, 'before-upgrade', '2026-06-10T09:00:00.000Z', 'verified'],
    ]);
    expect(list[1]?.counts).toEqual({ bytes: 300 });
    expect((await readdir(dir)).filter((n) => n.endsWith('.json'))).toHaveLength(2);
  });

  it('ignores a sidecar that names another backup', async () => {
    const service = makeService();
    const a = await service.backupNow('manual');
    tick();
    const b = await service.backupNow('manual');
    await writeFile(join(dir, `${b.name}.json`), await readFile(join(dir, `${a.name}.json`)));
    expect((await service.list()).find((x) => x.name === b.name)?.verification).toBe('pending');
  });

  it('lists nothing when the folder does not exist yet', async () => {
    const service = makeService({ dir: () => join(dir, 'not', 'yet') });
    expect(await service.list()).toEqual([]);
    await service.backupNow('manual');
    expect(await service.list()).toHaveLength(1);
  });

  it('moves future backups to a new folder, prepared first', async () => {
    const service = makeService();
    const old = await service.backupNow('manual');
    const next = join(dir, 'elsewhere');
    await service.setDir(next);
    expect(service.currentDir()).toBe(next);
    tick();
    const moved = await service.backupNow('manual');
    expect(moved.path).toBe(join(next, moved.name));
    expect((await service.list()).map((b) => b.name)).toEqual([moved.name]);
    // The old folder is left as it was.
    expect((await readdir(dir)).sort()).toEqual([old.name, `${old.name}.json`, 'elsewhere'].sort());
  });

  it('keeps the old folder when the new one cannot be used', async () => {
    const service = makeService();
    await writeFile(join(dir, 'a-file'), 'x');
    await expect(service.setDir(join(dir, 'a-file', 'sub'))).rejects.toThrow();
    expect(service.currentDir()).toBe(dir);
  });

  it('takes a quit backup, stopping the schedule', async () => {
    const service = makeService();
    await service.start();
    expect(await service.backupOnQuit(5000)).toBe('verified');
    expect(timers[0]?.cleared).toBe(true);
    expect((await service.list()).map((b) => b.reason)).toEqual(['quit']);
  });

  it('gives up waiting for a quit backup after the timeout', async () => {
    const service = makeService({
      produce: async function* () {
        yield new Uint8Array(10);
        await new Promise(() => undefined);
      },
    });
    const started = Date.now();
    expect(await service.backupOnQuit(50)).toBe('timed-out');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports a quit backup that failed or did not verify', async () => {
    const failing = makeService({
      produce: async function* () {
        yield* [];
        throw new Error('no window');
      },
    });
    expect(await failing.backupOnQuit(5000)).toBe('failed');
    const unverified = makeService({ verify: async () => ({ ok: false, error: 'bad' }) });
    expect(await unverified.backupOnQuit(5000)).toBe('unverified');
  });

  it('keeps a bounded set over weeks of hourly backups with the default policy', async () => {
    const service = makeService({ produce: () => inChunks(fakePackage(10), 10) });
    // Three weeks of a backup every three hours.
    for (let i = 0; i < (21 * 24) / 3; i += 1) {
      await service.backupNow('scheduled');
      tick(3);
    }
    const list = await service.list();
    // 8 in the last day, then one a day back to 14 days, then one a week.
    expect(list.length).toBeGreaterThanOrEqual(8 + 13);
    expect(list.length).toBeLessThanOrEqual(8 + 14 + 3);
    expect(list.every((b) => b.verification === 'verified')).toBe(true);
  }, 30_000);
});
