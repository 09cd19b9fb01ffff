import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { splitSickLeave } from '../../../renderer/db/absence-details';
import { seedClock } from '../../../renderer/db/clock-seed';
import { createDatabase } from '../../../renderer/db/database';
import { saveIdentity } from '../../../renderer/db/identity';
import { endOfDay, queueCount } from '../../../renderer/db/order-queries';
import { exportPackage } from '../../../renderer/db/package-export';
import { loadReviewCycles } from '../../../renderer/db/review-queries';
import {
  type SchemaVersion,
  schemaVersions,
  V2026_12_01,
  V2026_12_03,
  V2026_12_04,
  V2026_12_06,
  V2026_12_07,
  V2026_12_08,
  V2026_12_09,
  V2026_12_10,
  V2026_12_11,
} from '../../../renderer/db/schema-versions';
import { classifyOpenError, createSession, openDatabase } from '../../../renderer/db/session';
import { saveAbsence } from '../../../renderer/db/team-commands';
import { initialExportChoices, scopeOf } from '../../../renderer/features/sharing/export-scope';
import { readPackage } from '../../../shared/package';
import { aggregatesOf } from '../../../shared/rules/order-aggregates';
import type { Order } from '../../../shared/schema/order';
import { LATEST_SCHEMA_VERSION } from '../../../shared/schema/versions';
import { customerInput, freshSession, sampleOfficeAt } from './fixtures';

// The migration harness: for every schema version after the first, seed a database at the previous
// version with records of every table it has, open it at the new version, and check nothing is lost.
// Adding a version to renderer/db/schema-versions.ts adds a case here automatically.

async function seedAt(name: string, versions: readonly SchemaVersion[]) {
  const db = createDatabase(name, versions);
  await db.open();
  const seeded: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const key = table.schema.primKey.name;
    const rows = [1, 2, 3].map((n) => ({ [key]: `${table.name}-${n}`, seededAt: n }));
    await table.bulkPut(rows);
    seeded[table.name] = rows;
  }
  db.close();
  return seeded;
}

describe('schema migrations', () => {
  it('versions are dated (YYYYMMDD) and strictly increasing', () => {
    const versions = schemaVersions.map((v) => v.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    for (const v of versions) expect(String(v)).toMatch(/^20\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/);
  });

  it('the newest version is the one the main process reads packages and backups up to', () => {
    expect(schemaVersions.at(-1)?.version).toBe(LATEST_SCHEMA_VERSION);
  });

  it('the first version creates every table from nothing', async () => {
    const db = createDatabase(`mig-${crypto.randomUUID()}`, schemaVersions.slice(0, 1));
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [
        'customers',
        'duties',
        'history',
        'meta',
        'orderEvents',
        'orders',
        'products',
        'staff',
        'stats',
      ].sort(),
    );
  });

  for (let i = 1; i < schemaVersions.length; i++) {
    const from = schemaVersions[i - 1] as SchemaVersion;
    const to = schemaVersions[i] as SchemaVersion;
    it(`upgrading ${from.version} → ${to.version} keeps every record`, async () => {
      const name = `mig-${crypto.randomUUID()}`;
      const seeded = await seedAt(name, schemaVersions.slice(0, i));
      const db = createDatabase(name, schemaVersions.slice(0, i + 1));
      await db.open();
      for (const [table, rows] of Object.entries(seeded)) {
        if (to.stores[table] === null) continue; // a table the new version drops on purpose
        if (to.recomputes?.includes(table)) continue; // recomputed from the others: tested on its own
        expect(await db.table(table).count()).toBe(rows.length);
      }
    });
  }

  it('20261201 gives staff their skills and duties their cover, as the package reader fills them', async () => {
    const name = `mig-${crypto.randomUUID()}`;
    const old = createDatabase(
      name,
      schemaVersions.filter((v) => v.version < V2026_12_01),
    );
    await old.open();
    await old.table('staff').put({ id: 's1', name: 'Ann' });
    await old.table('duties').bulkPut([
      { id: 'd1', name: '订单处理' },
      { id: 'd2', name: 'Filing' },
    ]);
    old.close();
    const db = createDatabase(
      name,
      schemaVersions.filter((v) => v.version <= V2026_12_01),
    );
    await db.open();
    expect(await db.table('staff').get('s1')).toMatchObject({ skills: [] });
    expect(await db.table('duties').toArray()).toMatchObject([
      { id: 'd1', routesOrders: false, covers: { segments: [], regions: [] } },
      { id: 'd2', routesOrders: false, covers: { segments: [], regions: [] } },
    ]);
    expect(await db.table('absences').count()).toBe(0);
    db.close();
  });

  it('20261203 gives every order line a shipped quantity of 0, as the package reader fills it', async () => {
    const name = `mig-${crypto.randomUUID()}`;
    const old = createDatabase(
      name,
      schemaVersions.filter((v) => v.version < V2026_12_03),
    );
    await old.open();
    await old.table('orders').bulkPut([
      {
        id: 'o1',
        status: 'fulfilling',
        lines: [
          { productId: 'p1', quantity: 3 },
          { productId: 'p2', quantity: 1 },
        ],
      },
      { id: 'o2', status: 'completed', lines: [{ productId: 'p1', quantity: 2 }] },
    ]);
    old.close();
    const db = createDatabase(
      name,
      schemaVersions.filter((v) => v.version <= V2026_12_03),
    );
    await db.open();
    expect(await db.table('orders').toArray()).toEqual([
      {
        id: 'o1',
        status: 'fulfilling',
        lines: [
          { productId: 'p1', quantity: 3, shipped: 0 },
          { productId: 'p2', quantity: 1, shipped: 0 },
        ],
      },
      { id: 'o2', status: 'completed', lines: [{ productId: 'p1', quantity: 2, shipped: 0 }] },
    ]);
    db.close();
  });

  it('20261204 indexes the number of every order not deleted, and of no tombstone', async () => {
    const name = `mig-${crypto.randomUUID()}`;
    const old = createDatabase(
      name,
      schemaVersions.filter((v) => v.version < V2026_12_04),
    );
    await old.open();
    await old.table('orders').bulkPut([
      { id: 'o1', number: 'SO-1', deleted: false, lines: [] },
      { id: 'o2', number: 'SO-2', deleted: true, lines: [] },
      { id: 'o3', number: 'so-3', deleted: false, lines: [] },
    ]);
    old.close();
    const db = createDatabase(
      name,
      schemaVersions.filter((v) => v.version <= V2026_12_04),
    );
    await db.open();
    expect(await db.table('orders').toArray()).toEqual([
      { id: 'o1', number: 'SO-1', deleted: false, lines: [], liveNumber: 'SO-1' },
      { id: 'o2', number: 'SO-2', deleted: true, lines: [] },
      { id: 'o3', number: 'so-3', deleted: false, lines: [], liveNumber: 'so-3' },
    ]);
    const live = await db
      .table('orders')
      .where('liveNumber')
      .anyOfIgnoreCase(['so-1', 'SO-2', 'SO-3'])
      .keys();
    expect(live.sort()).toEqual(['SO-1', 'so-3']);
    db.close();
  });

  it("20261205 recovers every order's milestones from its timeline and adds the rollups for them", async () => {
    // As that version stored them: no milestones (nor the keys derived from them), and only the first
    // aggregates.
    const generated: Order[] = [];
    const { name } = await sampleOfficeAt(V2026_12_04, { language: 'en', orders: 120, seed: 9 }, (order) => {
      generated.push(structuredClone(order) as unknown as Order);
      delete order.milestones;
      delete order.milestoneKeys;
    });
    generated.sort((a, b) => (a.id < b.id ? -1 : 1));

    const db = createDatabase(name);
    await db.open();
    const upgraded = await db.orders.orderBy(':id').toArray();
    // The timeline gives what the writes gave, but not whether a stage was late: that stays unknown.
    const unlate = (o: (typeof generated)[number]) => ({ ...o.milestones, late: null });
    expect(upgraded.map((o) => o.milestones)).toEqual(generated.map(unlate));
    expect(upgraded.filter((o) => o.milestones.shippedAt).length).toBeGreaterThan(50);
    const stats = await db.stats.orderBy('key').toArray();
    const expected = [...aggregatesOf(upgraded)].map(([key, v]) => ({ key, ...v }));
    expect(stats).toEqual(expected.sort((a, b) => (a.key < b.key ? -1 : 1)));
    expect(stats.some((row) => row.key.startsWith('m:shipped:'))).toBe(true);
    db.close();
  });

  it('20261206 indexes the milestones of every order not deleted, so each dashboard figure opens its orders', async () => {
    const name = `mig-${crypto.randomUUID()}`;
    const old = createDatabase(
      name,
      schemaVersions.filter((v) => v.version < V2026_12_06),
    );
    await old.open();
    const shipped = {
      submittedAt: '2026-11-02T01:00:00.000Z',
      shippedAt: '2026-11-03T09:30:00.000Z',
      returns: 0,
      late: true,
    };
    await old.table('orders').bulkPut([
      { id: 'o1', deleted: false, lines: [], milestones: shipped },
      { id: 'o2', deleted: true, lines: [], milestones: shipped },
      {
        id: 'o3',
        deleted: false,
        assigneeId: 's1',
        lines: [],
        milestones: { completedAt: '2026-11-04T00:00:00.000Z' },
      },
      { id: 'o4', deleted: false, lines: [] },
    ]);
    old.close();
    const db = createDatabase(
      name,
      schemaVersions.filter((v) => v.version <= V2026_12_06),
    );
    await db.open();
    const keys = Object.fromEntries(
      (await db.table('orders').toArray()).map((o: { id: string; milestoneKeys?: string[] }) => [
        o.id,
        o.milestoneKeys,
      ]),
    );
    expect(keys).toEqual({
      o1: ['r2026-11-02T01:00:00.000Z', 's2026-11-03T09:30:00.000Z', 'l2026-11-03T09:30:00.000Z'],
      o2: [],
      o3: ['c2026-11-04T00:00:00.000Z', 'Cs1|2026-11-04T00:00:00.000Z'],
      o4: [],
    });
    const late = await db
      .table('orders')
      .where('milestoneKeys')
      .between('l2026-11-03', 'l2026-11-04')
      .primaryKeys();
    expect(late).toEqual(['o1']);
    db.close();
  });

  it('20261207 adds the training tables and gives every skill change its course (none before)', async () => {
    const name = `mig-${crypto.randomUUID()}`;
    const old = createDatabase(
      name,
      schemaVersions.filter((v) => v.version < V2026_12_07),
    );
    await old.open();
    await old
      .table('skillChanges')
      .put({ id: 'k1', staffId: 's1', skill: 'Excel', from: 1, to: 2, reason: 'manual' });
    old.close();
    const db = createDatabase(name);
    await db.open();
    expect(await db.skillChanges.get('k1')).toMatchObject({ skill: 'Excel', courseId: null });
    for (const table of ['courses', 'trainingTemplates', 'trainingItems', 'trainingSessions', 'careerPlans'])
      expect(await db.table(table).count(), table).toBe(0);
    expect(await db.trainingItems.where('staffId').equals('s1').count()).toBe(0);
    db.close();
  });

  it('20261208 adds the review tables to an office of 20261207, empty and indexed, its records untouched', async () => {
    const { name, identity } = await sampleOfficeAt(
      V2026_12_07,
      { language: 'en', orders: 60, seed: 5 },
      () => {},
    );
    const old = createDatabase(
      name,
      schemaVersions.filter((v) => v.version <= V2026_12_07),
    );
    await old.open();
    const before: Record<string, number> = {};
    for (const table of old.tables) before[table.name] = await table.count();
    expect(before.reviews).toBeUndefined();
    old.close();
    const db = createDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    for (const [table, count] of Object.entries(before))
      if (table !== 'stats') expect(await db.table(table).count(), table).toBe(count);
    for (const table of [
      'reviewTemplates',
      'reviewCycles',
      'reviews',
      'feedbackRequests',
      'feedbackResponses',
      'rewards',
    ])
      expect(await db.table(table).count(), table).toBe(0);
    // The indexes the reviews area reads by answer at once, and its first cycle is written as on a new office.
    expect(await db.reviews.where('[cycleId+staffId]').equals(['c1', 's1']).count()).toBe(0);
    expect(await db.rewards.where('date').between('2026-01-01', '2026-12-31', true, true).count()).toBe(0);
    const session = createSession(db, identity);
    const [person] = await db.staff.toArray();
    const template = await session.repos.reviewTemplates.create({
      name: 'Manager only',
      sections: [{ kind: 'manager', weight: 100 }],
      bands: [{ label: 'All', min: 0 }],
    });
    await session.repos.reviewCycles.create({
      name: 'Q4',
      from: '2026-10-01',
      to: '2026-12-31',
      templateId: template.id,
      participants: [person?.id as string],
      status: 'not_started',
    });
    expect((await loadReviewCycles(db)).map((c) => c.name)).toEqual(['Q4']);
    db.close();
  });

  it('20261209 moves a sick leave into its confidential detail: the absence shared as "away" under a new rev', async () => {
    const name = `mig-${crypto.randomUUID()}`;
    const old = createDatabase(
      name,
      schemaVersions.filter((v) => v.version <= V2026_12_08),
    );
    await old.open();
    const identity = await saveIdentity(old, { machineName: 'Old PC', orderPrefix: 'O' });
    const before = createSession(old, identity);
    const ann = await before.repos.staff.create({
      name: 'Ann',
      level: 'experienced',
      startDate: '2024-01-01',
      weeklyCapacityHours: 40,
      status: 'active',
    });
    const sick = await saveAbsence(before, {
      staffId: ann.id,
      kind: 'sick',
      from: '2026-12-07',
      to: '2026-12-08',
      note: 'Flu, doctor’s note given',
    });
    const leave = await saveAbsence(before, {
      staffId: ann.id,
      kind: 'leave',
      from: '2026-12-20',
      to: '2026-12-21',
    });
    old.close();

    const db = createDatabase(
      name,
      schemaVersions.filter((v) => v.version <= V2026_12_09),
    );
    await db.open();
    expect(db.verno).toBe(V2026_12_09);
    // The upgrade itself leaves the record alone: the split needs the machine's clock (absence-details.ts).
    expect(await db.absences.get(sick.id)).toMatchObject({ kind: 'sick', rev: sick.rev });
    const session = createSession(db, identity);
    await seedClock(session);
    expect(await splitSickLeave(session)).toBe(1);
    const after = await db.absences.get(sick.id);
    expect(after).toMatchObject({ kind: 'away', note: '', from: '2026-12-07', to: '2026-12-08' });
    expect((after?.rev ?? '') > sick.rev).toBe(true);
    expect(after?.baseRev).toBe(sick.baseRev);
    expect(await db.absences.get(leave.id)).toEqual(leave);
    expect(await db.absenceDetails.toArray()).toMatchObject([
      { absenceId: sick.id, reason: 'sick', note: 'Flu, doctor’s note given', deleted: false },
    ]);
    // Idempotent: nothing left to split on the next start.
    expect(await splitSickLeave(session)).toBe(0);
    expect(await db.absenceDetails.count()).toBe(1);

    // The default export (no confidential areas) carries the absence as "away", without its note or detail.
    const parts: Uint8Array[] = [];
    await exportPackage(session, { scope: scopeOf(initialExportChoices), sink: (c) => void parts.push(c) });
    const bytes = new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer());
    const carried: Record<string, Record<string, unknown>[]> = {};
    await readPackage(bytes, {
      maxSchemaVersion: LATEST_SCHEMA_VERSION,
      exists: async (_table, wanted) => new Set(wanted),
      onRecord: (table, record) => {
        carried[table] = [...(carried[table] ?? []), record as Record<string, unknown>];
      },
    });
    expect(carried.absences?.find((a) => a.id === sick.id)).toMatchObject({ kind: 'away', note: '' });
    expect(JSON.stringify(carried)).not.toContain('Flu');
    expect(carried.absenceDetails).toBeUndefined();
    db.close();
  });

  it('20261209 adds the routines tables to an office of 20261208, empty and indexed, and loses nothing', async () => {
    const { name } = await sampleOfficeAt(V2026_12_08, { language: 'zh-CN', orders: 60, seed: 6 }, () => {});
    const old = createDatabase(
      name,
      schemaVersions.filter((v) => v.version <= V2026_12_08),
    );
    await old.open();
    const before: Record<string, number> = {};
    for (const table of old.tables) before[table.name] = await table.count();
    expect(before.meetings).toBeUndefined();
    expect(before.reviews).toBeGreaterThan(0);
    old.close();
    const db = createDatabase(
      name,
      schemaVersions.filter((v) => v.version <= V2026_12_09),
    );
    await db.open();
    for (const [table, count] of Object.entries(before))
      if (table !== 'stats') expect(await db.table(table).count(), table).toBe(count);
    const routines = Object.keys(schemaVersions.find((v) => v.version === V2026_12_09)?.stores ?? {}).filter(
      (table) => !(table in before),
    );
    expect(routines).toHaveLength(14);
    for (const table of routines) expect(await db.table(table).count(), table).toBe(0);
    // The indexes the routines read by: open actions by due day, incidents by order, an SOP's versions.
    expect(await db.table('actionItems').where('[status+due]').below(['open', '9999']).count()).toBe(0);
    expect(await db.table('incidents').where('orderIds').equals('o1').count()).toBe(0);
    expect(await db.table('sopVersions').where('[sopId+version]').equals(['s1', 1]).count()).toBe(0);
    db.close();
  });

  it('20261210 counts the open orders due per month and day, and keys a due time written with an offset by its instant', async () => {
    let shifted = '';
    const { name } = await sampleOfficeAt(V2026_12_09, { language: 'en', orders: 150, seed: 11 }, (order) => {
      if (shifted || order.open !== 1 || typeof order.dueAt !== 'string') return;
      // As a package may carry it: the same instant written at +08:00, keyed as that version keyed it.
      const local = new Date(Date.parse(order.dueAt) + 8 * 3_600_000).toISOString();
      order.dueAt = `${local.slice(0, 19)}+08:00`;
      order.dueKey = order.dueAt;
      shifted = order.id as string;
    });
    const db = createDatabase(
      name,
      schemaVersions.filter((v) => v.version <= V2026_12_10),
    );
    await db.open();
    expect(db.verno).toBe(V2026_12_10);
    const upgraded = await db.orders.orderBy(':id').toArray();
    const moved = upgraded.find((o) => o.id === shifted) as Order;
    expect(moved.dueKey).toBe(new Date(moved.dueAt as string).toISOString());
    const stats = await db.stats.orderBy('key').toArray();
    const expected = [...aggregatesOf(upgraded)].map(([key, v]) => ({ key, ...v }));
    expect(stats).toEqual(expected.sort((a, b) => (a.key < b.key ? -1 : 1)));
    expect(stats.some((row) => row.key.startsWith('om:'))).toBe(true);
    // The overdue count read from them is the open orders past due, counted one by one.
    const now = new Date().toISOString();
    const late = upgraded.filter(
      (o) => o.open === 1 && o.dueAt && Date.parse(o.dueAt) < Date.parse(now),
    ).length;
    expect(late).toBeGreaterThan(0);
    expect(await queueCount(db, { kind: 'overdue' }, now)).toBe(late);
    db.close();
  });

  it('20261211 counts the open orders due per hour, so due today and overdue read at most two hours from the index', async () => {
    const { name } = await sampleOfficeAt(
      V2026_12_10,
      { language: 'zh-CN', orders: 150, seed: 12 },
      () => {},
    );
    const old = createDatabase(
      name,
      schemaVersions.filter((v) => v.version <= V2026_12_10),
    );
    await old.open();
    // The aggregates as 20261210 kept them: everything but the hour buckets.
    const kept = [...aggregatesOf(await old.orders.toArray())]
      .filter(([key]) => !/^(oh|ph):/.test(key))
      .map(([key, v]) => ({ key, ...v }));
    await old.stats.bulkPut(kept);
    old.close();
    const db = createDatabase(name);
    await db.open();
    expect(db.verno).toBe(V2026_12_11);
    const orders = await db.orders.toArray();
    const stats = await db.stats.orderBy('key').toArray();
    const expected = [...aggregatesOf(orders)].map(([key, v]) => ({ key, ...v }));
    expect(stats).toEqual(expected.sort((a, b) => (a.key < b.key ? -1 : 1)));
    expect(stats.some((row) => row.key.startsWith('ph:'))).toBe(true);
    // At hours of the last day an open order falls due: both counts equal the orders counted one by one.
    const open = orders.filter((o) => o.open === 1 && o.dueAt).map((o) => Date.parse(o.dueAt as string));
    const lastDay = new Date(Math.max(...open)).toISOString().slice(0, 10);
    for (const at of [0, 7, 13.5, 23.99].map((h) => Date.parse(`${lastDay}T00:00:00Z`) + h * 3_600_000)) {
      const now = new Date(at).toISOString();
      const end = Date.parse(endOfDay(now));
      expect(await queueCount(db, { kind: 'overdue' }, now)).toBe(open.filter((due) => due < at).length);
      expect(await queueCount(db, { kind: 'dueToday' }, now)).toBe(
        open.filter((due) => due >= at && due < end).length,
      );
    }
    db.close();
  });

  it('a failing upgrade leaves the existing data intact and is reported as an upgrade failure', async () => {
    const session = await freshSession();
    const name = session.db.name;
    const customer = await session.repos.customers.create(customerInput());
    session.db.close();

    const broken: SchemaVersion = {
      version: 29991231,
      stores: {},
      upgrade: async () => {
        throw new Error('simulated upgrade failure');
      },
    };
    const failing = createDatabase(name, [...schemaVersions, broken]);
    const error = await failing.open().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(classifyOpenError(error)).toBe('upgrade');
    failing.close();

    const reopened = createDatabase(name);
    await reopened.open();
    expect(reopened.verno).toBe(schemaVersions.at(-1)?.version);
    expect(await reopened.customers.get(customer.id)).toEqual(customer);
  });

  it('opening reports a window holding an older version open as blocked, without touching data', async () => {
    const name = `blk-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores({ things: 'id' });
    await old.open();
    // The old connection ignores the request to close, as an old window of the app would.
    old.on('versionchange', () => false);
    const result = await openDatabase(name);
    expect(result).toMatchObject({ ok: false, failure: 'blocked' });
    old.close();
  });

  it('data saved by a newer SalesDesk is refused before anything touches it', async () => {
    const name = `new-${crypto.randomUUID()}`;
    const future = (schemaVersions.at(-1)?.version ?? 0) * 10 + 10;
    await new Promise<void>((resolve) => {
      const request = indexedDB.open(name, future);
      request.onupgradeneeded = () => request.result.createObjectStore('future');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    expect(await openDatabase(name)).toMatchObject({ ok: false, failure: 'newer' });
    const after = (await indexedDB.databases()).find((info) => info.name === name);
    expect(after?.version).toBe(future);
  });
});
