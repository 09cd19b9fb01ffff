// Which backups to delete: grandfather-father-son. For each of the last N hours, days, ISO weeks and
// months, the newest verified backup of that period is kept. Periods are UTC: the result is the same on
// every machine and in every test, and which copy stands for a day matters little to the user.
//
// Backups taken for a reason (by hand, before an import, a restore or an upgrade) are the ones a user
// comes back for — "undo that restore" — so they are all kept for `eventDays`, beside the periods' own
// copies; after that they count like any other backup.
//
// Safety comes before the policy: nothing is pruned until some backup has verified, the newest verified
// backup is always kept, and an unverified backup is only dropped once a newer verified one exists.

export interface RotationPolicy {
  hourly: number;
  daily: number;
  weekly: number;
  monthly: number;
  /** Days every backup taken for a reason (not the schedule or closing) is kept; none when absent. */
  eventDays?: number;
}

export const DEFAULT_ROTATION_POLICY: RotationPolicy = {
  hourly: 24,
  daily: 14,
  weekly: 8,
  monthly: 12,
  eventDays: 14,
};

export interface RotationCandidate {
  name: string;
  at: Date;
  verified: boolean;
  /** True for a backup taken by hand or before an import, restore or upgrade. */
  event?: boolean;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const WEEK_MS = 7 * DAY_MS;
// 1970-01-01 was a Thursday; ISO weeks start on Monday, and the first Monday was 1970-01-05.
const FIRST_MONDAY_MS = 4 * DAY_MS;

/** Each period kind numbers its periods consecutively, so "the last N" is a simple range. */
const periodIndex = {
  hourly: (t: Date) => Math.floor(t.getTime() / HOUR_MS),
  daily: (t: Date) => Math.floor(t.getTime() / DAY_MS),
  weekly: (t: Date) => Math.floor((t.getTime() - FIRST_MONDAY_MS) / WEEK_MS),
  monthly: (t: Date) => t.getUTCFullYear() * 12 + t.getUTCMonth(),
} satisfies Record<'hourly' | 'daily' | 'weekly' | 'monthly', (t: Date) => number>;

const newestFirst = (a: RotationCandidate, b: RotationCandidate) =>
  b.at.getTime() - a.at.getTime() || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0);

/** The names of the backups to delete, given all backups in the folder. */
export function chooseBackupsToPrune(
  backups: readonly RotationCandidate[],
  policy: RotationPolicy,
  now: Date,
): string[] {
  const verified = backups.filter((b) => b.verified).sort(newestFirst);
  const newestVerified = verified[0];
  if (!newestVerified) return [];

  const keep = new Set<string>([newestVerified.name]);
  const eventCutoff = now.getTime() - Math.max(0, policy.eventDays ?? 0) * DAY_MS;
  for (const backup of verified) if (backup.event && backup.at.getTime() > eventCutoff) keep.add(backup.name);
  for (const kind of Object.keys(periodIndex) as (keyof typeof periodIndex)[]) {
    const count = Math.max(0, Math.floor(policy[kind]));
    if (count === 0) continue;
    const index = periodIndex[kind];
    // A backup dated after `now` (the clock was set back) still counts, in its own period.
    const oldest = index(now) - count + 1;
    const seen = new Set<number>();
    for (const backup of verified) {
      // A recent event backup is kept anyway: it must not stand in for its period, or the schedule's own
      // copy of that hour would be pruned the moment the user backs up by hand or restores.
      if (backup.event && backup.at.getTime() > eventCutoff) continue;
      const period = index(backup.at);
      if (period < oldest || seen.has(period)) continue;
      // Newest first, so the first backup met in a period is its newest.
      seen.add(period);
      keep.add(backup.name);
    }
  }

  const prune = new Set<string>();
  for (const backup of backups) {
    if (keep.has(backup.name)) continue;
    // An unverified backup not older than every verified one is the latest attempt: kept for a look
    // until a newer backup verifies (at the same time the clock cannot tell which came later).
    if (!backup.verified && backup.at.getTime() >= newestVerified.at.getTime()) continue;
    prune.add(backup.name);
  }
  return [...prune];
}
