import type { DesktopBackups } from '../../platform/types';
import type { PackageSource } from './backup-responder';

// One answerer for the desktop backup service's requests, mounted with the root so that no request ever
// waits unanswered: it streams whatever is provided now — the open office (the app shell), or the data
// as it is before an upgrade — and while nothing is (first run, an error screen) it says so at once, so
// neither closing the window nor the service's queue waits for a page that has nothing to give.

let provided: PackageSource | null = null;

/** Backups are taken from `source` until the returned function is called. */
export function provideBackupSource(source: PackageSource): () => void {
  provided = source;
  return () => {
    if (provided === source) provided = null;
  };
}

/** Answers main's backup requests; returns the unsubscribe. `onQuit` shows that closing waits for one. */
export function answerBackups(backups: DesktopBackups, onQuit?: () => () => void): () => void {
  return backups.onRequest((request) => {
    const source = provided;
    if (!source) {
      void backups.fail(request.id, 'no office is open in this window yet').catch(() => undefined);
      return;
    }
    const hide = request.reason === 'quit' ? onQuit?.() : undefined;
    // Loaded on first use: the package writer stays out of the window's first load.
    void import('./backup-responder')
      .then(({ answerBackupRequest }) => answerBackupRequest(backups, request, source))
      .catch((error: unknown) => backups.fail(request.id, String((error as Error)?.message ?? error)))
      .finally(() => hide?.());
  });
}
