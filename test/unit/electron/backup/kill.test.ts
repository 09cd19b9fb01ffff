// Interrupted backups: a child process takes backups in a loop and is killed
// with SIGKILL at random moments. After every kill, each backup that had verified and was not being
// pruned must still be there and verify, every file under a final name must be complete, and the only
// debris allowed is temp files, which the next start removes.

import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackupService } from '../../../../electron/backup';
import { parseBackupFileName } from '../../../../electron/backup/names';
import { readSidecar } from '../../../../electron/backup/verify';
import { isTempFileName } from '../../../../electron/backup/write';
import { fakeVerify } from './fake-package';

const TRIALS = 40;
const MAX_KILL_DELAY_MS = 120;
/** A loaded machine writes slower: the kill window widens while trials end before any backup verifies. */
const WIDEST_KILL_DELAY_MS = 2_000;

let work: string;
let childScript: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'salesdesk-backup-kill-'));
  childScript = join(work, 'kill-child.mjs');
  await build({
    input: fileURLToPath(new URL('./kill-child.ts', import.meta.url)),
    platform: 'node',
    logLevel: 'silent',
    output: { file: childScript, format: 'esm' },
  });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Start the child, wait until it runs, let it work for `delayMs`, then SIGKILL it. */
async function runAndKill(dir: string, journal: string, epoch: number, delayMs: number): Promise<void> {
  const child = spawn(process.execPath, [childScript, dir, journal, String(epoch)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (data) => {
    stderr += String(data);
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once('exit', (_code, signal) => resolve(signal)),
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', () => reject(new Error(`the child exited before it started: ${stderr}`)));
  });
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  child.kill('SIGKILL');
  const signal = await exited;
  // Anything else means the child died on its own, which is a failure of the code under test.
  expect(signal, stderr).toBe('SIGKILL');
}

async function readJournal(journal: string) {
  const text = await readFile(journal, 'utf8').catch(() => '');
  const entries = text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { verified?: string; pruning?: string; error?: string });
  return {
    verified: entries.flatMap((e) => (e.verified ? [e.verified] : [])),
    pruning: new Set(entries.flatMap((e) => (e.pruning ? [e.pruning] : []))),
    errors: entries.flatMap((e) => (e.error ? [e.error] : [])),
  };
}

describe('backups killed mid-flight', () => {
  it('never lose a verified backup and leave only temp files behind', async () => {
    const dir = join(work, 'backups');
    const journal = join(work, 'journal.ndjson');
    await writeFile(journal, '');
    const epoch = Date.now();
    let killsWithTemps = 0;
    let window = MAX_KILL_DELAY_MS;
    let verifiedSoFar = 0;

    for (let trial = 0; trial < TRIALS; trial += 1) {
      await runAndKill(dir, journal, epoch, Math.random() * window);
      const names = await readdir(dir).catch(() => [] as string[]);
      const backups = names.filter((n) => parseBackupFileName(n));
      const sidecars = names.filter((n) => n.endsWith('.json') && parseBackupFileName(n.slice(0, -5)));
      const temps = names.filter(isTempFileName);
      if (temps.length > 0) killsWithTemps += 1;

      // Nothing but backups, their sidecars and temp files.
      expect(
        names.filter((n) => !backups.includes(n) && !sidecars.includes(n) && !temps.includes(n)),
      ).toEqual([]);
      // Every file under a final name is complete (the fake packages are all good, so a failure here
      // means a torn write became visible).
      for (const name of backups)
        expect(await fakeVerify(join(dir, name)), `${name} after trial ${trial}`).toMatchObject({ ok: true });
      // No sidecar outlives its backup, and a sidecar's verdict matches its file.
      for (const sidecarFile of sidecars) {
        const name = sidecarFile.slice(0, -5);
        expect(backups, `sidecar without backup after trial ${trial}`).toContain(name);
        const sidecar = await readSidecar(dir, name);
        const check = await fakeVerify(join(dir, name));
        expect(sidecar?.verified).toBe(true);
        expect(check.ok && check.sha256).toBe(sidecar?.sha256);
      }
      // Every backup that verified is still there unless rotation was pruning it; the newest one never is.
      const { verified, pruning, errors } = await readJournal(journal);
      expect(errors).toEqual([]);
      if (verified.length === verifiedSoFar) window = Math.min(window * 1.5, WIDEST_KILL_DELAY_MS);
      verifiedSoFar = verified.length;
      for (const name of verified) if (!pruning.has(name)) expect(backups, `trial ${trial}`).toContain(name);
      const newest = verified.at(-1);
      if (newest) expect(pruning.has(newest)).toBe(false);

      // Every other trial, the next start is ours (else the next child's): no temps, all checked.
      if (trial % 2 === 1 || trial === TRIALS - 1) {
        const service = createBackupService({
          dir: () => dir,
          produce: () => {
            throw new Error('not used');
          },
          verify: fakeVerify,
          setTimer: () => undefined,
          clearTimer: () => undefined,
          log: { info: () => undefined, warn: () => undefined, error: () => undefined },
        });
        await service.start();
        service.stop();
        expect((await readdir(dir)).filter(isTempFileName)).toEqual([]);
        const list = await service.list();
        expect(list.map((b) => b.verification)).toEqual(list.map(() => 'verified'));
        expect(list.map((b) => b.name).sort()).toEqual(backups.sort());
      }
    }

    const { verified, pruning } = await readJournal(journal);
    // The kills really came mid-write and rotation really ran, or the test proved nothing.
    expect(killsWithTemps).toBeGreaterThan(0);
    expect(verified.length).toBeGreaterThan(TRIALS / 2);
    expect(pruning.size).toBeGreaterThan(0);
  }, 120_000);
});
