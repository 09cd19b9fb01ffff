import { z } from 'zod';

// An import, merge, restore or sample load that the app's closing (or a crash) cuts off leaves nothing of
// the import behind — its one transaction is rolled back — but the user is never told, and may believe it
// done. So before such a write starts, a small marker (what, which file, since when) is put in
// localStorage: written synchronously, outside the database and so outside the write's transaction, and
// kept by the browser when the page dies. It is taken out when the operation ends in any way the user
// already sees (done, refused, failed, cancelled). A marker found at the next start is an operation that
// never ended. While it runs, the operation also holds a Web Lock of the marker's name: a marker whose
// lock another window holds is that window's running work, not an interrupted one.
//
// A marker is a hint for a message, never data: one that cannot be read is dropped, and nothing here
// throws — storage that refuses a write (full, disabled) costs the message, never the import or the start.

export const workKinds = [
  'orderImport',
  'packageMerge',
  'packageReplace',
  'restore',
  'sampleOffice',
] as const;
export type WorkKind = (typeof workKinds)[number];

const KEY_PREFIX = 'salesdesk.unfinished.';

const markerSchema = z.object({
  kind: z.enum(workKinds),
  fileName: z.string().max(1000),
  startedAt: z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'not a time'),
});

export interface UnfinishedWork extends z.infer<typeof markerSchema> {
  /** The marker's own id (its storage key without the prefix). */
  id: string;
}

/** The part of `Storage` the markers use (localStorage in the app, a map in tests). */
export type MarkerStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** The part of `LockManager` used: hold a lock while working, and see which are held. */
export type MarkerLocks = Pick<LockManager, 'request' | 'query'>;

const defaultStorage = (): MarkerStorage | undefined => {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // A browser that forbids storage throws on the very access.
    return undefined;
  }
};

const defaultLocks = (): MarkerLocks | undefined => globalThis.navigator?.locks ?? undefined;

/** The marker stored under `key`, or null when the key is not a marker's or its text is not a valid one. */
export function parseMarker(key: string, text: string | null): UnfinishedWork | null {
  if (!key.startsWith(KEY_PREFIX) || text === null) return null;
  const id = key.slice(KEY_PREFIX.length);
  if (id === '') return null;
  try {
    const parsed = markerSchema.safeParse(JSON.parse(text));
    return parsed.success ? { id, ...parsed.data } : null;
  } catch {
    return null;
  }
}

export interface WorkInProgress {
  /** The operation ended (done, refused, failed or cancelled): its marker goes. Safe to call twice. */
  end(): void;
}

/**
 * Mark an operation as started, before it writes anything; call `end()` when it ends in any way. The
 * marker is in storage when this returns (localStorage writes are synchronous).
 */
export function beginWork(
  kind: WorkKind,
  fileName: string,
  {
    storage = defaultStorage(),
    locks = defaultLocks(),
    now = new Date(),
  }: { storage?: MarkerStorage | undefined; locks?: MarkerLocks | undefined; now?: Date } = {},
): WorkInProgress {
  const id = crypto.randomUUID();
  const key = KEY_PREFIX + id;
  let release = () => {};
  try {
    storage?.setItem(key, JSON.stringify({ kind, fileName, startedAt: now.toISOString() }));
  } catch {
    // No room or no storage: the work goes on without a marker.
  }
  try {
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    locks?.request(key, () => held).catch(() => {});
  } catch {
    // No lock: another window could take this run for an interrupted one only while it runs.
  }
  let ended = false;
  return {
    end() {
      if (ended) return;
      ended = true;
      forgetWork(id, storage);
      release();
    },
  };
}

/**
 * The operations that started and never ended — their markers, oldest first — leaving out those another
 * window is still running. Markers that cannot be read are removed. Never throws.
 */
export async function findUnfinishedWork({
  storage = defaultStorage(),
  locks = defaultLocks(),
}: {
  storage?: MarkerStorage | undefined;
  locks?: MarkerLocks | undefined;
} = {}): Promise<UnfinishedWork[]> {
  if (!storage) return [];
  const found: UnfinishedWork[] = [];
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(KEY_PREFIX)) keys.push(key);
    }
    for (const key of keys) {
      const marker = parseMarker(key, storage.getItem(key));
      if (marker) found.push(marker);
      else storage.removeItem(key);
    }
  } catch {
    return [];
  }
  let running = new Set<string>();
  try {
    const state = locks ? await locks.query() : null;
    running = new Set((state?.held ?? []).flatMap((lock) => (lock.name ? [lock.name] : [])));
  } catch {
    // Without the lock manager's word every marker counts.
  }
  return found
    .filter((marker) => !running.has(KEY_PREFIX + marker.id))
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

/** Forget a marker: the user dismissed its notice, or the operation ended. */
export function forgetWork(id: string, storage: MarkerStorage | undefined = defaultStorage()): void {
  try {
    storage?.removeItem(KEY_PREFIX + id);
  } catch {
    // Nothing to do: the notice shows again at the next start.
  }
}
