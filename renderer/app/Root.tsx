import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MachineIdentity } from '../db/identity';
import { preloadArea, preloadAreasWhenIdle } from './areas';
import { useBackupResponder } from './backups/use-backups';
import { DbErrorScreen } from './DbErrorScreen';
import { ErrorBoundary } from './ErrorBoundary';
import type { Opened } from './open-office';
import { currentArea } from './route';
import { StartupShell } from './StartupShell';
import { SessionProvider } from './session-context';

// The first paint carries the shell alone: the data layer (open-office.ts), the app's frame and the
// first-run screen load while it is on screen, in parallel with the area's page.
const loadOpening = () => import('./open-office');
const loadLayout = () => import('./AppLayout');
const AppLayout = lazy(() => loadLayout().then((m) => ({ default: m.AppLayout })));
const FirstRun = lazy(() => import('./FirstRun').then((m) => ({ default: m.FirstRun })));

type Phase = { kind: 'opening' } | Opened;

/** Shows the shell at once and opens the data, then shows the error screen, the first-run screen or the app. */
export function Root() {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>({ kind: 'opening' });
  // Before opening: the backup taken ahead of an upgrade is answered through it.
  const backupResponder = useBackupResponder();

  const open = useCallback(
    async (withBackup = true) => {
      setPhase({ kind: 'opening' });
      // The area's page (code and strings) loads while the data opens, not after.
      preloadArea(currentArea());
      void loadLayout().catch(() => undefined);
      const opened = await loadOpening()
        .then(({ openOffice }) => openOffice(backupResponder, withBackup))
        .catch(
          (error: unknown): Opened => ({ kind: 'failed', failure: 'unavailable', detail: String(error) }),
        );
      setPhase(opened);
      if (opened.kind !== 'ready') return;
      void navigator.storage?.persist?.();
    },
    [backupResponder],
  );

  useEffect(() => {
    void open();
  }, [open]);

  // With the app up, the other areas' code follows in idle time: a click then waits for data only.
  const ready = phase.kind === 'ready';
  useEffect(() => {
    if (!ready) return;
    const stop = new AbortController();
    preloadAreasWhenIdle(stop.signal);
    return () => stop.abort();
  }, [ready]);

  // Until the frame's code is in, the shell holds the window.
  return <Suspense fallback={<StartupShell />}>{screen()}</Suspense>;

  function screen() {
    switch (phase.kind) {
      case 'opening':
        // The window as it will be (header, navigation, the area's heading over skeletons) while the data opens.
        return <StartupShell />;
      case 'failed':
        return (
          <DbErrorScreen
            failure={phase.failure}
            detail={phase.detail}
            onRetry={() => void open()}
            onSkipBackup={() => void open(false)}
          />
        );
      case 'firstRun':
        return (
          <FirstRun
            db={phase.db}
            onDone={(identity: MachineIdentity) =>
              void loadOpening().then(({ sessionFor }) =>
                setPhase({ kind: 'ready', session: sessionFor(phase.db, identity) }),
              )
            }
          />
        );
      case 'ready':
        return (
          <ErrorBoundary where={t('app.title')}>
            <SessionProvider session={phase.session}>
              <AppLayout backups={backupResponder} />
            </SessionProvider>
          </ErrorBoundary>
        );
    }
  }
}
