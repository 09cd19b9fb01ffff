import type { TFunction } from 'i18next';
import { tableNames } from '../../../shared/schema/tables';
import { exportPackage } from '../../db/package-export';
import type { DataSession } from '../../db/session';
import { platform } from '../../platform';
import { packageFileName } from './export-scope';

/**
 * Before a restore replaces everything: a full package of the current data, so the restore itself can be
 * undone. The desktop app's backup service keeps it in the backup folder; in a browser it is downloaded.
 */
export async function backupBeforeRestore(session: DataSession, t: TFunction): Promise<void> {
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
