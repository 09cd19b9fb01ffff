import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_SKEW_MS, formatRev } from '../../../shared/hlc';
import { readPackageHeader } from '../../../shared/package';
import { asOf, deviceId, fullScope, readAll, sampleRecords, writePackage } from './records';

// What a package claims about time and origin, checked against the machine reading it: revs and the
// header's createdAt at most a bounded skew ahead of its clock, and never this machine's own device id.

const records = sampleRecords(3, 10);
const now = asOf.getTime();
const HOUR = 3_600_000;
const customers = records.customers.slice(0, 6);
const revAt = (wall: number, counter = 0) => formatRev({ wall, counter }, 'device-z');

describe('revs from the future', () => {
  const read = (changed: Record<string, unknown>[], maxSkewMs?: number) =>
    writePackage({ customers: changed }).then(({ bytes }) =>
      readAll(bytes, { receiver: { now, ...(maxSkewMs ? { maxSkewMs } : {}) } }),
    );

  it('accepts a rev up to a day ahead, and refuses one a millisecond further', async () => {
    const atBound = customers.map((r, i) =>
      i === 2 ? { ...r, rev: revAt(now + DEFAULT_MAX_SKEW_MS, 99_999) } : r,
    );
    await expect(read(atBound)).resolves.toBeTruthy();
    const beyond = customers.map((r, i) =>
      i === 2 ? { ...r, rev: revAt(now + DEFAULT_MAX_SKEW_MS + 1) } : r,
    );
    await expect(read(beyond)).rejects.toMatchObject({
      code: 'revs_in_future',
      details: {
        records: 1,
        aheadHours: 25,
        skewHours: 24,
        table: 'customers',
        id: customers[2]?.id,
        field: 'rev',
      },
    });
  });

  it('counts every record beyond the bound, names the first, and says how far the furthest is', async () => {
    const changed = customers.map((r, i) =>
      i === 1
        ? { ...r, rev: revAt(now + 30 * HOUR) }
        : i >= 4
          ? { ...r, rev: revAt(Date.UTC(2100, 0, 1)) }
          : r,
    );
    const error = await read(changed).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'revs_in_future',
      details: { records: 3, id: customers[1]?.id, field: 'rev', line: 3 },
    });
    expect((error as { details: { aheadHours: number } }).details.aheadHours).toBe(
      Math.ceil((Date.UTC(2100, 0, 1) - now) / HOUR),
    );
  });

  it('checks baseRev too: a version cannot claim to descend from one stamped in the future', async () => {
    const changed = customers.map((r, i) => (i === 0 ? { ...r, baseRev: revAt(now + 48 * HOUR) } : r));
    await expect(read(changed)).rejects.toMatchObject({
      code: 'revs_in_future',
      details: { records: 1, field: 'baseRev' },
    });
  });

  it('takes the bound from the caller', async () => {
    const changed = customers.map((r, i) => (i === 0 ? { ...r, rev: revAt(now + 2 * HOUR) } : r));
    await expect(read(changed, HOUR)).rejects.toMatchObject({
      code: 'revs_in_future',
      details: { skewHours: 1 },
    });
    await expect(read(changed, 3 * HOUR)).resolves.toBeTruthy();
  });

  it('measures against the real clock when the caller gives none', async () => {
    const changed = customers.map((r, i) =>
      i === 0 ? { ...r, rev: revAt(Date.now() + 2 * DEFAULT_MAX_SKEW_MS) } : r,
    );
    const { bytes } = await writePackage({ customers: changed });
    await expect(readAll(bytes)).rejects.toMatchObject({ code: 'revs_in_future' });
  });
});

describe('the header', () => {
  const header = async (createdAt: string, scope = fullScope(['customers'])) => {
    const { bytes } = await writePackage({ customers }, { scope });
    const text = new TextDecoder().decode(bytes);
    return new TextEncoder().encode(
      text.replace(`"createdAt":"${asOf.toISOString()}"`, `"createdAt":"${createdAt}"`),
    );
  };

  it('refuses a createdAt beyond the bound, before reading any record', async () => {
    const ok = await header(new Date(now + DEFAULT_MAX_SKEW_MS).toISOString());
    expect(readPackageHeader(ok, { receiver: { now } }).createdAt).toBe(
      new Date(now + DEFAULT_MAX_SKEW_MS).toISOString(),
    );
    const late = await header(new Date(now + DEFAULT_MAX_SKEW_MS + 1).toISOString());
    expect(() => readPackageHeader(late, { receiver: { now } })).toThrow(/created_in_future/);
    let seen = 0;
    await expect(readAll(late, { receiver: { now }, onRecord: () => void seen++ })).rejects.toMatchObject({
      code: 'created_in_future',
      details: { line: 1, field: 'createdAt', aheadHours: 25 },
    });
    expect(seen).toBe(0);
  });

  it("refuses a package claiming the reader's device id, in any case; a restore of its own backup reads", async () => {
    const { bytes } = await writePackage({ customers });
    await expect(readAll(bytes, { receiver: { deviceId: deviceId.toUpperCase() } })).rejects.toMatchObject({
      code: 'own_device',
      details: { line: 1, field: 'source.deviceId', deviceId },
    });
    await expect(readAll(bytes, { receiver: { deviceId: 'device-b' } })).resolves.toBeTruthy();
    // Verifying a backup names no receiver, and a backup is this machine's own by design.
    await expect(readAll(bytes)).resolves.toBeTruthy();
    const backup = await writePackage(
      { customers },
      { scope: { ...fullScope(['customers']), kind: 'backup' } },
    );
    await expect(readAll(backup.bytes, { receiver: { deviceId } })).resolves.toBeTruthy();
  });
});
