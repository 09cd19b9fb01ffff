import {
  type ComponentProps,
  type ComponentType,
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { MachineIdentity } from '../db/identity';
import type { AppLayout as Frame } from './AppLayout';
import { preloadArea, preloadAreasWhenIdle } from './areas';
import { useBackupResponder } from './backups/use-backups';
import { DbErrorScreen } from './DbErrorScreen';
import { ErrorBoundary } from './ErrorBoundary';
import type { FirstRun as FirstRunScreen } from './FirstRun';
import type { Opened } from './open-office';
import { currentArea } from './route';
import { StartupShell } from './StartupShell';
import { SessionProvider } from './session-context';

// The first paint carries the shell alone: the data layer (open-office.ts) and the app's frame load while
// it is on screen, in parallel with the area's page; the first-run screen loads once the data says it is
// needed.
//
// The frame and the first-run screen are loaded before the phase that shows them, then rendered as plain
// components — not React.lazy: a lazy component suspends at its first render even when its code is in, the
// shell came back as the fallback, and React then held the app back for up to 300 ms (its throttle on
// revealing suspended content: in traces of a start, the dashboard's queries began 400–450 ms after the
// start-up checks had ended; 190–210 ms without it, React's render).
const loadOpening = () => import('./open-office');
const loadLayout = () => screenCode(() => import('./AppLayout').then((m) => m.AppLayout));
const loadFirstRun = () => screenCode(() => import('./FirstRun').then((m) => m.FirstRun));

/**
 * A screen's code. Never rejects: after a failed load it gives a lazy screen whose load fails, which shows
 * the fallback for a moment and then throws the failure into the error boundary where it renders, as the
 * lazy screens did.
 */
function screenCode<P extends object>(load: () => Promise<ComponentType<P>>): Promise<ComponentType<P>> {
  return load().catch((error: unknown) => lazy<ComponentType<P>>(() => Promise.reject(error)));
}

type Phase =
  | { kind: 'opening' }
  | Extract<Opened, { kind: 'failed' }>
  | (Extract<Opened, { kind: 'firstRun' }> & {
      FirstRun: ComponentType<ComponentProps<typeof FirstRunScreen>>;
    })
  | (Extract<Opened, { kind: 'ready' }> & { AppLayout: ComponentType<ComponentProps<typeof Frame>> });

/** Shows the shell at once and opens the data, then shows the error screen, the first-run screen or the app. */
export function Root() {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>({ kind: 'opening' });
  // Before opening: the backup taken ahead of an upgrade is answered through it.
  const backupResponder = useBackupResponder();

  const open = useCallback(
    async (withBackup = true) => {
      setPhase({ kind: 'opening' });
      // The area's page (code and strings) and the frame load while the data opens, not after.
      const page = preloadArea(currentArea());
      const frame = loadLayout();
      const opened = await loadOpening()
        .then(({ openOffice }) => openOffice(backupResponder, withBackup))
        .catch(
          (error: unknown): Opened => ({ kind: 'failed', failure: 'unavailable', detail: String(error) }),
        );
      switch (opened.kind) {
        case 'failed':
          setPhase(opened);
          return;
        case 'firstRun':
          setPhase({ ...opened, FirstRun: await loadFirstRun() });
          return;
        case 'ready':
          // The first area's page too is in before the frame shows it, so it renders without suspending.
          await page;
          setPhase({ ...opened, AppLayout: await frame });
          void navigator.storage?.persist?.();
      }
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

  // Nothing here suspends in the normal course (the frame's page has a boundary of its own): the Suspense
  // catches a screen whose code failed to load (screenCode) for the moment before its error reaches the
  // boundary — which holds the first-run screen as well as the app, so neither failure leaves a blank window.
  return (
    <ErrorBoundary where={t('app.title')}>
      <Suspense fallback={<StartupShell />}>{screen()}</Suspense>
    </ErrorBoundary>
  );

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
          <phase.FirstRun
            db={phase.db}
            onDone={(identity: MachineIdentity) =>
              void Promise.all([loadOpening(), loadLayout()]).then(
                ([{ sessionFor }, AppLayout]) => {
                  setPhase({ kind: 'ready', session: sessionFor(phase.db, identity), AppLayout });
                  void navigator.storage?.persist?.();
                },
                // The data layer's code failed to load: into the error boundary, as a screen's would.
                (error: unknown) =>
                  setPhase(() => {
                    throw error;
                  }),
              )
            }
          />
        );
      case 'ready':
        return (
          <SessionProvider session={phase.session}>
            <phase.AppLayout backups={backupResponder} />
          </SessionProvider>
        );
    }
  }
}
