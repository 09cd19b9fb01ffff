import { describe, expect, it } from 'vitest';
import { createClock, formatRev, MAX_COUNTER, parseRev } from '../../../shared/hlc';
import { isPoisoned, restamp } from '../../../shared/merge/poisoned';
import type { Envelope } from '../../../shared/schema/envelope';
import { revSchema } from '../../../shared/schema/envelope';

const now = Date.UTC(2026, 11, 3, 8);
const bound = { now };
const in2100 = (counter: number, device = 'other') =>
  formatRev({ wall: Date.UTC(2100, 11, 31), counter }, device);
const recent = (device = 'other', ms = 60_000) => formatRev({ wall: now - ms, counter: 3 }, device);
const envelope = (rev: string, baseRev: string | null, deviceId = 'other'): Envelope => ({
  id: 'r1',
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  rev,
  baseRev,
  deviceId,
  deleted: false,
});

describe('poisoned records', () => {
  it('are those whose rev or base is beyond the skew bound, or not a rev at all', () => {
    expect(isPoisoned(envelope(recent(), null), bound)).toBe(false);
    expect(
      isPoisoned(envelope(formatRev({ wall: now + 3_600_000, counter: MAX_COUNTER }, 'x'), null), bound),
    ).toBe(false);
    expect(isPoisoned(envelope(in2100(MAX_COUNTER), null), bound)).toBe(true);
    expect(isPoisoned(envelope(in2100(0), null), bound)).toBe(true);
    expect(isPoisoned(envelope(recent(), in2100(0)), bound)).toBe(true);
    // What the old clock wrote after taking in a full counter: six digits.
    expect(isPoisoned(envelope('001796284800000-100000-self', null), bound)).toBe(true);
    expect(isPoisoned(envelope(recent(), '001796284800000-100000-self'), bound)).toBe(true);
    expect(isPoisoned(envelope(in2100(0), null), { now, maxSkewMs: 100 * 365 * 24 * 3_600_000 })).toBe(false);
  });

  it('are re-stamped as a new local version under a valid rev, stamped now', () => {
    const clock = createClock('self', () => now);
    const stamp = { clock, deviceId: 'self', at: new Date(now).toISOString(), bound };
    const foreign = restamp({ ...envelope(in2100(MAX_COUNTER), recent()), deleted: true }, stamp);
    expect(revSchema.safeParse(foreign.rev).success).toBe(true);
    expect(parseRev(foreign.rev)).toMatchObject({ wall: now, deviceId: 'self' });
    expect(foreign).toMatchObject({
      baseRev: null,
      deviceId: 'self',
      updatedAt: stamp.at,
      deleted: true,
      id: 'r1',
    });
    // This machine's own line keeps a trustworthy base, so a chain of edits still fast-forwards elsewhere.
    const ownBase = recent('other');
    const own = restamp(envelope('001796284800000-100000-self', ownBase, 'self'), stamp);
    expect(own.baseRev).toBe(ownBase);
    expect(own.rev > foreign.rev).toBe(true);
    expect(restamp(envelope(recent('self'), in2100(0), 'self'), stamp).baseRev).toBeNull();
    expect(isPoisoned(own, bound)).toBe(false);
  });
});
