import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session-context';
import { platform } from '../../platform';

/**
 * Mounted once with the app shell: answers the desktop backup service's requests whatever page is open,
 * and says so while the window waits to close for its backup.
 */
export function useBackupResponder(): void {
  const session = useSession();
  const { t } = useTranslation();
  useEffect(() => {
    const backups = platform.backups;
    if (!backups) return;
    return backups.onRequest((request) => {
      if (request.reason === 'quit')
        notifications.show({
          id: 'backup-quit',
          loading: true,
          autoClose: false,
          message: t('sharingArea.backups.quitting'),
        });
      // Loaded on first use: the package writer stays out of the window's first load.
      void import('./backup-responder')
        .then(({ answerBackupRequest, wholeOffice }) =>
          answerBackupRequest(backups, request, wholeOffice(session)),
        )
        .catch((error: unknown) => backups.fail(request.id, String((error as Error)?.message ?? error)))
        .finally(() => notifications.hide('backup-quit'));
    });
  }, [session, t]);
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
