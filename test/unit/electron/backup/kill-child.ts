// Run by kill.test.ts in a child Node process (bundled first): takes backups in a loop with the real
// writer and service until the parent kills it. A journal, appended synchronously so a SIGKILL cannot
// lose an entry already made, tells the parent which backups verified and which were being pruned.
//
// argv: <backup dir> <journal file> <epoch ms of the shared virtual clock>

import { appendFileSync } from 'node:fs';
import { backupReasons, createBackupService } from '../../../../electron/backup';
import { fakePackage, fakeVerify, inChunks } from './fake-package';

const [dir = '', journal = '', epochArg = '0'] = process.argv.slice(2);
const epoch = Number(epochArg);
const note = (entry: Record<string, unknown>) => appendFileSync(journal, `${JSON.stringify(entry)}\n`);
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

const service = createBackupService({
  dir: () => dir,
  // A real millisecond is a virtual minute, so a few seconds of backups span days and rotation prunes
  // across hours and days, not only within one hour.
  now: () => new Date(epoch + (Date.now() - epoch) * 60_000),
  produce: () => inChunks(fakePackage(10_000 + Math.floor(Math.random() * 300_000)), 16 * 1024),
  verify: fakeVerify,
  policy: { hourly: 3, daily: 2, weekly: 1, monthly: 0 },
  // Never fires: the loop below takes the backups.
  setTimer: () => undefined,
  clearTimer: () => undefined,
  log: {
    info: (message, name) => {
      if (message === 'backup: verified') note({ verified: name });
      if (message === 'backup: pruning') note({ pruning: name });
    },
    warn: () => undefined,
    error: (...details) => note({ error: details.map(String).join(' ') }),
  },
});

process.stdout.write('ready\n');
await service.start();
for (;;) await service.backupNow(pick(backupReasons));
