import { isOneOf } from './one-of';

// What the renderer and the main process say to each other about backups (the service itself is
// electron/backup). Kept here because both sides of the IPC contract need the same shapes.

export const backupReasons = [
  'manual',
  'scheduled',
  'quit',
  'before-import',
  'before-restore',
  'before-upgrade',
] as const;

export type BackupReason = (typeof backupReasons)[number];

export const isBackupReason = isOneOf(backupReasons);

/** Reasons the renderer may ask for; the schedule and quit are main's own. */
export const requestableBackupReasons = [
  'manual',
  'before-import',
  'before-restore',
  'before-upgrade',
] as const;
export type RequestableBackupReason = (typeof requestableBackupReasons)[number];

/** One backup as the user sees it in the list. */
export interface BackupInfo {
  name: string;
  path: string;
  /** When it was taken (ISO). */
  at: string;
  reason: BackupReason;
  size: number;
  counts: Record<string, number>;
  sha256: string | null;
  /** pending: not checked yet (its sidecar is missing); it is checked on the next start. */
  verification: 'verified' | 'failed' | 'pending';
  verifiedAt: string | null;
  error: string | null;
}

export interface BackupList {
  /** The folder backups go to now. */
  dir: string;
  /** Newest first. */
  backups: BackupInfo[];
}

/** Main asks the renderer, which holds the data, to stream a backup package (`id` ties the chunks to it). */
export interface BackupRequest {
  id: string;
  reason: BackupReason;
}

export const isBackupRequest = (value: unknown): value is BackupRequest =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as BackupRequest).id === 'string' &&
  isBackupReason((value as BackupRequest).reason);
