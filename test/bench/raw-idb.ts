// The raw IndexedDB baseline: the same object stores and indexes as the app's tables (parsed from
// renderer/db/schema-versions.ts), written and read with the bare API — no Dexie, no validation.

import { latestSchemaVersion, schemaVersions } from '../../renderer/db/schema-versions';

interface IndexSpec {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}

/** Dexie's store syntax (`id, &number, [status+orderedAt]`) → primary key path and index specs. */
export function parseStoreSpec(spec: string): { keyPath: string; indexes: IndexSpec[] } {
  const [primary, ...rest] = spec.split(',').map((part) => part.trim());
  if (!primary || /^[&*+[]/.test(primary)) throw new Error(`Unsupported primary key in "${spec}"`);
  const indexes = rest.map((part) => {
    const unique = part.startsWith('&');
    const multiEntry = part.startsWith('*');
    const name = part.replace(/^[&*]/, '');
    const keyPath = name.startsWith('[') ? name.slice(1, -1).split('+') : name;
    return { name, keyPath, unique, multiEntry };
  });
  return { keyPath: primary, indexes };
}

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

export function deleteRawDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error(`deleting ${name} is blocked`));
  });
}

/** A fresh database holding the given stores shaped like the app's (default: only `orders`). */
export async function openRawDatabase(
  name: string,
  tables: readonly string[] = ['orders'],
): Promise<IDBDatabase> {
  const stores = schemaVersions.find((v) => v.version === latestSchemaVersion)?.stores;
  const specs = tables.map((table) => {
    const spec = stores?.[table];
    if (!spec) throw new Error(`No ${table} store in the latest schema version`);
    return [table, parseStoreSpec(spec)] as const;
  });
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    for (const [table, { keyPath, indexes }] of specs) {
      const store = open.result.createObjectStore(table, { keyPath });
      for (const index of indexes) {
        store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
      }
    }
  };
  return request(open);
}

/** Put records into their stores in one readwrite transaction; resolves when it has committed. */
export function rawPutTables(
  db: IDBDatabase,
  records: Readonly<Record<string, readonly unknown[]>>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(Object.keys(records), 'readwrite');
    for (const [table, rows] of Object.entries(records)) {
      const store = tx.objectStore(table);
      for (const record of rows) store.put(record);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

/** The first `limit` live orders of an index range, in index order: what a queue page reads. */
export function rawFirst(
  db: IDBDatabase,
  index: string,
  range: IDBKeyRange | null,
  limit: number,
): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const rows: unknown[] = [];
    const tx = db.transaction('orders', 'readonly');
    const cursor = tx.objectStore('orders').index(index).openCursor(range, 'next');
    cursor.onsuccess = () => {
      const current = cursor.result;
      if (!current || rows.length >= limit) {
        resolve(rows);
        return;
      }
      if (!(current.value as { deleted?: boolean }).deleted) rows.push(current.value);
      if (rows.length >= limit) resolve(rows);
      else current.continue();
    };
    cursor.onerror = () => reject(cursor.error);
  });
}
