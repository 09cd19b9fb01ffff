import { vi } from 'vitest';

/** The backup functions of the IPC contract as fakes, for tests of what carries them (not what they do). */
export const fakeBackupHandlers = () => ({
  listBackups: vi.fn(async () => ({ dir: '/b', backups: [] })),
  backupNow: vi.fn(async () => {
    throw new Error('not in this test');
  }),
  chooseBackupFolder: vi.fn(async () => null),
  openBackupFolder: vi.fn(async () => undefined),
  readBackup: vi.fn(async () => ({ name: 'x', bytes: new Uint8Array() })),
  backupChunk: vi.fn(async () => undefined),
  backupEnd: vi.fn(async () => undefined),
  backupFail: vi.fn(async () => undefined),
});
