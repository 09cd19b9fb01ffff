import { Center, Loader } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SalesDeskDb } from '../db/database';
import type { MachineIdentity } from '../db/identity';
import { createSession, type DataSession, type OpenFailure, openDatabase } from '../db/session';
import { AppLayout } from './AppLayout';
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

  const open = useCallback(async () => {
    setPhase({ kind: 'opening' });
    const result = await openDatabase();
    if (!result.ok) return setPhase({ kind: 'failed', failure: result.failure, detail: result.detail });
    if (!result.identity) return setPhase({ kind: 'firstRun', db: result.db });
    setPhase({ kind: 'ready', session: createSession(result.db, result.identity) });
    void navigator.storage?.persist?.();
  }, []);

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
      return <DbErrorScreen failure={phase.failure} detail={phase.detail} onRetry={open} />;
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
            <AppLayout />
          </SessionProvider>
        </ErrorBoundary>
      );
  }
}
