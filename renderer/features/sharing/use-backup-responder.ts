import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataSession } from '../../db/session';
import { platform } from '../../platform';
import { answerBackups, provideBackupSource } from './backup-source';

/** Mounted once, in the root: main's backup requests are answered from the first render on. */
export function useBackupResponder(): void {
  const { t } = useTranslation();
  useEffect(() => {
    const backups = platform.backups;
    if (!backups) return;
    return answerBackups(backups, () => {
      notifications.show({
        id: 'backup-quit',
        loading: true,
        autoClose: false,
        message: t('sharingArea.backups.quitting'),
      });
      return () => notifications.hide('backup-quit');
    });
  }, [t]);
}

/** While the app shell is open, backups are of the whole office. */
export function useOfficeBackups(session: DataSession): void {
  useEffect(
    () =>
      provideBackupSource(async (sink) => {
        const { wholeOffice } = await import('./backup-responder');
        await wholeOffice(session)(sink);
      }),
    [session],
  );
}

/** The desktop menu's "Back up now": a manual backup, its outcome as a notification. */
export async function backUpFromMenu(t: TFunction): Promise<void> {
  if (!platform.backups) return;
  try {
    const backup = await platform.backups.backupNow('manual');
    notifications.show(
      backup.verification === 'verified'
        ? { color: 'teal', message: t('sharingArea.backups.done', { name: backup.name }) }
        : { color: 'red', message: t('sharingArea.backups.notVerified', { message: backup.error ?? '' }) },
    );
  } catch (error) {
    notifications.show({
      color: 'red',
      message: t('sharingArea.backups.failed', { message: (error as Error)?.message ?? String(error) }),
    });
  }
}
