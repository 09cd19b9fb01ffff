import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyPackage } from '../../../renderer/db/package-apply';
import { exportPackage } from '../../../renderer/db/package-export';
import { previewPackage } from '../../../renderer/db/package-import';
import { loadSampleOffice } from '../../../renderer/db/sample-loader';
import { latestSchemaVersion } from '../../../renderer/db/schema-versions';
import type { DataSession } from '../../../renderer/db/session';
import { describePackageError } from '../../../renderer/features/sharing/package-errors';
import { i18next } from '../../../renderer/i18n';
import { DEFAULT_MAX_SKEW_MS, formatRev, MAX_COUNTER, parseRev } from '../../../shared/hlc';
import { PackageError, readPackage } from '../../../shared/package';
import type { PackageScope } from '../../../shared/package/types';
import { revSchema } from '../../../shared/schema/envelope';
import { tableNames } from '../../../shared/schema/tables';
import { RECEIVER } from '../../fixtures/packages/bad-cases-receiver';
import { resources } from '../../support/all-strings';
import { customerInput, freshSession, idsIn, tickingTime } from './fixtures';

// Packages that lie about time or origin (the corpus's receiver cases, and a few written here): refused
// with a message that names the problem, the database unchanged — and the machine goes on working: its
// next edit is stamped validly and now, and its own full package still verifies.

const time = tickingTime();
const dir = join(import.meta.dirname, '../../fixtures/packages/bad');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
  string,
  { code: string }
>;
const lying = new Set(['revs_in_future', 'created_in_future', 'own_device']);
const files = readdirSync(dir).filter((f) => lying.has(expected[f]?.code ?? ''));

async function machine(name: string, deviceId?: string): Promise<DataSession> {
  const session = await freshSession(() => new Date(), time, deviceId);
  const identity = { ...session.identity, machineName: name };
  await session.db.meta.put({ key: 'identity', value: identity });
  const renamed = { ...session, identity };
  await loadSampleOffice(renamed, { language: 'zh-CN', orders: 15, asOf: new Date(), seed: 4 });
  return renamed;
}

async function pack(from: DataSession, scope: Partial<PackageScope> = {}) {
  const parts: Uint8Array[] = [];
  await exportPackage(from, {
    scope: { kind: 'full', tables: [...tableNames], confidential: true, ...scope },
    sink: (chunk) => {
      parts.push(chunk.slice());
    },
  });
  return new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer());
}

async function everything(session: DataSession): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const table of session.db.tables) out[table.name] = await table.toArray();
  return JSON.stringify(out);
}

/** The machine still works: an edit gets a valid rev of now, and its full package verifies and reads elsewhere. */
async function stillWorks(session: DataSession, elsewhere: DataSession) {
  const customer = (await session.db.customers.toCollection().first()) as { id: string };
  const edited = await session.repos.customers.update(customer.id, { notes: '退货后再联系' });
  expect(revSchema.safeParse(edited.rev).success).toBe(true);
  expect(parseRev(edited.rev).wall).toBeLessThan(Date.now() + DEFAULT_MAX_SKEW_MS);
  const added = await session.repos.customers.create(customerInput());
  const bytes = await pack(session);
  // As the backup service verifies a backup.
  const { trailer } = await readPackage(bytes, { maxSchemaVersion: latestSchemaVersion });
  expect(trailer.counts.customers).toBe(await session.db.customers.count());
  await previewPackage(elsewhere, bytes);
  expect(await idsIn(bytes, 'customers')).toContain(added.id);
}

beforeAll(async () => {
  await i18next.init({ resources, lng: 'en', fallbackLng: false, interpolation: { escapeValue: false } });
});

describe('packages that lie about time or origin', () => {
  it('the corpus has a case for each: revs from 2100 (top counter, counter 0), a future header, our own id', () => {
    expect(files.map((f) => expected[f]?.code).sort()).toEqual([
      'created_in_future',
      'own_device',
      'revs_in_future',
      'revs_in_future',
    ]);
  });

  it('each is refused with the problem named, nothing changes, and the machine goes on working', async () => {
    const b = await machine('仓库', RECEIVER);
    const a = await machine('前台');
    const before = await everything(b);
    for (const file of files) {
      const error = await previewPackage(b, readFileSync(join(dir, file))).catch((e: unknown) => e);
      expect(error, file).toBeInstanceOf(PackageError);
      const problem = error as PackageError;
      expect(problem.code, file).toBe(expected[file]?.code);
      const message = describePackageError(i18next.t, problem);
      if (problem.code === 'revs_in_future') {
        expect(message).toContain(`${problem.details.records} record(s)`);
        expect(message).toMatch(/\d+ hours ahead of this machine's clock \(at most 24 hours/);
      }
      if (problem.code === 'created_in_future') expect(message).toMatch(/\d+ hours ahead/);
      if (problem.code === 'own_device')
        // The id is read in lower case, however the package wrote it.
        expect(message).toContain(`from this machine (${RECEIVER})`);
    }
    expect(await everything(b)).toBe(before);
    await stillWorks(b, a);
  });

  it('a rev a little ahead with the top counter is taken, and the next edits here still sort after it', async () => {
    const a = await machine('前台');
    const b = await machine('仓库');
    const customer = (await a.db.customers.toCollection().first()) as { id: string };
    const fast = formatRev({ wall: Date.now() + 3 * 3_600_000, counter: MAX_COUNTER }, a.identity.deviceId);
    await a.db.customers.update(customer.id, { rev: fast });
    const bytes = await pack(a);
    // The bound is the caller's to set: an hour refuses what a day lets through.
    await expect(previewPackage(b, bytes, { maxSkewMs: 3_600_000 })).rejects.toMatchObject({
      code: 'revs_in_future',
      details: { records: 1, skewHours: 1 },
    });
    const preview = await previewPackage(b, bytes);
    await applyPackage(b, preview, { mode: 'merge' });
    const edited = await b.repos.customers.update(customer.id, { notes: '改' });
    expect(revSchema.safeParse(edited.rev).success).toBe(true);
    expect(edited.rev > fast).toBe(true);
    expect(edited.baseRev).toBe(fast);
    await stillWorks(b, a);
  });

  it('this machine’s own backup restores it, but is refused as a merge, changing nothing', async () => {
    const b = await machine('仓库');
    const a = await machine('前台');
    const backup = await pack(b, { kind: 'backup' });
    const before = await everything(b);
    const merged = await previewPackage(b, backup);
    await expect(applyPackage(b, merged, { mode: 'merge' })).rejects.toMatchObject({
      code: 'own_device',
      details: { deviceId: b.identity.deviceId },
    });
    expect(await everything(b)).toBe(before);
    const preview = await previewPackage(b, backup);
    expect(preview.replaceable).toBe(true);
    await expect(applyPackage(b, preview, { mode: 'replace' })).resolves.toMatchObject({
      newDeviceId: expect.any(String),
    });
    await stillWorks(a, b);
  });

  it('a version another machine stamps as ours is weighed as a conflict: our edit is kept in history', async () => {
    const b = await machine('仓库');
    const a = await machine('前台');
    const customer = (await b.db.customers.toCollection().first()) as { id: string };
    await applyPackage(a, await previewPackage(a, await pack(b)), { mode: 'merge' });
    const ours = await b.repos.customers.update(customer.id, { notes: '本机的修改' });
    // On A, a version dressed up as B's next edit (B's id in the record and in its rev).
    const held = await a.db.customers.get(customer.id);
    await a.db.customers.put({
      ...(held as NonNullable<typeof held>),
      notes: '冒充',
      rev: formatRev({ wall: parseRev(ours.rev).wall + 1_000, counter: 0 }, b.identity.deviceId),
      deviceId: b.identity.deviceId,
    });
    const preview = await previewPackage(b, await pack(a));
    expect(preview.counts.customers?.conflict).toBe(1);
    expect(preview.conflicts.map((c) => [c.id, c.winner])).toEqual([[customer.id, 'incoming']]);
    await applyPackage(b, preview, { mode: 'merge' });
    const history = await b.db.history.where({ table: 'customers', recordId: customer.id }).toArray();
    expect(history.map((h) => [h.reason, (h.record as { rev: string }).rev])).toEqual([
      ['conflict', ours.rev],
    ]);
  });
});
