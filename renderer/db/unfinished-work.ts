import { z } from 'zod';
import type { SalesDeskDb } from './database';

// An import, merge, restore or sample load that the app's closing (or a crash) cuts off leaves nothing of
// the import behind — its one transaction is rolled back — but the user is never told, and may believe it
// done. So before such a write starts, a small marker (what, which file, since when) is kept twice, each
// outside the write's transaction:
// - in localStorage, synchronously: it outlives the page at once, but the browser puts it on disk only
//   a few seconds later, so a whole app killed in that time (not a crashed page) loses it;
// - as a `meta` row written in its own transaction with strict durability: on disk before the write begins.
// It is taken out when the operation ends in any way the user already sees (done, refused, failed,
// cancelled). A marker found at the next start is an operation that never ended. Its removal from
// localStorage is as late to reach the disk as its writing, so a killed app can bring back the copy of an
// operation that had ended: the localStorage copy says when the database holds one too, and then a
// readable database that no longer holds it has the last word (it was removed there on disk first). While it runs, the
// operation also holds a Web Lock of the marker's name: a marker whose lock another window holds is that
// window's running work, not an interrupted one.
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
  /** In localStorage: the database holds this marker too, so the database decides whether it still runs. */
  inDatabase: z.boolean().optional(),
});

export interface UnfinishedWork extends Omit<z.infer<typeof markerSchema>, 'inDatabase'> {
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
  const stored = parseStored(key, text);
  if (!stored) return null;
  const { inDatabase, ...marker } = stored;
  return marker;
}

function parseStored(key: string, text: string | null): (UnfinishedWork & { inDatabase?: boolean }) | null {
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
  /**
   * The operation ended (done, refused, failed or cancelled): its marker goes. Safe to call twice. Await
   * it before the page reloads: a reload may abort the database copy's removal.
   */
  end(): Promise<void>;
}

interface MarkerPlaces {
  /** The app's database: the durable copy of the marker. */
  db?: SalesDeskDb | undefined;
  storage?: MarkerStorage | undefined;
  locks?: MarkerLocks | undefined;
}

/**
 * Mark an operation as started; awaited before it writes anything, then call `end()` when it ends in any
 * way. Never rejects.
 */
export async function beginWork(
  kind: WorkKind,
  fileName: string,
  {
    db,
    storage = defaultStorage(),
    locks = defaultLocks(),
    now = new Date(),
  }: MarkerPlaces & { now?: Date } = {},
): Promise<WorkInProgress> {
  const id = crypto.randomUUID();
  const key = KEY_PREFIX + id;
  const marker = { kind, fileName, startedAt: now.toISOString() };
  let release = () => {};
  const keep = (inDatabase: boolean) => {
    try {
      storage?.setItem(key, JSON.stringify(inDatabase ? { ...marker, inDatabase } : marker));
    } catch {
      // No room or no storage: the database's copy remains.
    }
  };
  keep(db !== undefined);
  try {
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    locks?.request(key, () => held).catch(() => {});
  } catch {
    // No lock: another window could take this run for an interrupted one only while it runs.
  }
  // Without the database's copy, the localStorage one is the only word: it must not wait for one.
  if (db) await writeStrict(db, key, marker).catch(() => keep(false));
  let ended = false;
  return {
    async end() {
      if (ended) return;
      ended = true;
      release();
      await forgetWork(id, { db, storage });
    },
  };
}

/**
 * Put (or with no value, delete) a `meta` row in a transaction of its own that completes only once on
 * disk — the app's connection commits with relaxed durability.
 */
function writeStrict(db: SalesDeskDb, key: string, value?: object): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction('meta', 'readwrite', { durability: 'strict' });
    const store = tx.objectStore('meta');
    if (value) store.put({ key, value });
    else store.delete(key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/**
 * The operations that started and never ended — their markers, oldest first — leaving out those another
 * window is still running. Markers that cannot be read are removed. Never throws.
 */
export async function findUnfinishedWork({
  db,
  storage = defaultStorage(),
  locks = defaultLocks(),
}: MarkerPlaces = {}): Promise<UnfinishedWork[]> {
  const found = new Map<string, UnfinishedWork>();
  // localStorage copies whose database copy decides (see the top of this file).
  const decidedByDatabase = new Set<string>();
  const take = (key: string, text: string | null, drop: () => void) => {
    const stored = parseStored(key, text);
    if (!stored) return drop();
    const { inDatabase, ...marker } = stored;
    found.set(marker.id, marker);
    if (inDatabase) decidedByDatabase.add(marker.id);
  };
  try {
    const keys: string[] = [];
    for (let i = 0; i < (storage?.length ?? 0); i++) {
      const key = storage?.key(i);
      if (key?.startsWith(KEY_PREFIX)) keys.push(key);
    }
    for (const key of keys) take(key, storage?.getItem(key) ?? null, () => storage?.removeItem(key));
  } catch {
    // Unreadable storage: the database's copies remain.
  }
  let rows: { key: string; value?: unknown }[] | null = null;
  try {
    rows = db ? await db.meta.where('key').startsWith(KEY_PREFIX).toArray() : null;
  } catch {
    // An unreadable database says so elsewhere; the message is lost, not the start (localStorage's
    // copies still count).
  }
  let running = new Set<string>();
  try {
    const state = locks ? await locks.query() : null;
    running = new Set(
      [...(state?.held ?? []), ...(state?.pending ?? [])].flatMap((lock) => (lock.name ? [lock.name] : [])),
    );
  } catch {
    // Without the lock manager's word every marker counts.
  }
  if (db && rows) {
    const inDatabase = new Set(rows.map((row) => row.key.slice(KEY_PREFIX.length)));
    for (const id of decidedByDatabase)
      if (!inDatabase.has(id) && !running.has(KEY_PREFIX + id)) {
        // Ended: its removal reached the database's disk, not yet localStorage's.
        found.delete(id);
        try {
          storage?.removeItem(KEY_PREFIX + id);
        } catch {
          // It is left out again at the next start.
        }
      }
    for (const row of rows)
      take(row.key, JSON.stringify(row.value ?? null), () => void writeStrict(db, row.key).catch(() => {}));
  }
  return [...found.values()]
    .filter((marker) => !running.has(KEY_PREFIX + marker.id))
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

/** Forget a marker, in both places: the user dismissed its notice, or the operation ended. Never rejects. */
export async function forgetWork(
  id: string,
  { db, storage = defaultStorage() }: Pick<MarkerPlaces, 'db' | 'storage'> = {},
): Promise<void> {
  try {
    storage?.removeItem(KEY_PREFIX + id);
  } catch {
    // Then the notice shows again at the next start.
  }
  if (db) await writeStrict(db, KEY_PREFIX + id).catch(() => {});
}
