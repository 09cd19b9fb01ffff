import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPackageVerifier } from '../../../electron/backup/package-verify';
import { applyPackage } from '../../../renderer/db/package-apply';
import { exportPackage } from '../../../renderer/db/package-export';
import { previewPackage } from '../../../renderer/db/package-import';
import { loadPeer } from '../../../renderer/db/package-peers';
import { loadSampleOffice } from '../../../renderer/db/sample-loader';
import { latestSchemaVersion } from '../../../renderer/db/schema-versions';
import type { DataSession } from '../../../renderer/db/session';
import { formatRev, parseRev } from '../../../shared/hlc';
import { knownKey } from '../../../shared/merge/known';
import { KNOWN_MAX_SKEW_MS, MAX_KNOWN_ENTRIES, readPackage } from '../../../shared/package';
import { createContentHash } from '../../../shared/package/content-hash';
import type { PackageScope } from '../../../shared/package/types';
import { tableNames } from '../../../shared/schema/tables';
import { gzip } from '../../fixtures/packages/raw-package';
import { customerInput, freshSession, idsIn, tickingTime } from './fixtures';

// A package whose `known` vector lies. Refused when the vector is not sane; when it is sane but false
// ("this machine has seen everything"), the receiver takes it as a claim only: it does not advertise it
// as its own, its next incremental package to the liar still carries its new records, and its own
// packages and backups stay valid.

const ITERATIONS = 1_000;
const asOf = new Date('2026-11-28T09:00:00+08:00');
const time = tickingTime();

async function machine(name: string, prefix: string, seed?: number): Promise<DataSession> {
  const session = await freshSession(() => new Date(), time);
  const identity = { ...session.identity, machineName: name, orderPrefix: prefix };
  await session.db.meta.put({ key: 'identity', value: identity });
  const renamed = { ...session, identity };
  if (seed !== undefined) await loadSampleOffice(renamed, { language: 'zh-CN', orders: 40, asOf, seed });
  return renamed;
}

async function pack(from: DataSession, scope: Partial<PackageScope> = {}) {
  const parts: Uint8Array[] = [];
  const trailer = await exportPackage(from, {
    scope: { kind: 'full', tables: [...tableNames], confidential: true, ...scope },
    sink: (chunk) => {
      parts.push(chunk);
    },
    iterations: ITERATIONS,
  });
  return { bytes: new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer()), trailer };
}

const incremental = (from: DataSession, to: DataSession) =>
  pack(from, { kind: 'incremental', target: to.identity.deviceId });

/** Every table (meta and stats too): equal means nothing was written. */
async function everything(session: DataSession): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const table of session.db.tables) out[table.name] = await table.toArray();
  return JSON.stringify(out);
}

/**
 * The generator of lying packages: an unencrypted package with its `known` line replaced and its
 * checksum recomputed — what anyone with a text editor and gzip can do to a file.
 */
async function forgeKnown(bytes: Uint8Array, known: unknown): Promise<Uint8Array> {
  const newline = bytes.indexOf(0x0a);
  const head = bytes.subarray(0, newline + 1);
  const body = new Blob([bytes.subarray(newline + 1) as BlobPart]).stream();
  const text = await new Response(body.pipeThrough(new DecompressionStream('gzip'))).text();
  const lines = text.split('\n').slice(0, -1);
  const at = lines.findIndex((line) => line.startsWith('{"known":'));
  lines[at] = JSON.stringify({ known });
  const hash = createContentHash();
  hash.update(head);
  const encoder = new TextEncoder();
  for (const line of lines.slice(0, -1)) hash.update(encoder.encode(`${line}\n`));
  const end = JSON.parse(lines.at(-1) as string) as { end: Record<string, unknown> };
  lines[lines.length - 1] = JSON.stringify({ end: { ...end.end, sha256: await hash.digest() } });
  const content = await gzip(encoder.encode(lines.map((l) => `${l}\n`).join('')));
  const out = new Uint8Array(head.length + content.length);
  out.set(head);
  out.set(content, head.length);
  return out;
}

/** "Seen everything": every table, for these devices, at `wall` with the highest counter. */
const seenEverything = (devices: readonly string[], wall: number) =>
  Object.fromEntries(
    tableNames.flatMap((t) => devices.map((d) => [knownKey(t, d), formatRev({ wall, counter: 99_999 }, d)])),
  );

/** The machine's own packages still read, and its backup passes the backup service's verification. */
async function ownPackagesVerify(session: DataSession) {
  const read = (bytes: Uint8Array | AsyncIterable<Uint8Array>) =>
    readPackage(bytes, { maxSchemaVersion: latestSchemaVersion, limits: { minIterations: ITERATIONS } });
  const full = await pack(session);
  expect((await read(full.bytes)).trailer.counts).toEqual(full.trailer.counts);
  const backup = await pack(session, { kind: 'backup' });
  const path = join(mkdtempSync(join(tmpdir(), 'salesdesk-known-')), 'backup.sdpkg');
  writeFileSync(path, backup.bytes);
  const verified = await createPackageVerifier(read)(path);
  expect(verified).toMatchObject({ ok: true, sha256: backup.trailer.sha256 });
}

describe('a package whose known vector lies', () => {
  it('an insane vector is refused, nothing changes, and the machine goes on syncing and backing up', async () => {
    const victim = await machine('前台', 'A1', 7);
    const peer = await machine('仓库', 'B1');
    await applyPackage(peer, await previewPackage(peer, (await pack(victim)).bytes), { mode: 'merge' });
    const honest = (await incremental(peer, victim)).bytes;
    const ids = [victim.identity.deviceId, peer.identity.deviceId];
    const longRev = formatRev({ wall: Date.now(), counter: 0 }, 'x'.repeat(9_950));
    const lies: [string, unknown, string][] = [
      ['seen everything, in 2100', seenEverything(ids, Date.UTC(2100, 11, 31)), 'future'],
      ['seen everything, two days ahead', seenEverything(ids, Date.now() + 2 * KNOWN_MAX_SKEW_MS), 'future'],
      [
        'oversized',
        Object.fromEntries(
          Array.from({ length: MAX_KNOWN_ENTRIES + 1 }, (_, i) => [
            knownKey('orders', `d${i}`),
            formatRev({ wall: Date.now(), counter: 0 }, `d${i}`),
          ]),
        ),
        'too_many',
      ],
      ['revs of nearly 10,000 characters', { [knownKey('orders', ids[1] as string)]: longRev }, 'rev'],
      ['not revs', { [knownKey('orders', ids[1] as string)]: 'everything' }, 'rev'],
    ];
    const before = await everything(victim);
    for (const [what, known, issue] of lies) {
      const error = await previewPackage(victim, await forgeKnown(honest, known)).catch((e: unknown) => e);
      expect(error, what).toMatchObject({ code: 'known_invalid', details: { issue } });
      expect(await everything(victim), what).toBe(before);
    }

    // Afterwards: an edit here still travels to the peer, and this machine's packages and backups hold.
    const customer = (await victim.db.customers.orderBy(':id').first()) as { id: string };
    await victim.repos.customers.update(customer.id, { notes: '拒收之后的修改' });
    const next = (await incremental(victim, peer)).bytes;
    await previewPackage(peer, next);
    expect(await idsIn(next, 'customers')).toContain(customer.id);
    await ownPackagesVerify(victim);
  });

  it('a sane but false "seen everything" is never advertised, and spares nothing made afterwards', async () => {
    const victim = await machine('前台', 'A1', 7);
    const liar = await machine('仓库', 'B1');
    const third = await machine('财务', 'C1');
    for (const to of [liar, third])
      await applyPackage(to, await previewPackage(to, (await pack(victim)).bytes), { mode: 'merge' });
    await liar.repos.customers.create(customerInput({ code: 'LIAR-1' }));
    const devices = [victim, liar, third].map((m) => m.identity.deviceId);
    // Within the skew, so the reader cannot tell: only what it does with the claim protects the victim.
    const claim = seenEverything(devices, Date.now() + KNOWN_MAX_SKEW_MS / 2);
    const lie = await forgeKnown((await incremental(liar, victim)).bytes, claim);
    const preview = await previewPackage(victim, lie);
    expect(preview.trailer.known).toEqual(claim);
    await applyPackage(victim, preview, { mode: 'merge' });
    const clockAtImport = victim.clock.next();

    // 1. The victim does not advertise the claim: every entry of its vector is backed by a record it
    //    holds (or, for itself, by its clock), so the third machine still sends it what it makes.
    const { trailer: advertised, bytes: full } = await pack(victim);
    for (const [key, rev] of Object.entries(advertised.known)) {
      expect(Object.values(claim), key).not.toContain(rev);
      if (parseRev(rev).deviceId === victim.identity.deviceId) continue;
      const table = key.slice(0, key.indexOf(':'));
      const newest = (await victim.db.table(table).toArray())
        .map((r: { rev: string }) => r.rev)
        .filter((r) => parseRev(r).deviceId === parseRev(rev).deviceId)
        .sort()
        .at(-1);
      expect(rev <= (newest as string), key).toBe(true);
    }
    await applyPackage(third, await previewPackage(third, full), { mode: 'merge' });
    const made = await third.repos.customers.create(customerInput({ code: 'THIRD-1' }));
    const thirdBytes = (await incremental(third, victim)).bytes;
    const fromThird = await previewPackage(victim, thirdBytes);
    expect(await idsIn(thirdBytes, 'customers')).toContain(made.id);

    // 2. What the victim takes the liar to hold is bounded: of the victim's own versions, no more than it
    //    had written; of others', no more than the liar's packages showed.
    const view = (await loadPeer(victim.db, liar.identity.deviceId))?.known ?? {};
    for (const [key, rev] of Object.entries(view)) {
      if (parseRev(rev).deviceId === victim.identity.deviceId) expect(rev <= clockAtImport, key).toBe(true);
      else expect(parseRev(rev).deviceId, key).toBe(liar.identity.deviceId);
    }
    // So what the victim makes afterwards, and the third machine's records it got since, go to the liar.
    const order = (await victim.db.orders.orderBy(':id').first()) as { id: string };
    await victim.repos.orders.update(order.id, { notes: '谎言之后的修改' });
    const created = await victim.repos.customers.create(customerInput({ code: 'AFTER-1' }));
    await applyPackage(victim, fromThird, { mode: 'merge' });
    const liarBytes = (await incremental(victim, liar)).bytes;
    const toLiar = await previewPackage(liar, liarBytes);
    expect(await idsIn(liarBytes, 'orders')).toContain(order.id);
    expect(await idsIn(liarBytes, 'customers')).toEqual(expect.arrayContaining([created.id, made.id]));
    await applyPackage(liar, toLiar, { mode: 'merge' });
    expect((await liar.db.orders.get(order.id))?.notes).toBe('谎言之后的修改');

    // 3. Its own packages and backups stay valid.
    await ownPackagesVerify(victim);
  });

  it('a machine whose vectors an older version took blindly heals without anyone re-importing', async () => {
    const victim = await machine('前台', 'A1', 7);
    const peer = await machine('仓库', 'B1');
    await applyPackage(peer, await previewPackage(peer, (await pack(victim)).bytes), { mode: 'merge' });
    const devices = [victim, peer].map((m) => m.identity.deviceId);
    const poisoned = seenEverything(devices, Date.UTC(2100, 11, 31));
    // As an older version left them: the claim adopted as its own, and stored unbounded as the peer's.
    await victim.db.meta.put({ key: 'known', value: poisoned });
    await victim.db.meta.put({
      key: `peer:${peer.identity.deviceId}`,
      value: { ...peer.identity, at: new Date().toISOString(), known: poisoned },
    });
    const { trailer, bytes } = await incremental(victim, peer);
    // It advertises only what it holds (the 2100 entries would not even pass a reader's check)…
    for (const rev of Object.values(trailer.known)) {
      expect(Object.values(poisoned)).not.toContain(rev);
      expect(parseRev(rev).wall).toBeLessThan(Date.now() + KNOWN_MAX_SKEW_MS);
    }
    // …and sends the peer everything once, rather than nothing.
    expect(trailer.counts.orders).toBe(await victim.db.orders.count());
    await applyPackage(peer, await previewPackage(peer, bytes), { mode: 'merge' });
    await ownPackagesVerify(victim);
  });
});
