import { createContext, type ReactNode, useContext, useState } from 'react';
import type { DataSession } from '../db/session';

interface SessionValue {
  session: DataSession;
  /** State that outlives the screens showing it (e.g. an import still being written), kept per session. */
  stores: Map<string, unknown>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ session, children }: { session: DataSession; children: ReactNode }) {
  const [value, setValue] = useState<SessionValue>(() => ({ session, stores: new Map() }));
  // A new session (another database, or after a restore) starts with no stores.
  if (value.session !== session) setValue({ session, stores: new Map() });
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

function useSessionValue(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The open database, this machine's identity and the repositories. Only inside the app shell. */
export const useSession = (): DataSession => useSessionValue().session;

/**
 * One object per session under `key`, made by `create` on first use: for work that must go on while the
 * screen that started it re-renders or is left, owned by the session and gone with it.
 */
export function useSessionStore<T>(key: string, create: () => T): T {
  const { stores } = useSessionValue();
  if (!stores.has(key)) stores.set(key, create());
  return stores.get(key) as T;
}
