import { errorMessage } from '../../../shared/error-message';
import type { BackupRequest, DesktopBackups } from '../../platform/types';
import type { PackageSource } from './backup-stream';

// The window's one answerer of the desktop backup service's requests, owned by the root so that no
// request ever waits unanswered: it streams whatever is provided now — the open office (the app shell),
// or the data as it is before an upgrade — and while nothing is (first run, an error screen) it says so
// at once, so neither closing the window nor the service's queue waits for a page with nothing to give.

export interface BackupResponder {
  /** Backups are taken from `source` until the returned function is called. */
  provide(source: PackageSource): () => void;
  /**
   * Answer main's requests until the returned function is called. `onQuit` shows that closing waits for
   * a backup, and returns how to hide that again.
   */
  answer(backups: DesktopBackups, onQuit?: () => () => void): () => void;
}

export function createBackupResponder(): BackupResponder {
  let provided: PackageSource | null = null;
  const respond = (backups: DesktopBackups, request: BackupRequest, onQuit?: () => () => void) => {
    const source = provided;
    if (!source) {
      void backups.fail(request.id, 'no office is open in this window yet').catch(() => undefined);
      return;
    }
    const hide = request.reason === 'quit' ? onQuit?.() : undefined;
    // Loaded on first use: the package writer stays out of the window's first load.
    void import('./backup-stream')
      .then(({ answerBackupRequest }) => answerBackupRequest(backups, request, source))
      .catch((error: unknown) => backups.fail(request.id, errorMessage(error)))
      .finally(() => hide?.());
  };
  return {
    provide(source) {
      provided = source;
      return () => {
        if (provided === source) provided = null;
      };
    },
    answer: (backups, onQuit) => backups.onRequest((request) => respond(backups, request, onQuit)),
  };
}
