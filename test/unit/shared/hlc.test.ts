import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createClock,
  DEFAULT_MAX_SKEW_MS,
  formatRev,
  isTrustedRev,
  MAX_COUNTER,
  parseRev,
  revBeyondSkew,
} from '../../../shared/hlc';
import { revSchema } from '../../../shared/schema/envelope';

describe('hybrid logical clock', () => {
  it('issues strictly increasing revs that sort as text, even when the wall clock stands still or goes back', () => {
    const times = [1000, 1000, 999, 5000, 4000];
    const clock = createClock('dev-a', () => times.shift() ?? 0);
    const revs = Array.from({ length: 5 }, () => clock.next());
    expect([...revs].sort()).toEqual(revs);
    expect(new Set(revs).size).toBe(5);
  });

  it('sorts after a rev observed from another machine with a clock ahead of ours', () => {
    const clock = createClock('dev-a', () => 1000);
    const remote = formatRev({ wall: 9_000, counter: 3 }, 'dev-b');
    clock.observe(remote);
    expect(clock.next() > remote).toBe(true);
  });

  it('round-trips through parseRev and refuses garbage', () => {
    const rev = formatRev({ wall: 1_764_300_000_000, counter: 12 }, 'machine-1');
    expect(parseRev(rev)).toEqual({ wall: 1_764_300_000_000, counter: 12, deviceId: 'machine-1' });
    expect(() => parseRev('yesterday')).toThrow(/Not a rev/);
  });

  it('breaks ties between machines by device id, so two edits never compare equal', () => {
    const a = createClock('a', () => 7).next();
    const b = createClock('b', () => 7).next();
    expect(a).not.toBe(b);
    expect(a < b).toBe(true);
  });

  it('names the skew bound a day, and measures how far a rev is beyond it', () => {
    const now = Date.UTC(2026, 11, 3);
    expect(DEFAULT_MAX_SKEW_MS).toBe(24 * 3600 * 1000);
    const inADay = formatRev({ wall: now + DEFAULT_MAX_SKEW_MS, counter: MAX_COUNTER }, 'b');
    const later = formatRev({ wall: now + DEFAULT_MAX_SKEW_MS + 5, counter: 0 }, 'b');
    expect(revBeyondSkew(inADay, now)).toBe(0);
    expect(revBeyondSkew(later, now)).toBe(5);
    expect(revBeyondSkew(later, now, DEFAULT_MAX_SKEW_MS + 5)).toBe(0);
    expect(isTrustedRev(later, now)).toBe(false);
    expect(isTrustedRev('000000000000001-100000-b', now)).toBe(false);
  });

  it('refuses to format a rev the format cannot hold, so a broken one is never written', () => {
    expect(() => formatRev({ wall: 1, counter: MAX_COUNTER + 1 }, 'a')).toThrow(/counter/);
    expect(() => formatRev({ wall: 10 ** 15, counter: 0 }, 'a')).toThrow(/wall/);
  });

  it('does not adopt a rev from the year 2100: local edits stay stamped now', () => {
    const now = Date.UTC(2026, 11, 3);
    const clock = createClock('a', () => now);
    const hostile = formatRev({ wall: Date.UTC(2100, 11, 31), counter: 0 }, 'b');
    expect(clock.observe(hostile)).toBe(false);
    expect(parseRev(clock.next())).toMatchObject({ wall: now, counter: 0 });
  });

  it('adopts a rev a little ahead, and carries into the wall time when the counter is at its maximum', () => {
    const now = Date.UTC(2026, 11, 3);
    const clock = createClock('a', () => now);
    const ahead = formatRev({ wall: now + 60_000, counter: MAX_COUNTER }, 'b');
    expect(clock.observe(ahead)).toBe(true);
    const next = clock.next();
    expect(parseRev(next)).toMatchObject({ wall: now + 60_001, counter: 1 });
    expect(next > ahead).toBe(true);
  });

  it('carries into the wall time when many local edits share one millisecond', () => {
    const clock = createClock('a', () => 1_000);
    let last = '';
    for (let i = 0; i <= MAX_COUNTER + 2; i++) last = clock.next();
    expect(parseRev(last)).toEqual({ wall: 1_001, counter: 1, deviceId: 'a' });
  });

  it('keeps every local stamp valid and strictly increasing, whatever revs it receives (property)', () => {
    const start = Date.UTC(2026, 11, 3);
    const skewMs = 3_600_000;
    const wallArb = fc.oneof(
      fc.constant(Date.UTC(2100, 11, 31, 23, 59, 59, 999)),
      fc.constant(10 ** 15 - 1),
      fc.integer({ min: 0, max: 2 * skewMs }).map((d) => start + d),
      fc.integer({ min: -skewMs, max: skewMs }).map((d) => start + d),
      fc.integer({ min: 0, max: 10 ** 15 - 1 }),
    );
    const counterArb = fc.oneof(
      fc.constant(0),
      fc.constant(MAX_COUNTER),
      fc.integer({ min: 0, max: MAX_COUNTER }),
    );
    const opArb = fc.oneof(
      fc.record({
        op: fc.constant('receive' as const),
        wall: wallArb,
        counter: counterArb,
        device: fc.constantFrom('b', 'c', 'a', 'zz'),
      }),
      fc.record({ op: fc.constant('stamp' as const), times: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ op: fc.constant('time' as const), ms: fc.integer({ min: -5_000, max: 5_000 }) }),
    );
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 80 }), (ops) => {
        let time = start;
        const clock = createClock('a', () => time, { maxSkewMs: skewMs });
        const stamps: string[] = [];
        for (const op of ops) {
          if (op.op === 'time') time += op.ms;
          else if (op.op === 'receive')
            clock.observe(formatRev({ wall: op.wall, counter: op.counter }, op.device));
          else for (let i = 0; i < op.times; i++) stamps.push(clock.next());
        }
        stamps.push(clock.next());
        for (const [i, rev] of stamps.entries()) {
          expect(revSchema.safeParse(rev).success).toBe(true);
          // Never beyond the bound of the time it was stamped at, give or take the carries of its edits.
          expect(parseRev(rev).wall).toBeLessThanOrEqual(start + 80 * 5_000 + skewMs + 1);
          if (i > 0) expect(rev > (stamps[i - 1] as string)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
