import { exportDatabaseAsIs, holdsOffice } from '../../db/upgrade-backup';
import type { DesktopBackups } from '../../platform/types';
import type { BackupResponder } from './backup-responder';

/**
 * Before the data on disk is upgraded to this app's schema: a verified backup of it as it is, in the
 * backup folder, so a failed or unwanted upgrade can be undone. Runs before the app shell exists, so it
 * provides the data as it is on disk itself. Throws when the backup is not verified:
 * the upgrade then waits (the error screen offers to retry or go on without it).
 */
export async function backupBeforeUpgrade(
  backups: DesktopBackups,
  responder: BackupResponder,
  name: string,
): Promise<void> {
  if (!(await holdsOffice(name))) return; // first run never finished: nothing to keep
  // The root's responder streams it from here while the backup is taken.
  const stop = responder.provide(async (sink) => {
    await exportDatabaseAsIs(name, sink);
  });
  try {
    const backup = await backups.backupNow('before-upgrade');
    if (backup.verification !== 'verified') throw new Error(backup.error ?? 'the backup did not verify');
  } finally {
    stop();
  }
}
