import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../renderer/db/database';
import {
  beginWork,
  findUnfinishedWork,
  forgetWork,
  type MarkerLocks,
  type MarkerStorage,
  parseMarker,
} from '../../../renderer/db/unfinished-work';

/** A Storage over a Map, as localStorage keeps it: string keys and values. */
function memoryStorage(initial: Record<string, string> = {}): MarkerStorage & { map: Map<string, string> } {
  const map = new Map(Object.entries(initial));
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, String(value)),
    removeItem: (key: string) => void map.delete(key),
  };
}

/** A lock manager that holds each requested lock until its callback's promise settles. */
function memoryLocks(): MarkerLocks {
  const held = new Set<string>();
  return {
    request: ((name: string, callback: () => Promise<unknown>) => {
      held.add(name);
      return Promise.resolve(callback()).finally(() => held.delete(name));
    }) as MarkerLocks['request'],
    query: async () => ({
      held: [...held].map((name) => ({ name, mode: 'exclusive' as const })),
      pending: [],
    }),
  };
}

const at = new Date('2026-12-04T09:30:00Z');

describe('unfinished work markers', () => {
  it('a started import is marked before it writes, and its marker goes when it ends', async () => {
    const storage = memoryStorage();
    const work = await beginWork('orderImport', 'orders-march.csv', { storage, locks: undefined, now: at });
    const found = await findUnfinishedWork({ storage, locks: undefined });
    expect(found).toEqual([
      {
        id: expect.any(String),
        kind: 'orderImport',
        fileName: 'orders-march.csv',
        startedAt: at.toISOString(),
      },
    ]);
    work.end();
    work.end();
    await Promise.resolve();
    expect(storage.map.size).toBe(0);
    expect(await findUnfinishedWork({ storage, locks: undefined })).toEqual([]);
  });

  it('a marker never ended (the app was closed) is found at the next start, oldest first', async () => {
    const storage = memoryStorage();
    await beginWork('restore', 'backup-2026-12-04.sdpkg', { storage, now: new Date('2026-12-04T10:00:00Z') });
    await beginWork('packageMerge', 'office.sdpkg', { storage, now: at });
    // The next start: a new page, no lock held.
    const found = await findUnfinishedWork({ storage, locks: memoryLocks() });
    expect(found.map((w) => [w.kind, w.fileName])).toEqual([
      ['packageMerge', 'office.sdpkg'],
      ['restore', 'backup-2026-12-04.sdpkg'],
    ]);
    await forgetWork(found[0]?.id as string, { storage });
    expect((await findUnfinishedWork({ storage })).map((w) => w.kind)).toEqual(['restore']);
  });

  it('work still running in another window is not reported', async () => {
    const storage = memoryStorage();
    const locks = memoryLocks();
    const running = await beginWork('packageReplace', 'all.sdpkg', { storage, locks, now: at });
    await beginWork('orderImport', 'cut-off.csv', { storage, locks: undefined, now: at });
    expect((await findUnfinishedWork({ storage, locks })).map((w) => w.fileName)).toEqual(['cut-off.csv']);
    running.end();
    expect((await findUnfinishedWork({ storage, locks })).map((w) => w.fileName)).toEqual(['cut-off.csv']);
  });

  it('a broken marker is dropped, others of the app are left alone, and nothing throws', async () => {
    const storage = memoryStorage({
      'salesdesk.unfinished.a': '{not json',
      'salesdesk.unfinished.b': JSON.stringify({
        kind: 'somethingElse',
        fileName: 'x',
        startedAt: at.toISOString(),
      }),
      'salesdesk.unfinished.c': JSON.stringify({
        kind: 'orderImport',
        fileName: 'x',
        startedAt: 'yesterday',
      }),
      'salesdesk.unfinished.d': JSON.stringify({ kind: 'orderImport', startedAt: at.toISOString() }),
      'salesdesk.unfinished.e': JSON.stringify(null),
      'salesdesk.unfinished.ok': JSON.stringify({
        kind: 'sampleOffice',
        fileName: '',
        startedAt: at.toISOString(),
      }),
      'salesdesk.language': 'en',
    });
    const found = await findUnfinishedWork({ storage, locks: undefined });
    expect(found).toEqual([{ id: 'ok', kind: 'sampleOffice', fileName: '', startedAt: at.toISOString() }]);
    expect([...storage.map.keys()].sort()).toEqual(['salesdesk.language', 'salesdesk.unfinished.ok']);
  });

  it('storage that refuses or throws costs the message, never the work or the start', async () => {
    const throwing: MarkerStorage = {
      get length(): number {
        throw new Error('SecurityError');
      },
      key: () => {
        throw new Error('SecurityError');
      },
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const work = await beginWork('orderImport', 'a.csv', { storage: throwing, locks: undefined });
    expect(() => work.end()).not.toThrow();
    expect(await findUnfinishedWork({ storage: throwing, locks: undefined })).toEqual([]);
    const brokenLocks = {
      request: () => {
        throw new Error('no locks');
      },
      query: () => Promise.reject(new Error('no locks')),
    } as unknown as MarkerLocks;
    const storage = memoryStorage();
    await beginWork('restore', 'b.sdpkg', { storage, locks: brokenLocks, now: at });
    expect((await findUnfinishedWork({ storage, locks: brokenLocks })).map((w) => w.fileName)).toEqual([
      'b.sdpkg',
    ]);
    expect(await findUnfinishedWork({ storage: undefined })).toEqual([]);
  });

  it('a copy in the database, on disk before the write, outlives storage the killed app never saved', async () => {
    const db = createDatabase(`unfinished-${crypto.randomUUID()}`);
    await db.open();
    const work = await beginWork('packageMerge', 'office.sdpkg', { db, storage: memoryStorage(), now: at });
    // The browser was killed before it put localStorage on disk: the next start finds it empty.
    const found = await findUnfinishedWork({ db, storage: memoryStorage() });
    expect(found).toEqual([
      { id: expect.any(String), kind: 'packageMerge', fileName: 'office.sdpkg', startedAt: at.toISOString() },
    ]);
    // Found in both places, it is one marker; forgetting it takes out both.
    const storage = memoryStorage();
    const both = await beginWork('restore', 'backup.sdpkg', {
      db,
      storage,
      now: new Date('2026-12-04T11:00:00Z'),
    });
    expect((await findUnfinishedWork({ db, storage })).map((w) => w.fileName)).toEqual([
      'office.sdpkg',
      'backup.sdpkg',
    ]);
    await forgetWork(found[0]?.id as string, { db, storage });
    both.end();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await findUnfinishedWork({ db, storage })).toEqual([]);
    expect(storage.map.size).toBe(0);
    expect(await db.meta.where('key').startsWith('salesdesk.unfinished.').count()).toBe(0);
    // A row that is not a marker is dropped; other meta rows are left alone.
    await db.meta.put({ key: 'salesdesk.unfinished.bad', value: { kind: 'orderImport' } });
    expect(await findUnfinishedWork({ db, storage })).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await db.meta.get('salesdesk.unfinished.bad')).toBeUndefined();
    expect(await db.meta.get('identity')).toBeUndefined();
    work.end();
    db.close();
  });

  it('an ended marker that a killed app’s localStorage brings back is not reported: the database decides', async () => {
    const db = createDatabase(`unfinished-${crypto.randomUUID()}`);
    await db.open();
    const storage = memoryStorage();
    const first = await beginWork('orderImport', 'orders-march.csv', { db, storage, now: at });
    // What localStorage had put on disk when the browser was killed: the first marker, written seconds
    // before; its removal below never reached the disk.
    const onDisk = new Map(storage.map);
    await first.end();
    const second = await beginWork('orderImport', 'orders-april.csv', { db, storage, now: at });
    const afterKill = memoryStorage(Object.fromEntries(onDisk));
    const found = await findUnfinishedWork({ db, storage: afterKill, locks: undefined });
    expect(found.map((w) => w.fileName)).toEqual(['orders-april.csv']);
    // The stale copy is gone for good; the notice's own "forget" takes the other.
    expect([...afterKill.map.keys()]).toEqual([]);
    // Unreadable, the database decides nothing: localStorage's copies count.
    const unreadable = Object.assign(Object.create(db), {
      meta: {
        where: () => {
          throw new Error('unreadable');
        },
      },
    });
    const again = memoryStorage(Object.fromEntries(onDisk));
    const fromStorage = await findUnfinishedWork({ db: unreadable, storage: again, locks: undefined });
    expect(fromStorage.map((w) => w.fileName)).toEqual(['orders-march.csv']);
    await second.end();
    db.close();
  });

  it('a marker the database could not take is still reported from localStorage', async () => {
    const db = createDatabase(`unfinished-${crypto.randomUUID()}`);
    await db.open();
    const storage = memoryStorage();
    // The durable copy's write fails (a full disk, say): the localStorage copy must not wait for it.
    const full = Object.assign(Object.create(db), {
      backendDB: () => {
        throw new Error('QuotaExceededError');
      },
    });
    await beginWork('restore', 'backup.sdpkg', { db: full, storage, locks: undefined, now: at });
    const found = await findUnfinishedWork({ db, storage, locks: undefined });
    expect(found.map((w) => w.fileName)).toEqual(['backup.sdpkg']);
    db.close();
  });

  it('work another window has just begun (its lock asked, its database copy not yet written) is left alone', async () => {
    const db = createDatabase(`unfinished-${crypto.randomUUID()}`);
    await db.open();
    const storage = memoryStorage();
    const locks = memoryLocks();
    const other = await beginWork('packageMerge', 'office.sdpkg', { storage, locks, now: at });
    // As if its database write were still on its way: the copy says the database holds it.
    const key = [...storage.map.keys()][0] as string;
    storage.map.set(key, JSON.stringify({ ...JSON.parse(storage.map.get(key) as string), inDatabase: true }));
    expect(await findUnfinishedWork({ db, storage, locks })).toEqual([]);
    expect(storage.map.has(key)).toBe(true);
    await other.end();
    db.close();
  });

  it('parses only its own keys', () => {
    const text = JSON.stringify({ kind: 'restore', fileName: 'f', startedAt: at.toISOString() });
    expect(parseMarker('salesdesk.unfinished.x', text)).toMatchObject({ id: 'x', kind: 'restore' });
    expect(parseMarker('salesdesk.language', text)).toBeNull();
    expect(parseMarker('salesdesk.unfinished.', text)).toBeNull();
    expect(parseMarker('salesdesk.unfinished.x', null)).toBeNull();
  });
});
