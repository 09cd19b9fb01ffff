import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../renderer/db/database';
import { loadIdentity, saveIdentity, suggestPrefix } from '../../../renderer/db/identity';
import { Refusal } from '../../../shared/refusal';

describe('machine identity', () => {
  it('is created once with a device id and kept when name or prefix change', async () => {
    const db = createDatabase(`id-${crypto.randomUUID()}`);
    expect(await loadIdentity(db)).toBeUndefined();
    const first = await saveIdentity(db, { machineName: ' Front desk ', orderPrefix: 'b2' });
    expect(first).toMatchObject({ machineName: 'Front desk', orderPrefix: 'B2' });
    const second = await saveIdentity(db, { machineName: 'Back office', orderPrefix: 'C' });
    expect(second.deviceId).toBe(first.deviceId);
    expect(await loadIdentity(db)).toEqual(second);
  });

  it('refuses an empty name or a bad prefix and keeps the saved one', async () => {
    const db = createDatabase(`id-${crypto.randomUUID()}`);
    const saved = await saveIdentity(db, { machineName: 'PC', orderPrefix: 'A' });
    await expect(saveIdentity(db, { machineName: '', orderPrefix: 'A' })).rejects.toMatchObject({
      code: 'field.required',
      field: 'machineName',
    });
    await expect(saveIdentity(db, { machineName: 'PC', orderPrefix: 'A-1' })).rejects.toMatchObject({
      code: 'identity.prefix',
      field: 'orderPrefix',
    });
    await expect(saveIdentity(db, { machineName: 'x'.repeat(61), orderPrefix: 'A' })).rejects.toThrow(
      Refusal,
    );
    expect(await loadIdentity(db)).toEqual(saved);
  });

  it('suggests a letter-digit prefix that varies with the device', () => {
    const prefixes = new Set(Array.from({ length: 50 }, () => suggestPrefix(crypto.randomUUID())));
    for (const p of prefixes) expect(p).toMatch(/^[A-Z][0-9]$/);
    expect(prefixes.size).toBeGreaterThan(20);
  });
});
