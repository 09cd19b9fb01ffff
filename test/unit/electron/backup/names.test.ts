import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  backupReasons,
  parseBackupFileName,
  uniqueBackupFileName,
} from '../../../../electron/backup/names';

const at = new Date('2026-06-10T08:30:05.123Z');

describe('backup file names', () => {
  it('carry the time and reason, without characters Windows forbids', () => {
    expect(backupFileName(at, 'before-import')).toBe('backup-2026-06-10T08-30-05-123Z-before-import.sdpkg');
    expect(backupFileName(at, 'manual', 3)).toBe('backup-2026-06-10T08-30-05-123Z-manual-3.sdpkg');
  });

  it.each(backupReasons)('parse back (%s)', (reason) => {
    expect(parseBackupFileName(backupFileName(at, reason))).toEqual({ at, reason });
    expect(parseBackupFileName(backupFileName(at, reason, 2))).toEqual({ at, reason });
  });

  it.each([
    'backup-2026-06-10T08-30-05-123Z-manual.sdpkg.json',
    '.backup-2026-06-10T08-30-05-123Z-manual.sdpkg.0123456789ab.tmp',
    'backup-2026-06-10T08-30-05-123Z-whenever.sdpkg',
    'backup-2026-13-40T08-30-05-123Z-manual.sdpkg',
    'export-2026-06-10.sdpkg',
  ])('reject %s', (name) => {
    expect(parseBackupFileName(name)).toBeUndefined();
  });

  it('pick the next copy number when the name is taken', () => {
    const first = backupFileName(at, 'manual');
    expect(uniqueBackupFileName(at, 'manual', new Set())).toBe(first);
    expect(uniqueBackupFileName(at, 'manual', new Set([first]))).toBe(backupFileName(at, 'manual', 2));
    expect(uniqueBackupFileName(at, 'quit', new Set([first]))).toBe(backupFileName(at, 'quit'));
  });
});
