import type { TFunction } from 'i18next';
import { tableNames } from '../../../shared/schema/tables';
import { exportPackage } from '../../db/package-export';
import type { DataSession } from '../../db/session';
import { platform } from '../../platform';
import { packageFileName } from './export-scope';

/**
 * Before an import changes anything: a backup of the current data, so the import or restore can be
 * undone. The desktop app's backup service writes and verifies it in the backup folder (and refuses to
 * go on when it fails). A browser has no backup folder: before a restore it downloads a package; a merge
 * keeps every losing version in history, so it goes ahead.
 */
export async function backupBeforeImport(
  session: DataSession,
  t: TFunction,
  mode: 'merge' | 'replace',
): Promise<void> {
  if (platform.backups) {
    const backup = await platform.backups.backupNow(mode === 'replace' ? 'before-restore' : 'before-import');
    if (backup.verification !== 'verified') throw new Error(backup.error ?? 'not verified');
    return;
  }
  if (mode === 'merge') return;
  const parts: Uint8Array[] = [];
  await exportPackage(session, {
    scope: { kind: 'backup', tables: [...tableNames], confidential: true },
    sink: (chunk) => {
      parts.push(chunk);
    },
  });
  const bytes = new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer());
  await platform.saveFile({
    suggestedName: packageFileName(`${session.identity.machineName}-before-restore`),
    bytes,
    filters: [{ name: t('sharingArea.fileFilter'), extensions: ['sdpkg'] }],
  });
}
