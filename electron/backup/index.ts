// The backup service's public surface; main.ts wires it to the renderer (which produces the bytes) and
// to the package reader (which verifies them).

export { type BackupReason, backupReasons, isBackupReason } from './names';
export { createPackageVerifier, type ReadBackupPackage } from './package-verify';
export { chooseBackupsToPrune, DEFAULT_ROTATION_POLICY, type RotationPolicy } from './rotation';
export {
  type BackupInfo,
  type BackupLog,
  type BackupService,
  type BackupServiceOptions,
  createBackupService,
  DEFAULT_BACKUP_INTERVAL_MS,
  type QuitBackupOutcome,
} from './service';
export type { VerifyBackup, VerifyResult } from './verify';
export { removeStrayTemps, writeBackupFile } from './write';
