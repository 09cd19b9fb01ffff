import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApplyCancelledError, applyPackage } from '../../../renderer/db/package-apply';
import { exportOrder, exportPackage } from '../../../renderer/db/package-export';
import { NotReplaceableError, previewPackage } from '../../../renderer/db/package-import';
import { loadPeer } from '../../../renderer/db/package-peers';
import { loadSampleOffice } from '../../../renderer/db/sample-loader';
import { storesAt, V2026_11_28 } from '../../../renderer/db/schema-versions';
import type { DataSession } from '../../../renderer/db/session';
import { describePackageError } from '../../../renderer/features/sharing/package-errors';
import { i18next } from '../../../renderer/i18n';
import { PackageError, referenceRules } from '../../../shared/package';
import type { PackageScope } from '../../../shared/package/types';
import { tableNames } from '../../../shared/schema/tables';
import { RECEIVER } from '../../fixtures/packages/bad-cases-receiver';
import { valueCases } from '../../fixtures/packages/bad-cases-values';
import { resources } from '../../support/all-strings';
import { customerInput, freshSession, idsIn, tickingTime } from './fixtures';

// Packages between two databases (fake-indexeddb): export → preview → apply, conflicts, incremental
// packages, partial scopes, restore, and bad files that must change nothing.

const ITERATIONS = 1_000; // the format's minimum (600,000) is asserted in test/unit/package
const asOf = new Date('2026-11-28T09:00:00+08:00');

// Shared by every machine here: "B edits after A deleted" means a later wall time, as between real PCs.
const time = tickingTime();

async function machine(name: string, prefix: string, seed?: number, deviceId?: string): Promise<DataSession> {
  const session = await freshSession(() => new Date(), time, deviceId);
  await session.db.meta.put({
    key: 'identity',
    value: { ...session.identity, machineName: name, orderPrefix: prefix },
  });
  const renamed = { ...session, identity: { ...session.identity, machineName: name, orderPrefix: prefix } };
  if (seed !== undefined) await loadSampleOffice(renamed, { language: 'zh-CN', orders: 120, asOf, seed });
  return renamed;
}

async function pack(from: DataSession, scope: Partial<PackageScope> = {}, passphrase?: string) {
  const parts: Uint8Array[] = [];
  const trailer = await exportPackage(from, {
    scope: { kind: 'full', tables: [...tableNames], confidential: true, ...scope },
    sink: (chunk) => {
      parts.push(chunk);
    },
    iterations: ITERATIONS,
    ...(passphrase ? { passphrase } : {}),
  });
  return { bytes: new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer()), trailer };
}

/** The synced tables as stored (derived keys included), sorted: equal means identical data. */
async function synced(session: DataSession): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const table of tableNames) out[table] = await session.db.table(table).orderBy(':id').toArray();
  return JSON.stringify(out);
}

/** Every table (meta and stats too): equal means nothing was written. */
async function everything(session: DataSession): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const table of session.db.tables) out[table.name] = await table.toArray();
  return JSON.stringify(out);
}

describe('packages between machines', () => {
  it('reads every table before the tables it refers to, so edits during an export leave no dangling reference', () => {
    expect([...exportOrder].sort()).toEqual([...tableNames].sort());
    // A goal may serve another goal (its parent): one table, so no order between tables can say it.
    for (const rule of referenceRules.filter((r) => r.table !== r.refTable))
      expect(exportOrder.indexOf(rule.table), `${rule.table} → ${rule.refTable}`).toBeLessThan(
        exportOrder.indexOf(rule.refTable),
      );
  });

  it('a whole-office package makes an empty machine identical, aggregates included', async () => {
    const a = await machine('前台', 'A1', 7);
    const b = await machine('仓库', 'B1');
    const { bytes, trailer } = await pack(a);
    expect(trailer.counts.orders).toBe(120);
    const preview = await previewPackage(b, bytes);
    expect(preview.counts.orders).toMatchObject({ new: 120, updated: 0, conflict: 0 });
    expect(preview.counts.customers?.new).toBeGreaterThan(0);
    expect(await b.db.orders.count()).toBe(0); // the preview wrote nothing
    await applyPackage(b, preview, { mode: 'merge' });
    expect(await synced(b)).toBe(await synced(a));
    expect(await b.db.stats.orderBy('key').toArray()).toEqual(await a.db.stats.orderBy('key').toArray());
    expect((await loadPeer(b.db, a.identity.deviceId))?.machineName).toBe('前台');
  });

  it('an edit on both machines is a conflict showing both versions; after the choice both end identical', async () => {
    const a = await machine('前台', 'A1', 7);
    const b = await machine('仓库', 'B1');
    await applyPackage(b, await previewPackage(b, (await pack(a)).bytes), { mode: 'merge' });
    const customer = (await a.db.customers.orderBy(':id').first()) as { id: string };
    await a.repos.customers.update(customer.id, { phone: '010-1111' });
    await b.repos.customers.update(customer.id, { phone: '021-2222' });

    const toB = await previewPackage(
      b,
      (await pack(a, { kind: 'incremental', target: b.identity.deviceId })).bytes,
    );
    expect(toB.conflicts).toHaveLength(1);
    expect(toB.conflicts[0]).toMatchObject({ table: 'customers', id: customer.id, winner: 'local' });
    expect(toB.conflicts[0]?.local.phone).toBe('021-2222');
    expect(toB.conflicts[0]?.incoming.phone).toBe('010-1111');
    // B's user keeps A's phone number although B's edit is newer.
    await applyPackage(b, toB, { mode: 'merge', choices: { [`customers:${customer.id}`]: 'incoming' } });
    expect((await b.db.customers.get(customer.id))?.phone).toBe('010-1111');
    expect(await b.db.history.where('[table+recordId]').equals(['customers', customer.id]).count()).toBe(1);

    const toA = await previewPackage(
      a,
      (await pack(b, { kind: 'incremental', target: a.identity.deviceId })).bytes,
    );
    expect(toA.conflicts).toHaveLength(0); // B's choice is a new edit that A fast-forwards to
    await applyPackage(a, toA, { mode: 'merge' });
    expect(await synced(a)).toBe(await synced(b));
  });

  it('an incremental package holds only what the other machine has not seen', async () => {
    const a = await machine('前台', 'A1', 7);
    const b = await machine('仓库', 'B1');
    await applyPackage(b, await previewPackage(b, (await pack(a)).bytes), { mode: 'merge' });
    // B tells A what it holds by sending its own (empty-of-changes) package back.
    await applyPackage(
      a,
      await previewPackage(a, (await pack(b, { kind: 'incremental', target: a.identity.deviceId })).bytes),
      {
        mode: 'merge',
      },
    );
    const order = (await a.db.orders.orderBy(':id').first()) as { id: string };
    await a.repos.orders.update(order.id, { notes: '改了备注' });
    const { trailer, bytes } = await pack(a, { kind: 'incremental', target: b.identity.deviceId });
    const total = Object.values(trailer.counts).reduce((n, c) => n + (c ?? 0), 0);
    expect(total).toBe(1);
    const preview = await previewPackage(b, bytes);
    expect(preview.counts.orders).toMatchObject({ updated: 1 });
    await applyPackage(b, preview, { mode: 'merge' });
    expect(await synced(b)).toBe(await synced(a));
  });

  it('a deletion travels, and a record edited after its deletion survives', async () => {
    const a = await machine('前台', 'A1', 7);
    const b = await machine('仓库', 'B1');
    await applyPackage(b, await previewPackage(b, (await pack(a)).bytes), { mode: 'merge' });
    const [first, second] = (await a.db.products.orderBy(':id').limit(2).toArray()) as unknown as [
      { id: string },
      { id: string },
    ];
    await a.repos.products.remove(first.id);
    await a.repos.products.remove(second.id);
    await b.repos.products.update(second.id, { notes: '仍在销售' }); // after A deleted it
    const preview = await previewPackage(b, (await pack(a)).bytes);
    expect(preview.counts.products?.deleted).toBe(1);
    await applyPackage(b, preview, { mode: 'merge' });
    expect((await b.db.products.get(first.id))?.deleted).toBe(true);
    expect((await b.db.products.get(second.id))?.deleted).toBe(false);
  });

  it('a partial package carries the chosen person’s orders and what they refer to', async () => {
    const a = await machine('前台', 'A1', 7);
    const b = await machine('仓库', 'B1');
    const assigned = await a.db.orders.filter((o) => o.assigneeId !== null).first();
    const person = assigned?.assigneeId as string;
    const theirs = await a.db.orders.filter((o) => o.assigneeId === person).count();
    const { trailer, bytes } = await pack(a, { kind: 'partial', staffIds: [person] });
    expect(trailer.counts.orders).toBe(theirs);
    // The person, and everyone named in the duties they hold (so the package refers to nothing missing).
    const duties = await a.db.duties
      .filter((d) => d.primaryId === person || d.backupIds.includes(person))
      .toArray();
    const named = new Set([person, ...duties.flatMap((d) => [d.primaryId, ...d.backupIds])]);
    named.delete(null);
    expect(trailer.counts.duties ?? 0).toBe(duties.length);
    expect(trailer.counts.staff).toBe(named.size);
    await applyPackage(b, await previewPackage(b, bytes), { mode: 'merge' });
    expect(await b.db.orders.count()).toBe(theirs);
  });

  it('an encrypted package needs its passphrase; a wrong one changes nothing', async () => {
    const a = await machine('前台', 'A1', 7);
    const b = await machine('仓库', 'B1');
    const { bytes } = await pack(a, {}, '正确的密码');
    const before = await everything(b);
    const limits = { minIterations: ITERATIONS };
    await expect(previewPackage(b, bytes, { passphrase: '错误', limits })).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    expect(await everything(b)).toBe(before);
    const preview = await previewPackage(b, bytes, { passphrase: '正确的密码', limits });
    expect(preview.counts.orders?.new).toBe(120);
  });

  it('reports a machine using this one’s prefix and order numbers both machines used', async () => {
    const a = await machine('前台', 'A1', 7);
    const b = await machine('二号机', 'A1', 9); // same prefix
    const theirs = (await a.db.orders.orderBy(':id').first()) as { number: string };
    const mine = (await b.db.orders.orderBy(':id').first()) as { id: string };
    await b.db.orders.update(mine.id, { number: theirs.number }); // both machines gave out one number
    const preview = await previewPackage(b, (await pack(a)).bytes);
    expect(preview.prefixShared).toBe(true);
    expect(preview.clashes).toContainEqual(expect.objectContaining({ table: 'orders', key: theirs.number }));
    // Both are kept: nothing is lost, the user renames.
    await applyPackage(b, preview, { mode: 'merge' });
    expect(await b.db.orders.count()).toBe(240);
  });

  it('only a whole, self-contained package may replace all data; a part of the office is refused, changing nothing', async () => {
    const a = await machine('前台', 'A1', 7);
    const b = await machine('仓库', 'B1');
    await applyPackage(b, await previewPackage(b, (await pack(a)).bytes), { mode: 'merge' });
    const before = await everything(b);
    const staffId = ((await a.db.staff.orderBy(':id').first()) as { id: string }).id;
    const parts = [
      await pack(a, { kind: 'partial', staffIds: [staffId] }),
      await pack(a, { kind: 'full', tables: ['customers', 'products'] }),
    ];
    const customer = (await a.db.customers.orderBy(':id').first()) as { id: string };
    await a.repos.customers.update(customer.id, { notes: '只改了这一条' });
    parts.push(await pack(a, { kind: 'incremental', target: b.identity.deviceId }));
    for (const { bytes } of parts) {
      const preview = await previewPackage(b, bytes);
      expect(preview.replaceable).toBe(false);
      await expect(applyPackage(b, preview, { mode: 'replace' })).rejects.toBeInstanceOf(NotReplaceableError);
    }
    expect(await everything(b)).toBe(before);
    expect((await previewPackage(b, (await pack(a, { kind: 'backup' })).bytes)).replaceable).toBe(true);
  });

  it('replace restores the package exactly, under a new device id', async () => {
    const a = await machine('前台', 'A1', 7);
    const b = await machine('仓库', 'B1', 8);
    const preview = await previewPackage(b, (await pack(a, { kind: 'backup' })).bytes);
    const result = await applyPackage(b, preview, { mode: 'replace' });
    expect(await synced(b)).toBe(await synced(a));
    expect(result.newDeviceId).toBeTruthy();
    expect(((await b.db.meta.get('identity'))?.value as { deviceId: string } | undefined)?.deviceId).toBe(
      result.newDeviceId,
    );
  });

  it('a backup written before the team tables existed still replaces all data: whole as of its version', async () => {
    const a = await machine('前台', 'A1', 7);
    const b = await machine('仓库', 'B1', 8);
    const before = tableNames.filter((t) => storesAt(V2026_11_28).includes(t));
    const parts: Uint8Array[] = [];
    await exportPackage(a, {
      scope: { kind: 'backup', tables: before, confidential: true },
      schemaVersion: V2026_11_28,
      sink: (chunk) => {
        parts.push(chunk);
      },
      iterations: ITERATIONS,
    });
    const bytes = new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer());
    const preview = await previewPackage(b, bytes);
    expect(preview.header.schemaVersion).toBe(V2026_11_28);
    expect(preview.replaceable).toBe(true);
    await applyPackage(b, preview, { mode: 'replace' });
    expect(await b.db.staff.count()).toBe(await a.db.staff.count());
    // The restored office is as it was then: no absences yet.
    expect(await b.db.absences.count()).toBe(0);
  });

  it('reads a package held as a Blob (a picked File) as it reads bytes, in preview and apply', async () => {
    const a = await machine('前台', 'A1', 7);
    const b = await machine('仓库', 'B1', 8);
    const { bytes } = await pack(a);
    const preview = await previewPackage(b, new Blob([bytes as BlobPart]));
    expect(preview.counts.orders).toMatchObject({ new: 120 });
    await applyPackage(b, preview, { mode: 'merge' });
    expect(await b.db.orders.bulkGet(await idsIn(bytes, 'orders'))).not.toContain(undefined);
  });

  it('a file that fails half-way through applying, or changed since its preview, writes nothing', async () => {
    const a = await machine('前台', 'A1', 7);
    const b = await machine('仓库', 'B1', 8);
    const { bytes } = await pack(a);
    const before = await everything(b);
    // Cut short after its preview: the first batches are written before the cut is found, then undone.
    const cut = await previewPackage(b, bytes);
    cut.source = bytes.slice(0, Math.floor(bytes.length * 0.7));
    let written = 0;
    const onProgress = ({ done }: { done: number }) => {
      written = done;
    };
    await expect(applyPackage(b, cut, { mode: 'merge', batchSize: 50, onProgress })).rejects.toMatchObject({
      code: 'truncated',
    });
    expect(written).toBeGreaterThan(0);
    expect(await everything(b)).toBe(before);
    // Another whole, valid package where the previewed one was: it is read to its end, then refused.
    const changed = await previewPackage(b, bytes);
    await a.repos.customers.create(customerInput({ code: 'LATER-1' }));
    changed.source = (await pack(a)).bytes;
    await expect(applyPackage(b, changed, { mode: 'merge', batchSize: 50 })).rejects.toMatchObject({
      code: 'changed_since_preview',
    });
    expect(await everything(b)).toBe(before);
    // Cancelled after the first batch.
    const controller = new AbortController();
    const cancelled = applyPackage(b, await previewPackage(b, bytes), {
      mode: 'merge',
      batchSize: 50,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(cancelled).rejects.toBeInstanceOf(ApplyCancelledError);
    expect(await everything(b)).toBe(before);
    // And the file itself still goes in whole.
    await applyPackage(b, await previewPackage(b, bytes), { mode: 'merge', batchSize: 50 });
    const orderIds = await idsIn(bytes, 'orders');
    expect(orderIds.length).toBeGreaterThan(100);
    expect(await b.db.orders.bulkGet(orderIds)).not.toContain(undefined);
  });
});

describe('bad package files', () => {
  const dir = join(import.meta.dirname, '../../fixtures/packages/bad');
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
    string,
    { code: string }
  >;
  const files = readdirSync(dir).filter((f) => f.endsWith('.sdpkg'));

  it('the corpus has at least 50 files, each with its expected problem', () => {
    expect(files.length).toBeGreaterThanOrEqual(50);
    for (const file of files) expect(expected[file]?.code, file).toBeTruthy();
  });

  it('each is refused with its problem named, and the database is unchanged', async () => {
    // The machine the corpus was written for: a package claiming its id is refused too.
    const b = await machine('仓库', 'B1', 8, RECEIVER);
    const before = await everything(b);
    for (const file of files) {
      const error = await previewPackage(b, readFileSync(join(dir, file)), {
        passphrase: 'correct horse battery staple',
        // The encrypted cases cut small files into small segments to have several; the minimum
        // segment size is refused by its own test (test/unit/package/package-bounds.test.ts).
        limits: { minSegmentSize: 1 },
      }).catch((e: unknown) => e);
      expect(error, file).toBeInstanceOf(PackageError);
      expect((error as PackageError).code, file).toBe(expected[file]?.code);
    }
    expect(await everything(b)).toBe(before);
  });
});

describe('packages whose orders lie about their totals', () => {
  it('are refused naming the order, change nothing, and the machine goes on editing and sharing', async () => {
    if (!i18next.isInitialized)
      await i18next.init({ resources, lng: 'en', fallbackLng: false, interpolation: { escapeValue: false } });
    const b = await machine('仓库', 'B1', 8);
    const before = await everything(b);
    for (const lie of valueCases.filter((c) => c.name.startsWith('order-'))) {
      const error = await previewPackage(b, await lie.bytes()).catch((e: unknown) => e);
      expect(error, lie.name).toBeInstanceOf(PackageError);
      expect(error, lie.name).toMatchObject({
        code: lie.expect.code,
        details: { number: 'Z9-20261128-0001' },
      });
      for (const language of ['en', 'zh-CN'])
        expect(describePackageError(i18next.getFixedT(language), error), lie.name).toContain(
          'Z9-20261128-0001',
        );
    }
    expect(await everything(b)).toBe(before);

    const order = (await b.db.orders.orderBy(':id').first()) as { id: string };
    await b.repos.orders.update(order.id, { notes: '核对过金额' });
    const c = await machine('新机', 'C1');
    await applyPackage(c, await previewPackage(c, (await pack(b)).bytes), { mode: 'merge' });
    expect(await synced(c)).toBe(await synced(b));
    const stats = await c.db.stats.toArray();
    expect(stats.length).toBeGreaterThan(0);
    expect(stats.every((row) => Number.isSafeInteger(row.amount) && row.amount >= 0)).toBe(true);
  });
});
