import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackupService, createPackageVerifier } from '../../../../electron/backup';
import { createBackupHandlers } from '../../../../electron/backup/ipc';
import { createRendererStreams } from '../../../../electron/backup/renderer-stream';
import { readPickedFile } from '../../../../electron/ipc-handlers';
import { applyPackage, previewPackage } from '../../../../renderer/db/package-import';
import { loadSampleOffice } from '../../../../renderer/db/sample-loader';
import { latestSchemaVersion } from '../../../../renderer/db/schema-versions';
import type { DataSession } from '../../../../renderer/db/session';
import { answerBackupRequest } from '../../../../renderer/features/sharing/backup-responder';
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

  function desktop() {
    const remembered: string[] = [];
    let handlers: ReturnType<typeof createBackupHandlers>;
    // The renderer side: what the preload's onBackupRequested listener does, over "IPC" that is a call.
    const streams = createRendererStreams({
      request: (request) => {
        void answerBackupRequest(
          session,
          {
            chunk: (id, bytes) => handlers.backupChunk(id, bytes) as Promise<void>,
            end: (id) => handlers.backupEnd(id) as Promise<void>,
            fail: (id, message) => handlers.backupFail(id, message) as Promise<void>,
          },
          request,
        );
        return true;
      },
    });
    const service = createBackupService({
      dir: () => join(dir, 'default'),
      produce: streams.produce,
      verify: createPackageVerifier((bytes) => readPackage(bytes, { maxSchemaVersion: latestSchemaVersion })),
      log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    });
    handlers = createBackupHandlers({
      service,
      streams,
      chooseFolder: async () => join(dir, 'chosen'),
      openFolder: vi.fn(async () => undefined),
      rememberFolder: async (d) => {
        remembered.push(d);
      },
      readFile: (path) => readPickedFile(path, 50 * 1024 * 1024),
    });
    return { handlers, remembered };
  }

  it('"Back up now" writes a verified backup with the office’s counts; restoring it undoes later edits', async () => {
    const { handlers } = desktop();
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
    const { handlers, remembered } = desktop();
    expect(await handlers.chooseBackupFolder()).toBe(join(dir, 'chosen'));
    expect(remembered).toEqual([join(dir, 'chosen')]);
    const backup = await handlers.backupNow('before-import');
    expect(backup.path.startsWith(join(dir, 'chosen'))).toBe(true);
    expect((await readdir(join(dir, 'chosen'))).filter((n) => n.endsWith('.sdpkg'))).toEqual([backup.name]);
    await expect(handlers.readBackup('settings.json')).rejects.toThrow(/not a backup/);
  });
});
