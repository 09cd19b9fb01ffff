import { describe, expect, it } from 'vitest';
import { formatRev, MAX_COUNTER, parseRev } from '../../../shared/hlc';
import { Refusal } from '../../../shared/refusal';
import { revSchema } from '../../../shared/schema/envelope';
import { customerInput, freshSession } from './fixtures';

describe('repositories', () => {
  it('stamp the envelope on create: uuid, times, rev, no baseRev, device, not deleted', async () => {
    const { repos, identity, db } = await freshSession();
    const created = await repos.customers.create(customerInput({ code: 'C0001' }));
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.createdAt).toBe('2026-11-28T01:00:00.000Z');
    expect(created.rev).toMatch(/^\d{15}-\d{5}-/);
    expect(created.rev.endsWith(identity.deviceId)).toBe(true);
    expect(created.baseRev).toBeNull();
    expect(created.deleted).toBe(false);
    expect(await db.customers.get(created.id)).toEqual(created);
  });

  it('on update: a newer rev, and as base the version another machine may hold', async () => {
    const { repos, db, identity } = await freshSession();
    const created = await repos.customers.create(customerInput());
    const updated = await repos.customers.update(created.id, { name: '上海新华贸易' });
    expect(updated.name).toBe('上海新华贸易');
    expect(updated.rev > created.rev).toBe(true);
    expect(updated.createdAt).toBe(created.createdAt);
    // Edits here on a version written here keep its base: the chain fast-forwards elsewhere.
    expect(updated.baseRev).toBe(created.baseRev);
    // A version from another machine — even one whose clock ran ahead, within the skew bound — is the
    // base of the next edit, which sorts after it.
    const foreign = {
      ...updated,
      rev: formatRev({ wall: Date.now() + 3_600_000, counter: MAX_COUNTER }, 'other-machine'),
      deviceId: 'other-machine',
    };
    await db.customers.put(foreign);
    const next = await repos.customers.update(created.id, { name: '上海新华' });
    expect(next.baseRev).toBe(foreign.rev);
    expect(next.rev > foreign.rev).toBe(true);
    expect(next.rev.endsWith(identity.deviceId)).toBe(true);
    // One from far beyond the bound is not taken in by the clock: the edit is stamped now, with a valid rev
    // (the record itself is re-stamped on the next start, rev-repair.ts).
    await db.customers.put({
      ...next,
      rev: `${'9'.repeat(13)}00-99999-other-machine`,
      deviceId: 'other-machine',
    });
    const after = await repos.customers.update(created.id, { name: '上海新华贸易' });
    expect(revSchema.safeParse(after.rev).success).toBe(true);
    expect(parseRev(after.rev).wall).toBeLessThan(Date.now() + 2 * 3_600_000);
  });

  it('refuse an invalid record with the field named, and write nothing', async () => {
    const { repos, db } = await freshSession();
    await expect(repos.customers.create(customerInput({ creditLimit: -1 }))).rejects.toThrow(Refusal);
    await expect(repos.customers.create(customerInput({ name: '  ' }))).rejects.toMatchObject({
      field: 'name',
    });
    expect(await db.customers.count()).toBe(0);
  });

  it('refuse an invalid update and keep the stored version', async () => {
    const { repos, db } = await freshSession();
    const created = await repos.customers.create(customerInput());
    await expect(repos.customers.update(created.id, { segment: 'vip' as never })).rejects.toMatchObject({
      field: 'segment',
    });
    expect(await db.customers.get(created.id)).toEqual(created);
  });

  it('bulkCreate is all-or-nothing: one bad record writes none', async () => {
    const { repos, db } = await freshSession();
    const inputs = [
      customerInput({ code: 'A' }),
      customerInput({ code: 'B', creditLimit: 1.5 }),
      customerInput({ code: 'C' }),
    ];
    await expect(repos.customers.bulkCreate(inputs)).rejects.toMatchObject({ field: 'creditLimit' });
    expect(await db.customers.count()).toBe(0);
  });

  it('delete softly, so the tombstone can travel, and restore', async () => {
    const { repos, db } = await freshSession();
    const created = await repos.customers.create(customerInput());
    const removed = await repos.customers.remove(created.id);
    expect(removed.deleted).toBe(true);
    expect((await db.customers.get(created.id))?.deleted).toBe(true);
    const restored = await repos.customers.restore(created.id);
    expect(restored.deleted).toBe(false);
    expect(restored.rev > removed.rev).toBe(true);
  });

  it('change many records in one write: each a new version from the one given, patches validated', async () => {
    const { repos, db } = await freshSession();
    const a = await repos.customers.create(customerInput({ code: 'C0001' }));
    const b = await repos.customers.create(customerInput({ code: 'C0002' }));
    await repos.customers.bulkRemove([a, b]);
    const [ra, rb] = await db.customers.bulkGet([a.id, b.id]);
    if (!ra || !rb) throw new Error('removed records missing');
    expect([ra.deleted, rb.deleted]).toEqual([true, true]);
    expect(ra.rev > a.rev && rb.rev > b.rev).toBe(true);

    // Brought back with new fields in one version, as an import does with a tombstone.
    const pairs = repos.customers.stampChanges([
      { existing: ra, patch: customerInput({ code: 'C0001', name: '北京新名称' }), deleted: false },
    ]);
    await db.transaction('rw', db.customers, () => repos.customers.putChanges(pairs));
    const back = await db.customers.get(a.id);
    if (!back) throw new Error('revived record missing');
    expect(back).toMatchObject({ deleted: false, name: '北京新名称', createdAt: a.createdAt });
    expect(back.baseRev).toBe(a.baseRev);
    // A bad patch is refused before anything is written.
    expect(() =>
      repos.customers.stampChanges([{ existing: back, patch: { name: '' }, deleted: false }]),
    ).toThrow(Refusal);
  });

  it('report a missing record by table and id', async () => {
    const { repos } = await freshSession();
    await expect(repos.customers.update(crypto.randomUUID(), { name: 'x' })).rejects.toMatchObject({
      code: 'record.gone',
      table: 'customers',
    });
  });

  it('refuse an editor’s save over a version changed or deleted since it was shown, and write nothing', async () => {
    const { repos, db } = await freshSession();
    const shown = await repos.customers.create(customerInput({ code: 'C0001' }));
    const meanwhile = await repos.customers.update(shown.id, { name: 'changed elsewhere' });
    await expect(
      repos.customers.update(shown.id, { name: 'my edit' }, { fromRev: shown.rev }),
    ).rejects.toMatchObject({ code: 'record.changed', table: 'customers' });
    expect((await db.customers.get(shown.id))?.name).toBe('changed elsewhere');
    // From the version it now shows, the same edit goes through.
    const saved = await repos.customers.update(shown.id, { name: 'my edit' }, { fromRev: meanwhile.rev });
    expect(saved.name).toBe('my edit');
    const removed = await repos.customers.remove(shown.id);
    await expect(
      repos.customers.update(shown.id, { name: 'after delete' }, { fromRev: removed.rev }),
    ).rejects.toMatchObject({ code: 'record.gone' });
  });
});
