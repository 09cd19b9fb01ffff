// A backup's file name carries its time and reason, so a file whose sidecar was lost (a crash between the
// rename and the sidecar) can still be listed, verified and rotated. Times are UTC, written without
// colons: Windows forbids them in file names.

import { type BackupReason, backupReasons, isBackupReason } from '../../shared/ipc/backups';
import { PACKAGE_EXTENSION } from '../../shared/package/types';

export { type BackupReason, backupReasons, isBackupReason } from '../../shared/ipc/backups';

const NAME_PATTERN = new RegExp(
  `^backup-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z-(${backupReasons.join('|')})(?:-(\\d+))?\\.${PACKAGE_EXTENSION}$`,
);

/**
 * `backup-2026-06-01T08-30-00-000Z-manual.sdpkg`; `copy` (2, 3, …) tells apart two backups of the same
 * reason in the same millisecond.
 */
export function backupFileName(at: Date, reason: BackupReason, copy = 1): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return `backup-${stamp}-${reason}${copy > 1 ? `-${copy}` : ''}.${PACKAGE_EXTENSION}`;
}

/** The time and reason of a backup file's name, or undefined for any other file. */
export function parseBackupFileName(name: string): { at: Date; reason: BackupReason } | undefined {
  const match = NAME_PATTERN.exec(name);
  if (!match) return undefined;
  const [, day, hours, minutes, seconds, millis, reason] = match;
  const at = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  if (Number.isNaN(at.getTime()) || !isBackupReason(reason)) return undefined;
  return { at, reason };
}

/** The first name for (at, reason) not already taken, so a new backup never replaces an older one. */
export function uniqueBackupFileName(at: Date, reason: BackupReason, taken: ReadonlySet<string>): string {
  let copy = 1;
  while (taken.has(backupFileName(at, reason, copy))) copy += 1;
  return backupFileName(at, reason, copy);
}
