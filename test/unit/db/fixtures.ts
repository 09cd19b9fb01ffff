import { createDatabase } from '../../../renderer/db/database';
import { saveIdentity } from '../../../renderer/db/identity';
import { applyOrderAction, type OrderDraft } from '../../../renderer/db/order-commands';
import { loadSampleOffice, type SampleLoadOptions } from '../../../renderer/db/sample-loader';
import { latestSchemaVersion, schemaVersions, storesAt } from '../../../renderer/db/schema-versions';
import type { DataSession } from '../../../renderer/db/session';
import { createSession } from '../../../renderer/db/session';
import { createClock, formatRev } from '../../../shared/hlc';
import { readPackage } from '../../../shared/package';
import type { CustomerInput } from '../../../shared/schema/customer';
import type { OrderInput } from '../../../shared/schema/order';
import type { StaffInput } from '../../../shared/schema/staff';
import type { TableName } from '../../../shared/schema/tables';

/** A fresh, uniquely named database with an identity and repositories, on fake-indexeddb. */
export async function freshSession(
  now = () => new Date('2026-11-28T09:00:00+08:00'),
  /** The clock's time source (ms); the wall clock by default. */
  clockNow?: () => number,
  /** A fixed device id (a random one by default). */
  deviceId?: string,
) {
  const db = createDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  const identity = await saveIdentity(db, {
    machineName: 'Test PC',
    orderPrefix: 'T',
    ...(deviceId ? { deviceId } : {}),
  });
  return createSession(db, identity, now, createClock(identity.deviceId, clockNow));
}

/**
 * A database at an older schema version holding the sample office, as that version would have stored it:
 * the office is written at today's version and copied table by table into the older one (a table it did
 * not have is left out; the aggregates are left for the upgrade to recompute), `shape` taking from each
 * order what that version did not keep. Returns the database's name and this machine's identity.
 */
export async function sampleOfficeAt(
  version: number,
  options: SampleLoadOptions,
  shape: (order: Record<string, unknown>) => void,
) {
  const today = await freshSession();
  await loadSampleOffice(today, options);
  const name = `old-${crypto.randomUUID()}`;
  const old = createDatabase(
    name,
    schemaVersions.filter((v) => v.version <= version),
  );
  await old.open();
  for (const table of storesAt(version)) {
    if (table === 'stats') continue;
    const rows = await today.db.table(table).toArray();
    if (table === 'orders') for (const order of rows) shape(order);
    await old.table(table).bulkPut(rows);
  }
  old.close();
  today.db.close();
  return { name, identity: today.identity };
}

/**
 * One time source for several simulated machines that moves on by at least a millisecond at every read,
 * so an edit made after another (in the test's order) has the later wall time, as it would between real
 * machines; two edits in the same millisecond would otherwise be ordered by device id, at random.
 */
export function tickingTime(): () => number {
  let last = 0;
  return () => {
    last = Math.max(Date.now(), last + 1);
    return last;
  };
}

export const customerInput = (overrides: Partial<CustomerInput> = {}): CustomerInput => ({
  code: `C${Math.floor(Math.random() * 1e6)}`,
  name: '北京华信科技有限公司',
  segment: 'key',
  creditLimit: 5_000_00,
  ...overrides,
});

/** An experienced full-time member who started in 2024. */
export const staffInput = (name: string, overrides: Partial<StaffInput> = {}): StaffInput => ({
  name,
  level: 'experienced',
  startDate: '2024-01-01',
  weeklyCapacityHours: 40,
  status: 'active',
  ...overrides,
});

export const orderInput = (customerId: string, overrides: Partial<OrderInput> = {}): OrderInput => ({
  number: `T-20261128-${String(Math.floor(Math.random() * 9000) + 1000)}`,
  customerId,
  status: 'submitted',
  priority: 'normal',
  assigneeId: null,
  lines: [{ productId: crypto.randomUUID(), quantity: 2, unitPrice: 1000, taxRate: 1300 }],
  subtotal: 2000,
  tax: 260,
  total: 2260,
  currency: 'CNY',
  orderedAt: '2026-11-28T01:00:00.000Z',
  requestedDate: null,
  dueAt: null,
  invoiced: false,
  ...overrides,
});

export const someRev = (wall: number, device = 'other') => formatRev({ wall, counter: 0 }, device);

/** What order entry saves: a normal order of these lines, for delivery when it suits. */
export const orderDraft = (
  customerId: string,
  lines: OrderDraft['lines'],
  overrides: Partial<OrderDraft> = {},
): OrderDraft => ({ customerId, lines, priority: 'normal', requestedDate: null, notes: '', ...overrides });

/** A submitted order taken through validation and confirmation to fulfilment, as the queue does. */
export async function toFulfilment(session: DataSession, orderId: string) {
  for (const action of ['validate', 'confirm', 'startFulfilment'] as const)
    await applyOrderAction(session, orderId, action);
}

/** The ids of a package's records of `table`, in its order (references are not checked against a machine). */
export async function idsIn(bytes: Uint8Array, table: TableName): Promise<string[]> {
  const ids: string[] = [];
  await readPackage(bytes, {
    maxSchemaVersion: latestSchemaVersion,
    exists: async (_table, wanted) => new Set(wanted),
    onRecord: (t, record) => {
      if (t === table) ids.push(String(record.id));
    },
  });
  return ids;
}
