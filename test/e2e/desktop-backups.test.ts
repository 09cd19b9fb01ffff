import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BackupService, createBackupService, createPackageVerifier } from '../../electron/backup';
import { createBackupHandlers } from '../../electron/backup/ipc';
import { createRendererStreams } from '../../electron/backup/renderer-stream';
import { parseIpcArgs } from '../../electron/ipc-args';
import { readPickedFile } from '../../electron/ipc-handlers';
import { latestSchemaVersion } from '../../renderer/db/schema-versions';
import sharingEn from '../../renderer/features/sharing/locales/en.json';
import type { IpcName } from '../../shared/ipc/contract';
import { readPackage } from '../../shared/package';
import { newMachine, screenshot, serveApp } from './harness';
import { editPhone, firstRun, go } from './steps';

// The desktop app's backups, end to end in Chromium: the page gets a `window.salesdesk` bridge whose
// backup functions are main's real ones (electron/backup) running in this Node process — service,
// renderer stream, IPC handlers with their argument checks, the package reader as verifier, real files.
// Only Electron's transport is replaced: bytes cross as base64 through a Playwright binding.

const S = sharingEn.sharingArea;
let server: Awaited<ReturnType<typeof serveApp>>;
let dir: string;

beforeAll(async () => {
  server = await serveApp();
  dir = await mkdtemp(join(tmpdir(), 'salesdesk-e2e-backups-'));
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

/** In the page, before the app loads: the preload's bridge, forwarding to `__main` in Node. */
function installBridge() {
  const listeners = {
    menuCommand: new Set<(p: unknown) => void>(),
    backupRequested: new Set<(p: unknown) => void>(),
    backupTaken: new Set<(p: unknown) => void>(),
  };
  const w = window as unknown as Record<string, unknown>;
  w.__emit = (name: keyof typeof listeners, payload: unknown) => {
    for (const listener of listeners[name]) listener(payload);
  };
  const toBase64 = (bytes: Uint8Array) => {
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  };
  const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  const main = (name: string, ...args: unknown[]) =>
    (w.__main as (name: string, args: unknown[]) => Promise<unknown>)(name, args);
  const subscribe = (set: Set<(p: unknown) => void>) => (listener: (p: unknown) => void) => {
    set.add(listener);
    return () => set.delete(listener);
  };
  w.salesdesk = Object.freeze({
    getAppInfo: async () => ({
      version: 'e2e',
      platform: 'linux',
      locale: 'en-US',
      userDataPath: '',
      logPath: '',
    }),
    saveFile: async () => ({ saved: false }),
    openFile: async () => null,
    setLanguage: async () => undefined,
    openExternal: async () => false,
    onMenuCommand: subscribe(listeners.menuCommand),
    onBackupRequested: subscribe(listeners.backupRequested),
    onBackupTaken: subscribe(listeners.backupTaken),
    listBackups: () => main('listBackups'),
    backupNow: (reason: string) => main('backupNow', reason),
    chooseBackupFolder: () => main('chooseBackupFolder'),
    openBackupFolder: () => main('openBackupFolder'),
    readBackup: async (name: string) => {
      const file = (await main('readBackup', name)) as { name: string; bytes: string };
      return { name: file.name, bytes: fromBase64(file.bytes) };
    },
    backupChunk: (id: string, bytes: Uint8Array) => main('backupChunk', id, toBase64(bytes)),
    backupEnd: (id: string) => main('backupEnd', id),
    backupFail: (id: string, message: string) => main('backupFail', id, message),
  });
}

/** Main's backup side, for one page. */
async function desktopMain(page: Page) {
  const emit = (name: string, payload: unknown) =>
    void page.evaluate(
      ([n, p]) => (window as unknown as { __emit: (n: string, p: unknown) => void }).__emit(n as string, p),
      [name, payload] as const,
    );
  const streams = createRendererStreams({
    request: (request) => {
      emit('backupRequested', request);
      return true;
    },
  });
  const service: BackupService = createBackupService({
    dir: () => join(dir, 'backups'),
    produce: streams.produce,
    verify: createPackageVerifier((bytes) => readPackage(bytes, { maxSchemaVersion: latestSchemaVersion })),
    log: { info: () => undefined, warn: () => undefined, error: (...d: unknown[]) => console.error(...d) },
    onBackup: (backup) => emit('backupTaken', backup),
  });
  const handlers = createBackupHandlers({
    service,
    streams,
    chooseFolder: async () => join(dir, 'chosen'),
    openFolder: async () => undefined,
    rememberFolder: async () => undefined,
    readFile: (path) => readPickedFile(path, 200 * 1024 * 1024),
  });
  await page.exposeFunction('__main', async (name: IpcName, raw: unknown[]) => {
    const args = name === 'backupChunk' ? [raw[0], Buffer.from(raw[1] as string, 'base64')] : raw;
    const call = handlers[name as keyof typeof handlers] as (...a: unknown[]) => Promise<unknown>;
    const result = await call(...(parseIpcArgs(name, args) as unknown[]));
    if (name === 'readBackup') {
      const file = result as { name: string; bytes: Uint8Array };
      return { name: file.name, bytes: Buffer.from(file.bytes).toString('base64') };
    }
    return result;
  });
  await page.addInitScript(installBridge);
  return service;
}

const phoneOf = (page: Page, code: string) =>
  page.getByTestId('customers-table').locator(`tr[data-code="${code}"]`).textContent();

describe('desktop backups through the platform seam', () => {
  it('backs up on request and on main’s schedule, verified; a restore from the list undoes later edits', async () => {
    const machine = await newMachine('en-US');
    const { page } = machine;
    try {
      const service = await desktopMain(page);
      await firstRun(page, server.url, 'Front desk', 'A1', true);
      await go(page, 'sharing');
      await page.getByText(S.backups.empty).waitFor();
      expect(await page.getByTestId('backups-browser').count()).toBe(0);

      // "Back up now": written, read back, verified, listed with its records.
      await page.getByTestId('backup-now').click();
      await page.getByText(new RegExp(S.backups.done.replace('{{name}}', '.*'))).waitFor({ timeout: 60_000 });
      const rows = page.getByTestId('backups-list').locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(1);
      expect(await rows.first().getByTestId('backup-state').textContent()).toBe(S.backups.states.verified);
      expect(await rows.first().textContent()).toContain(S.backups.reasons.manual);
      await screenshot(page, 'en-backups-1-manual');

      // Main's own schedule asks the page for the data; the list follows.
      const scheduled = await service.backupNow('scheduled');
      expect(scheduled.verification).toBe('verified');
      expect(scheduled.counts.orders).toBe(3000);
      await expect.poll(() => rows.count()).toBe(2);

      // A later edit, then a restore of the first backup (replace, after its own safety backup).
      await editPhone(page, 'C0002', '099-9999-9999');
      await go(page, 'sharing');
      const manual = rows.filter({ hasText: S.backups.reasons.manual });
      await manual.getByTestId('backup-restore').click();
      await page.getByTestId('import-preview').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('import-apply').textContent()).toBe(S.import.applyReplace);
      await screenshot(page, 'en-backups-2-restore-preview');
      await page.getByTestId('import-apply').click();
      await page.getByTestId('confirm-replace').click();
      // The app reloads under its new device id once the data is replaced.
      await page.waitForEvent('load', { timeout: 120_000 });
      await go(page, 'customers');
      await page.getByTestId('customers-table').locator('tr[data-code="C0002"]').waitFor();
      expect(await phoneOf(page, 'C0002')).not.toContain('099-9999-9999');
      // The restore finished: the reloaded app does not report it as cut off.
      expect(await page.getByTestId('unfinished-work').count()).toBe(0);

      const files = (await readdir(join(dir, 'backups'))).filter((n) => n.endsWith('.sdpkg'));
      expect(files.some((n) => n.endsWith('-before-restore.sdpkg'))).toBe(true);
      expect(files).toHaveLength(3);
      await go(page, 'sharing');
      await expect.poll(() => rows.count()).toBe(3);
      await screenshot(page, 'en-backups-3-after-restore');
      expect(machine.errors).toEqual([]);
    } catch (error) {
      await screenshot(page, 'en-backups-failure');
      throw error;
    } finally {
      await machine.close();
    }
  });
});
