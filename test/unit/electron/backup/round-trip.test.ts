import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackupService, createPackageVerifier } from '../../../../electron/backup';
import { createBackupHandlers } from '../../../../electron/backup/ipc';
import { createRendererStreams } from '../../../../electron/backup/renderer-stream';
import { readPickedFile } from '../../../../electron/ipc-handlers';
import { backupBeforeUpgrade } from '../../../../renderer/app/backups/backup-before-upgrade';
import { createBackupResponder } from '../../../../renderer/app/backups/backup-responder';
import { answerBackupRequest, wholeOffice } from '../../../../renderer/app/backups/backup-stream';
import { versionOnDisk } from '../../../../renderer/db/database';
import { applyPackage } from '../../../../renderer/db/package-apply';
import { previewPackage } from '../../../../renderer/db/package-import';
import { loadSampleOffice } from '../../../../renderer/db/sample-loader';
import {
  latestSchemaVersion,
  type SchemaVersion,
  schemaVersions,
} from '../../../../renderer/db/schema-versions';
import type { DataSession } from '../../../../renderer/db/session';
import { openDatabase } from '../../../../renderer/db/session';
import type { BackupRequest, DesktopBackups } from '../../../../renderer/platform/types';
import { readPackage } from '../../../../shared/package';
import { tableNames } from '../../../../shared/schema/tables';
import { freshSession } from '../../db/fixtures';

// The desktop backup path without Electron: main's service asks, the renderer's responder streams a
// package out of its database, main writes, verifies with the package reader and lists it; "Restore"
// reads it back and replaces the data. Only Electron's dialog, shell and IPC transport are left out.

async function synced(session: DataSession): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const table of tableNames) out[table] = await session.db.table(table).orderBy(':id').toArray();
  return JSON.stringify(out);
}

describe('desktop backups, renderer to disk and back', () => {
  let dir: string;
  let session: DataSession;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'salesdesk-round-trip-'));
    session = await freshSession(() => new Date());
    await loadSampleOffice(session, {
      language: 'en',
      orders: 150,
      asOf: new Date('2026-11-28T09:00:00+08:00'),
      seed: 3,
    });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Main's backup side and the renderer's platform.backups over it, with "IPC" that is a call. */
  function desktop() {
    const remembered: string[] = [];
    const listeners = new Set<(request: BackupRequest) => void>();
    const streams = createRendererStreams({
      request: (request) => {
        for (const listener of listeners) listener(request);
        return listeners.size > 0;
      },
    });
    const service = createBackupService({
      dir: () => join(dir, 'default'),
      produce: streams.produce,
      verify: createPackageVerifier((bytes) => readPackage(bytes, { maxSchemaVersion: latestSchemaVersion })),
      log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    });
    const handlers = createBackupHandlers({
      service,
      streams,
      chooseFolder: async () => join(dir, 'chosen'),
      openFolder: vi.fn(async () => undefined),
      rememberFolder: async (d) => {
        remembered.push(d);
      },
      readFile: (path) => readPickedFile(path, 50 * 1024 * 1024),
    });
    const backups: DesktopBackups = {
      list: async () => handlers.listBackups(),
      backupNow: async (reason) => handlers.backupNow(reason),
      chooseFolder: async () => handlers.chooseBackupFolder(),
      openFolder: async () => {
        await handlers.openBackupFolder();
      },
      read: async (name) => handlers.readBackup(name),
      onRequest: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      onTaken: () => () => undefined,
      chunk: async (id, bytes) => {
        await handlers.backupChunk(id, bytes);
      },
      end: async (id) => {
        await handlers.backupEnd(id);
      },
      fail: async (id, message) => {
        await handlers.backupFail(id, message);
      },
    };
    return { handlers, remembered, backups, listeners };
  }

  /** The app shell's responder: answers every request with the whole office. */
  function withShell() {
    const desk = desktop();
    desk.backups.onRequest(
      (request) => void answerBackupRequest(desk.backups, request, wholeOffice(session)),
    );
    return desk;
  }

  it('"Back up now" writes a verified backup with the office’s counts; restoring it undoes later edits', async () => {
    const { handlers } = withShell();
    const backup = await handlers.backupNow('manual');
    expect(backup.verification).toBe('verified');
    expect(backup.counts.orders).toBe(150);
    expect(backup.counts.customers).toBe(await session.db.customers.count());
    const listed = await handlers.listBackups();
    expect(listed.dir).toBe(join(dir, 'default'));
    expect(listed.backups.map((b) => b.name)).toEqual([backup.name]);

    const before = await synced(session);
    const customer = (await session.db.customers.orderBy(':id').first()) as { id: string };
    await session.repos.customers.update(customer.id, { phone: '000-0000' });
    expect(await synced(session)).not.toBe(before);

    const file = await handlers.readBackup(backup.name);
    const preview = await previewPackage(session, file.bytes);
    await applyPackage(session, preview, { mode: 'replace' });
    expect((await session.db.customers.get(customer.id))?.phone).not.toBe('000-0000');
    expect(await synced(session)).toBe(before);
  });

  it('a chosen folder takes the next backups and is remembered; only backup files can be read back', async () => {
    const { handlers, remembered } = withShell();
    expect(await handlers.chooseBackupFolder()).toBe(join(dir, 'chosen'));
    expect(remembered).toEqual([join(dir, 'chosen')]);
    const backup = await handlers.backupNow('before-import');
    expect(backup.path.startsWith(join(dir, 'chosen'))).toBe(true);
    expect((await readdir(join(dir, 'chosen'))).filter((n) => n.endsWith('.sdpkg'))).toEqual([backup.name]);
    await expect(handlers.readBackup('settings.json')).rejects.toThrow(/not a backup/);
  });

  describe('before a schema upgrade', () => {
    // A later app version: the same stores under a newer version number, so the data on disk is "older".
    const newer: SchemaVersion[] = [
      ...schemaVersions,
      { version: 20991231, stores: { ...(schemaVersions.at(-1) as SchemaVersion).stores } },
    ];

    it('backs the data up as it is, verified and restorable, and only then upgrades', async () => {
      const name = session.db.name;
      const before = await synced(session);
      const counts = {
        orders: await session.db.orders.count(),
        customers: await session.db.customers.count(),
      };
      session.db.close();
      const desk = desktop();
      const responder = createBackupResponder(); // the root's
      responder.answer(desk.backups);
      const result = await openDatabase(name, {
        versions: newer,
        beforeUpgrade: () => backupBeforeUpgrade(desk.backups, responder, name),
      });
      expect(result.ok ? 'ok' : result.detail).toBe('ok');
      expect(await versionOnDisk(name)).toBe(20991231);
      // Once the backup is taken the data as it was is no longer what a backup gets.
      await expect(desk.handlers.backupNow('manual')).rejects.toThrow(/no office is open/);

      const [backup] = (await desk.handlers.listBackups()).backups;
      expect(backup).toMatchObject({ reason: 'before-upgrade', verification: 'verified' });
      expect(backup?.counts).toMatchObject(counts);
      const file = await desk.handlers.readBackup(backup?.name as string);
      const pkg = await readPackage(file.bytes, { maxSchemaVersion: 20991231 });
      expect(pkg.header.schemaVersion).toBe(latestSchemaVersion); // the version the data was in

      // Restored into a fresh machine, it is the office as it was before the upgrade.
      const other = await freshSession(() => new Date());
      await applyPackage(other, await previewPackage(other, file.bytes), { mode: 'replace' });
      expect(await synced(other)).toBe(before);
    });

    it('a backup that fails leaves the data unupgraded and unchanged', async () => {
      const name = session.db.name;
      const before = await synced(session);
      session.db.close();
      const desk = desktop();
      const responder = createBackupResponder();
      responder.answer(desk.backups);
      // The backup folder cannot be written: a file stands where the folder should be.
      await writeFile(join(dir, 'default'), 'not a folder');
      const result = await openDatabase(name, {
        versions: newer,
        beforeUpgrade: () => backupBeforeUpgrade(desk.backups, responder, name),
      });
      expect(result).toMatchObject({ ok: false, failure: 'backup' });
      expect(await versionOnDisk(name)).toBe(latestSchemaVersion);
      const again = await openDatabase(name);
      if (!again.ok) throw new Error(again.detail);
      expect(await synced({ ...session, db: again.db })).toBe(before);
    });

    it('no upgrade due, or no data yet: no backup is asked for', async () => {
      const ask = vi.fn(async () => undefined);
      const name = session.db.name;
      session.db.close();
      expect((await openDatabase(name, { beforeUpgrade: ask })).ok).toBe(true);
      expect(
        (await openDatabase(`empty-${crypto.randomUUID()}`, { versions: newer, beforeUpgrade: ask })).ok,
      ).toBe(true);
      expect(ask).not.toHaveBeenCalled();
    });
  });
});
