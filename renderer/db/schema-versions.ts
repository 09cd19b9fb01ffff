import type { Transaction } from 'dexie';
import { dueInstant } from '../../shared/rules/due-buckets';
import { milestoneKeys } from '../../shared/rules/milestone-keys';
import { UNASSIGNED } from '../../shared/rules/queue-keys';
import type { Order } from '../../shared/schema/order';
import type { OrderEvent } from '../../shared/schema/order-event';
import {
  LATEST_SCHEMA_VERSION,
  V2026_11_28,
  V2026_12_01,
  V2026_12_03,
  V2026_12_04,
  V2026_12_05,
  V2026_12_06,
  V2026_12_07,
  V2026_12_08,
  V2026_12_09,
  V2026_12_10,
  V2026_12_11,
} from '../../shared/schema/versions';
import { rebuildAggregatesIn } from './aggregate-rebuild';
import { RECOVERY_CHUNK, withRecoveredMilestones } from './milestone-recovery';

// Schema versions are dated constants (YYYYMMDD). Each entry lists the full store definitions of that
// version and, when data must be reshaped, an upgrade. Never edit a released entry: add a new one, and
// add a test in test/unit/db/migrations.test.ts that seeds the previous version and checks nothing is lost.
// Before an upgrade runs, the desktop app backs the data up in the version it is in (upgrade-backup.ts):
// an upgrade that reshapes records must also let the package reader take records of the older shape, or
// that backup (and packages from machines not yet upgraded) cannot be restored.

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
  /** Local tables the upgrade recomputes from the others (the aggregates): their old rows are replaced. */
  recomputes?: readonly string[];
}

export {
  V2026_11_28,
  V2026_12_01,
  V2026_12_03,
  V2026_12_04,
  V2026_12_05,
  V2026_12_06,
  V2026_12_07,
  V2026_12_08,
  V2026_12_09,
  V2026_12_10,
  V2026_12_11,
};

const v20261128Stores: Record<string, string> = {
  // Synced tables (envelope: id, createdAt, updatedAt, rev, baseRev, deviceId, deleted). `rev` is indexed
  // so an incremental package reads only versions newer than what the other machine holds. Codes, SKUs
  // and order numbers are not unique indexes: two machines may bring the same one, which a package
  // import reports instead of failing (shared/merge).
  staff: 'id, name, status, updatedAt, rev',
  duties: 'id, name, updatedAt, rev',
  customers: 'id, code, name, updatedAt, rev',
  products: 'id, sku, name, updatedAt, rev',
  // The queue reads every view × sort straight from one of these compound indexes (see
  // rules/queue-keys.ts for open / assigneeKey / priorityRank / dueKey), so a page costs the same at
  // 100 or 1,000,000 orders.
  orders: [
    'id',
    'number',
    'orderedAt',
    'updatedAt',
    'rev',
    '[customerId+orderedAt]',
    '*productIds',
    '[open+dueKey]',
    '[open+orderedAt]',
    '[clock+orderedAt]',
    '[open+priorityRank+dueKey]',
    '[open+assigneeKey+dueKey]',
    '[open+assigneeKey+orderedAt]',
    '[open+assigneeKey+priorityRank+dueKey]',
    '[liveStatus+dueKey]',
    '[liveStatus+orderedAt]',
    '[liveStatus+priorityRank+dueKey]',
  ].join(', '),
  orderEvents: 'id, orderId, [orderId+at], rev',
  // Local: versions that lost a merge conflict, kept so the user can look back (never exported).
  history: 'id, [table+recordId], at',
  // Local to this machine, never exported: identity, settings, counters.
  meta: 'key',
  // Aggregates maintained on every write, so dashboards never scan all orders.
  stats: 'key',
};

const v20261201Stores: Record<string, string> = {
  ...v20261128Stores,
  absences: 'id, staffId, from, updatedAt, rev',
  skillChanges: 'id, staffId, at, rev',
};

const v20261204Stores: Record<string, string> = {
  ...v20261201Stores,
  // `liveNumber` is the number of an order that is not deleted (rules/queue-keys.ts): a tombstone has none
  // and is not in that index, so finding which of a file's numbers are in use reads no tombstone.
  orders: `${v20261201Stores.orders}, liveNumber`,
};

const v20261205Stores: Record<string, string> = {
  ...v20261204Stores,
  // SMART goals (a tree through parentId) and the check-ins that feed manual metrics.
  goals: 'id, parentId, ownerId, updatedAt, rev',
  goalCheckIns: 'id, goalId, [goalId+at], rev',
};

const v20261206Stores: Record<string, string> = {
  ...v20261205Stores,
  // Each live order's milestones as `<kind><time>` (rules/milestone-keys.ts): the orders behind a figure.
  orders: `${v20261205Stores.orders}, *milestoneKeys`,
};

const v20261207Stores: Record<string, string> = {
  ...v20261206Stores,
  // Training (shared/schema/training.ts): items are read per person and per course, sessions by date.
  courses: 'id, title, updatedAt, rev',
  trainingTemplates: 'id, name, updatedAt, rev',
  trainingItems: 'id, staffId, courseId, due, updatedAt, rev',
  trainingSessions: 'id, courseId, start, updatedAt, rev',
  careerPlans: 'id, staffId, updatedAt, rev',
};

const v20261208Stores: Record<string, string> = {
  ...v20261207Stores,
  // Performance reviews (shared/schema/review.ts): a cycle's reviews and a review's feedback are read by
  // their parent; a response is found by its request (one each).
  reviewTemplates: 'id, name, updatedAt, rev',
  reviewCycles: 'id, from, updatedAt, rev',
  reviews: 'id, cycleId, staffId, [cycleId+staffId], updatedAt, rev',
  feedbackRequests: 'id, reviewId, cycleId, updatedAt, rev',
  feedbackResponses: 'id, requestId, updatedAt, rev',
  rewards: 'id, staffId, date, updatedAt, rev',
};

const v20261209Stores: Record<string, string> = {
  ...v20261208Stores,
  // Routines (shared/schema/meeting, risk, pdca, sop, care, culture). Open action items are read by due
  // day (overdue, "my actions" per owner); meetings by date and by the person of a one-on-one; incidents
  // by the orders and customers they touch; an SOP's versions and acknowledgements by the SOP.
  meetings: 'id, date, subjectId, scheduleId, updatedAt, rev',
  meetingSchedules: 'id, updatedAt, rev',
  actionItems: 'id, ownerId, [status+due], sourceId, updatedAt, rev',
  risks: 'id, reviewOn, updatedAt, rev',
  incidents: 'id, date, riskId, *orderIds, *customerIds, updatedAt, rev',
  pdcaCycles: 'id, updatedAt, rev',
  sops: 'id, updatedAt, rev',
  sopVersions: 'id, sopId, [sopId+version], updatedAt, rev',
  sopAcks: 'id, sopId, staffId, updatedAt, rev',
  teamEvents: 'id, date, updatedAt, rev',
  coreValues: 'id, updatedAt, rev',
  recognitions: 'id, staffId, date, updatedAt, rev',
  careRecords: 'id, staffId, date, updatedAt, rev',
  absenceDetails: 'id, absenceId, updatedAt, rev',
};

/**
 * Each order's milestones recovered from its timeline (milestone-recovery.ts); then the aggregates
 * recomputed, which adds the rollups for every order already here.
 */
async function recoverMilestones(tx: Transaction): Promise<void> {
  const orders = tx.table<Order, string>('orders');
  let after: string | null = null;
  for (;;) {
    const chunk: Order[] = await (after === null
      ? orders.orderBy(':id').limit(RECOVERY_CHUNK).toArray()
      : orders.where(':id').above(after).limit(RECOVERY_CHUNK).toArray());
    if (chunk.length === 0) break;
    await orders.bulkPut(await withRecoveredMilestones(chunk, tx.table<OrderEvent, string>('orderEvents')));
    if (chunk.length < RECOVERY_CHUNK) break;
    after = (chunk[chunk.length - 1] as Order).id;
  }
  await rebuildAggregatesIn(orders, tx.table('stats'));
}

/**
 * 20261210: the overdue counts' due buckets (rules/due-buckets.ts) are new aggregates, recomputed from the
 * orders. A due time written with an offset (a package may carry one) gets the index key every write now
 * gives it, its UTC instant, so today's part of the count and the buckets never count an order twice.
 */
async function dueBuckets(tx: Transaction): Promise<void> {
  const orders = tx.table<Order, string>('orders');
  await orders
    .filter((o) => !o.deleted && typeof o.dueAt === 'string' && o.dueKey !== dueInstant(o.dueAt))
    .modify((o: Order) => {
      if (o.dueAt) o.dueKey = dueInstant(o.dueAt);
    });
  await rebuildAggregatesIn(orders, tx.table('stats'));
}

export const schemaVersions: readonly SchemaVersion[] = [
  { version: V2026_11_28, stores: v20261128Stores },
  {
    version: V2026_12_01,
    stores: v20261201Stores,
    // The new fields get the schema's defaults — the same the package reader fills for records written
    // before — so every machine has the same record for the same rev. No duty starts routing orders: the
    // manager ticks that on the duty (until then the queue assigns as before).
    upgrade: async (tx) => {
      await tx
        .table('staff')
        .toCollection()
        .modify((s: Record<string, unknown>) => {
          s.skills ??= [];
        });
      await tx
        .table('duties')
        .toCollection()
        .modify((d: Record<string, unknown>) => {
          d.covers ??= { segments: [], regions: [] };
          d.routesOrders ??= false;
        });
    },
  },
  {
    version: V2026_12_03,
    stores: v20261201Stores,
    // Every order line gets `shipped: 0`, the default the package reader fills for lines written before,
    // so a record reads the same on every machine at the same rev. An order already shipped or completed
    // owes nothing whatever its lines say (rules/shipping.ts), so old orders need nothing more.
    upgrade: async (tx) => {
      await tx
        .table('orders')
        .toCollection()
        .modify((order: { lines?: { shipped?: number }[] }) => {
          for (const line of order.lines ?? []) line.shipped ??= 0;
        });
    },
  },
  {
    version: V2026_12_04,
    stores: v20261204Stores,
    // Every order not deleted gets its live number, as every write derives it from now on; tombstones stay
    // without one. Derived keys are left out of packages (package-export.ts `pick`) and dropped on reading.
    upgrade: async (tx) => {
      await tx
        .table('orders')
        .toCollection()
        .modify((order: { number?: string; deleted?: boolean; liveNumber?: string }) => {
          if (!order.deleted && order.number) order.liveNumber = order.number;
          else delete order.liveNumber;
        });
    },
  },
  {
    version: V2026_12_05,
    stores: v20261205Stores,
    // Milestones are a field of the order that travels; the package reader fills an older record's with the
    // schema's default (none known), and such an order adds only what its own fields say to the rollups.
    upgrade: recoverMilestones,
    recomputes: ['stats'],
  },
  {
    version: V2026_12_06,
    stores: v20261206Stores,
    // Every order gets the milestone keys every write derives from now on (none on a tombstone). Derived
    // keys never travel in packages, so the package reader needs nothing new.
    upgrade: async (tx) => {
      await tx
        .table('orders')
        .toCollection()
        .modify((order: Pick<Order, 'milestones' | 'deleted' | 'assigneeId' | 'milestoneKeys'>) => {
          order.milestoneKeys = order.deleted
            ? []
            : milestoneKeys(order.milestones, order.assigneeId ?? UNASSIGNED);
        });
    },
  },
  {
    version: V2026_12_07,
    stores: v20261207Stores,
    // New tables only, a skill change's course and a duty's required certificate: absent means none,
    // which the package reader fills with the schema's default (null) for records written before; the
    // stored ones get the same here.
    upgrade: async (tx) => {
      await tx
        .table('skillChanges')
        .toCollection()
        .modify((change: { courseId?: string | null }) => {
          change.courseId ??= null;
        });
      await tx
        .table('duties')
        .toCollection()
        .modify((duty: { requiredCourseId?: string | null }) => {
          duty.requiredCourseId ??= null;
        });
    },
  },
  // New tables only.
  { version: V2026_12_08, stores: v20261208Stores },
  // New tables; the sick-leave split (absence-details.ts) runs after the database opens, where the
  // machine's clock can stamp the changed absences so other machines take them.
  { version: V2026_12_09, stores: v20261209Stores },
  {
    version: V2026_12_10,
    stores: v20261209Stores,
    upgrade: dueBuckets,
    recomputes: ['stats'],
  },
  {
    version: V2026_12_11,
    stores: v20261209Stores,
    // The hour due buckets are new aggregates: recomputed from the orders (no record changes).
    upgrade: async (tx) => {
      await rebuildAggregatesIn(tx.table('orders'), tx.table('stats'));
    },
    recomputes: ['stats'],
  },
];

/** The newest version: the last entry, which is the one shared/ names (a test holds them together). */
export const latestSchemaVersion = LATEST_SCHEMA_VERSION;

/**
 * The stores a database of `version` has (the last version at or before it): a backup written then holds
 * these tables and no others, and is still a whole office.
 */
export function storesAt(version: number): string[] {
  const at = [...schemaVersions].reverse().find((v) => v.version <= version) ?? schemaVersions[0];
  return Object.entries(at?.stores ?? {}).flatMap(([name, spec]) => (spec === null ? [] : [name]));
}
