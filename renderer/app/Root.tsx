import { Center, Loader } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { splitSickLeave } from '../db/absence-details';
import { seedClock } from '../db/clock-seed';
import { DB_NAME, type SalesDeskDb } from '../db/database';
import type { MachineIdentity } from '../db/identity';
import { repairPoisonedRevs } from '../db/rev-repair';
import { createSession, type DataSession, type OpenFailure, openDatabase } from '../db/session';
import { platform } from '../platform';
import { AppLayout } from './AppLayout';
import { useBackupResponder } from './backups/use-backups';
import { DbErrorScreen } from './DbErrorScreen';
import { ErrorBoundary } from './ErrorBoundary';
import { FirstRun } from './FirstRun';
import { SessionProvider } from './session-context';

type Phase =
  | { kind: 'opening' }
  | { kind: 'failed'; failure: OpenFailure; detail: string }
  | { kind: 'firstRun'; db: SalesDeskDb }
  | { kind: 'ready'; session: DataSession };

/** Opens the data, then shows the error screen, the first-run screen or the app. */
export function Root() {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>({ kind: 'opening' });
  // Before opening: the backup taken ahead of an upgrade is answered through it.
  const backupResponder = useBackupResponder();

  const open = useCallback(
    async (withBackup = true) => {
      setPhase({ kind: 'opening' });
      // The desktop app backs the data up before an upgrade touches it (loaded only when one is due).
      const backups = platform.backups;
      const result = await openDatabase(DB_NAME, {
        ...(backups && withBackup
          ? {
              beforeUpgrade: async () => {
                const { backupBeforeUpgrade } = await import('./backups/backup-before-upgrade');
                await backupBeforeUpgrade(backups, backupResponder, DB_NAME);
              },
            }
          : {}),
      });
      if (!result.ok) return setPhase({ kind: 'failed', failure: result.failure, detail: result.detail });
      if (!result.identity) return setPhase({ kind: 'firstRun', db: result.db });
      const session = createSession(result.db, result.identity);
      // Records stamped beyond the clock-skew bound (or with an overflowed counter) are re-stamped before
      // anything can edit or export them. It writes in one transaction: a failure changes nothing, and the
      // app still starts (the clock ignores such revs either way).
      await repairPoisonedRevs(session).catch((error: unknown) =>
        console.error('SalesDesk rev repair', error),
      );
      // Local stamps follow every version already held, even with the machine's clock set back.
      await seedClock(session).catch((error: unknown) => console.error('SalesDesk clock', error));
      // Sick leave kept as a shared absence's kind and note (before 20261209, or from a package of a machine
      // not yet upgraded) moves into its confidential detail, under new revs (absence-details.ts).
      await splitSickLeave(session).catch((error: unknown) => console.error('SalesDesk sick leave', error));
      setPhase({ kind: 'ready', session });
      void navigator.storage?.persist?.();
    },
    [backupResponder],
  );

  useEffect(() => {
    void open();
  }, [open]);

  switch (phase.kind) {
    case 'opening':
      return (
        <Center mih="100vh">
          <Loader aria-label={t('common.loading')} />
        </Center>
      );
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
            setPhase({ kind: 'ready', session: createSession(phase.db, identity) })
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
