import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chooseBackupsToPrune,
  DEFAULT_ROTATION_POLICY,
  type RotationCandidate,
  type RotationPolicy,
} from '../../../../electron/backup/rotation';

// 2026-06-10 is a Wednesday; its ISO week runs Monday 06-08 to Sunday 06-14.
const now = new Date('2026-06-10T12:30:00Z');
const backup = (at: string, verified = true): RotationCandidate => ({ name: at, at: new Date(at), verified });

const prune = (backups: RotationCandidate[], policy: Partial<RotationPolicy> = {}) =>
  chooseBackupsToPrune(backups, { hourly: 0, daily: 0, weekly: 0, monthly: 0, ...policy }, now).sort();

describe('chooseBackupsToPrune', () => {
  it.each<{ title: string; backups: RotationCandidate[]; policy: Partial<RotationPolicy>; pruned: string[] }>(
    [
      { title: 'nothing to do without backups', backups: [], policy: {}, pruned: [] },
      {
        title: 'keeps the newest of each of the last N hours',
        backups: [
          backup('2026-06-10T12:10:00Z'),
          backup('2026-06-10T12:20:00Z'),
          backup('2026-06-10T11:05:00Z'),
          backup('2026-06-10T11:55:00Z'),
          backup('2026-06-10T10:30:00Z'),
        ],
        policy: { hourly: 2 },
        pruned: ['2026-06-10T10:30:00Z', '2026-06-10T11:05:00Z', '2026-06-10T12:10:00Z'],
      },
      {
        title: 'counts hours that have no backup towards N',
        backups: [
          backup('2026-06-10T12:00:00Z'),
          backup('2026-06-10T09:59:00Z'),
          backup('2026-06-10T09:00:00Z'),
        ],
        policy: { hourly: 4 },
        pruned: ['2026-06-10T09:00:00Z'],
      },
      {
        title: 'keeps the newest of each of the last N days',
        backups: [
          backup('2026-06-10T01:00:00Z'),
          backup('2026-06-09T23:00:00Z'),
          backup('2026-06-09T08:00:00Z'),
          backup('2026-06-08T08:00:00Z'),
          backup('2026-06-07T08:00:00Z'),
        ],
        policy: { daily: 3 },
        pruned: ['2026-06-07T08:00:00Z', '2026-06-09T08:00:00Z'],
      },
      {
        title: 'weeks start on Monday (ISO)',
        backups: [
          backup('2026-06-08T00:00:00Z'), // Monday, this week
          backup('2026-06-07T23:59:00Z'), // Sunday, last week
          backup('2026-06-01T00:00:00Z'), // Monday, last week
          backup('2026-05-31T12:00:00Z'), // Sunday, two weeks ago
        ],
        policy: { weekly: 2 },
        pruned: ['2026-05-31T12:00:00Z', '2026-06-01T00:00:00Z'],
      },
      {
        title: 'months follow the calendar, across a year boundary',
        backups: [
          backup('2026-06-01T00:00:00Z'),
          backup('2026-05-31T00:00:00Z'),
          backup('2026-05-01T00:00:00Z'),
          backup('2025-12-31T00:00:00Z'),
          backup('2025-11-30T00:00:00Z'),
        ],
        policy: { monthly: 7 },
        pruned: ['2025-11-30T00:00:00Z', '2026-05-01T00:00:00Z'],
      },
      {
        title: 'the tiers add up: a backup kept by any tier stays',
        backups: [
          backup('2026-06-10T12:00:00Z'),
          backup('2026-06-10T11:00:00Z'),
          backup('2026-06-09T12:00:00Z'),
          backup('2026-06-02T12:00:00Z'),
          backup('2026-04-15T12:00:00Z'),
          backup('2026-04-10T12:00:00Z'),
          backup('2025-01-01T00:00:00Z'),
        ],
        policy: { hourly: 2, daily: 2, weekly: 2, monthly: 3 },
        pruned: ['2025-01-01T00:00:00Z', '2026-04-10T12:00:00Z'],
      },
      {
        title: 'with a zero policy only the newest verified backup is kept',
        backups: [
          backup('2026-06-10T12:00:00Z'),
          backup('2026-06-10T11:00:00Z'),
          backup('2026-06-01T00:00:00Z'),
        ],
        policy: {},
        pruned: ['2026-06-01T00:00:00Z', '2026-06-10T11:00:00Z'],
      },
      {
        title: 'the newest verified backup stays even when older than every window',
        backups: [backup('2025-01-01T00:00:00Z'), backup('2024-01-01T00:00:00Z')],
        policy: { hourly: 24, daily: 14 },
        pruned: ['2024-01-01T00:00:00Z'],
      },
      {
        title: 'nothing is pruned while no backup is verified',
        backups: [backup('2026-06-10T12:00:00Z', false), backup('2020-01-01T00:00:00Z', false)],
        policy: {},
        pruned: [],
      },
      {
        title: 'unverified backups older than the newest verified one go, newer ones stay',
        backups: [
          backup('2026-06-10T12:20:00Z', false),
          backup('2026-06-10T12:10:00Z'),
          backup('2026-06-10T12:05:00Z', false),
          backup('2026-06-10T11:00:00Z'),
        ],
        policy: { hourly: 24 },
        pruned: ['2026-06-10T12:05:00Z'],
      },
      {
        title: 'an unverified backup never stands for its period',
        backups: [
          backup('2026-06-10T11:50:00Z', false),
          backup('2026-06-10T11:10:00Z'),
          backup('2026-06-10T12:00:00Z'),
        ],
        policy: { hourly: 24 },
        pruned: ['2026-06-10T11:50:00Z'],
      },
      {
        title: 'backups dated after now (the clock went back) keep their own periods',
        backups: [
          backup('2026-06-10T15:00:00Z'),
          backup('2026-06-10T14:00:00Z'),
          backup('2026-06-10T12:00:00Z'),
        ],
        policy: { hourly: 1 },
        pruned: [],
      },
    ],
  )('$title', ({ backups, policy, pruned }) => {
    expect(prune(backups, policy)).toEqual([...pruned].sort());
  });

  it('keeps backups taken before a restore or by hand for eventDays, even within one hour', () => {
    const safety = { ...backup('2026-06-10T12:05:00Z'), event: true };
    const manual = { ...backup('2026-06-01T09:00:00Z'), event: true };
    const oldManual = { ...backup('2026-05-20T09:00:00Z'), event: true };
    const scheduled = backup('2026-06-10T12:20:00Z');
    const earlierScheduled = backup('2026-06-10T12:01:00Z');
    expect(
      prune([safety, manual, oldManual, scheduled, earlierScheduled], { hourly: 24, eventDays: 14 }),
    ).toEqual([oldManual.name, earlierScheduled.name].sort());
  });

  it('a recent event backup does not take the place of its hour’s scheduled copy', () => {
    const manual = { ...backup('2026-06-10T12:01:00Z'), event: true };
    const scheduled = backup('2026-06-10T12:10:00Z');
    const safety = { ...backup('2026-06-10T12:20:00Z'), event: true };
    expect(prune([manual, scheduled, safety], { hourly: 24, eventDays: 14 })).toEqual([]);
    // Past eventDays an event backup is an ordinary one: the newest of its hour stands for it.
    const old = { ...backup('2026-05-01T08:30:00Z'), event: true };
    const oldScheduled = backup('2026-05-01T08:10:00Z');
    expect(prune([old, oldScheduled, scheduled], { monthly: 12, eventDays: 14 })).toEqual([
      oldScheduled.name,
    ]);
  });

  it('keeps a sensible set from a year of hourly backups under the default policy', () => {
    const start = now.getTime() - 365 * 24 * 3_600_000;
    const backups: RotationCandidate[] = [];
    for (let t = start; t <= now.getTime(); t += 3_600_000) backups.push(backup(new Date(t).toISOString()));
    const pruned = new Set(chooseBackupsToPrune(backups, DEFAULT_ROTATION_POLICY, now));
    const kept = backups.filter((b) => !pruned.has(b.name));
    // 24 hourly + 13 more days + a few more weeks + the older months: a few dozen, not thousands.
    expect(kept.length).toBeGreaterThan(24 + 13);
    expect(kept.length).toBeLessThanOrEqual(24 + 14 + 8 + 12);
    expect(kept.map((b) => b.name)).toContain(now.toISOString());
  });
});

describe('chooseBackupsToPrune invariants', () => {
  const base = now.getTime();
  const candidates = fc
    .uniqueArray(
      fc.record({
        // From two years before `now` to a day after it.
        offset: fc.integer({ min: -2 * 365 * 24 * 60, max: 24 * 60 }),
        verified: fc.boolean(),
        event: fc.boolean(),
      }),
      { selector: (c) => c.offset, maxLength: 60 },
    )
    .map((list) =>
      list.map(({ offset, verified, event }, i) => ({
        name: `b${i}`,
        at: new Date(base + offset * 60_000),
        verified,
        event,
      })),
    );
  const policies = fc.record({
    hourly: fc.nat(30),
    daily: fc.nat(20),
    weekly: fc.nat(10),
    monthly: fc.nat(14),
    eventDays: fc.nat(30),
  });

  it('holds for any set of backups and any policy', () => {
    fc.assert(
      fc.property(candidates, policies, (backups, policy) => {
        const pruned = chooseBackupsToPrune(backups, policy, now);
        const names = new Set(backups.map((b) => b.name));
        // Only names from the input, each once.
        expect(pruned.every((name) => names.has(name))).toBe(true);
        expect(new Set(pruned).size).toBe(pruned.length);

        const verified = backups.filter((b) => b.verified).sort((a, b) => b.at.getTime() - a.at.getTime());
        const newest = verified[0];
        if (!newest) {
          expect(pruned).toEqual([]);
          return;
        }
        expect(pruned).not.toContain(newest.name);
        for (const b of backups) {
          if (!b.verified && b.at < newest.at) expect(pruned).toContain(b.name);
        }

        // Idempotent: what is left is already what the policy keeps.
        const left = backups.filter((b) => !pruned.includes(b.name));
        expect(chooseBackupsToPrune(left, policy, now)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
