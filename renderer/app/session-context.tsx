import { createContext, type ReactNode, useContext } from 'react';
import type { DataSession } from '../db/session';

const SessionContext = createContext<DataSession | null>(null);

export function SessionProvider({ session, children }: { session: DataSession; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The open database, this machine's identity and the repositories. Only inside the app shell. */
export function useSession(): DataSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
