import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/error-message';
import type { DataSession } from '../../db/session';
import { platform } from '../../platform';
import { notifyFailed, notifySaved, notifyWaiting } from '../../ui/notify';
import { type BackupResponder, createBackupResponder } from './backup-responder';

/** The root's backup responder: on the desktop it answers main's requests from the first render on. */
export function useBackupResponder(): BackupResponder {
  const { t } = useTranslation();
  const [responder] = useState(createBackupResponder);
  useEffect(() => {
    const backups = platform.backups;
    if (!backups) return;
    return responder.answer(backups, () => notifyWaiting('backup-quit', t('backups.quitting')));
  }, [responder, t]);
  return responder;
}

/** While the app shell is open, backups are of the whole office. */
export function useOfficeBackups(responder: BackupResponder, session: DataSession): void {
  useEffect(
    () =>
      responder.provide(async (sink) => {
        const { wholeOffice } = await import('./backup-stream');
        await wholeOffice(session)(sink);
      }),
    [responder, session],
  );
}

/** The desktop menu's "Back up now": a manual backup, its outcome as a notification. */
export async function backUpFromMenu(t: TFunction): Promise<void> {
  if (!platform.backups) return;
  try {
    const backup = await platform.backups.backupNow('manual');
    if (backup.verification === 'verified') notifySaved(t('backups.done', { name: backup.name }));
    else notifyFailed(t('backups.notVerified', { message: backup.error ?? '' }));
  } catch (error) {
    notifyFailed(t('backups.failed', { message: errorMessage(error) }));
  }
}
