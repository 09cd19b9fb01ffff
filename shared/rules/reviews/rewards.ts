import { type Reward, type RewardKind, rewardKinds } from '../../schema/review';

export interface RewardTotals {
  /** Minor units spent in the year. */
  spent: number;
  /** Minor units by kind (every kind present, 0 when none). */
  byKind: Record<RewardKind, number>;
  /** How many rewards were given (those costing nothing included). */
  count: number;
}

/** The rewards of a calendar year (by their date), deleted ones left out. */
export function rewardTotals(
  rewards: readonly Pick<Reward, 'kind' | 'amount' | 'date' | 'deleted'>[],
  year: number,
): RewardTotals {
  const prefix = `${String(year).padStart(4, '0')}-`;
  const byKind = Object.fromEntries(rewardKinds.map((k) => [k, 0])) as Record<RewardKind, number>;
  let spent = 0;
  let count = 0;
  for (const reward of rewards) {
    if (reward.deleted || !reward.date.startsWith(prefix)) continue;
    spent += reward.amount;
    byKind[reward.kind] += reward.amount;
    count += 1;
  }
  return { spent, byKind, count };
}
