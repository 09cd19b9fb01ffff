import { describe, expect, it } from 'vitest';
import { rewardTotals } from '../../../../shared/rules/reviews';
import type { Reward, RewardKind } from '../../../../shared/schema/review';

const reward = (kind: RewardKind, amount: number, date: string, deleted = false) => ({
  kind,
  amount,
  date,
  deleted,
});

const rewards: Pick<Reward, 'kind' | 'amount' | 'date' | 'deleted'>[] = [
  reward('cash_bonus', 50_000, '2026-01-01'),
  reward('cash_bonus', 30_000, '2026-06-15'),
  reward('training', 12_500, '2026-12-31'),
  reward('recognition', 0, '2026-03-08'),
  reward('performance_bonus', 99_999, '2025-12-31'),
  reward('promotion', 20_000, '2027-01-01'),
  reward('cash_bonus', 70_000, '2026-05-01', true),
];

describe('reward totals', () => {
  it('adds up the year by kind, every kind present', () => {
    expect(rewardTotals(rewards, 2026)).toEqual({
      spent: 92_500,
      byKind: { cash_bonus: 80_000, performance_bonus: 0, promotion: 0, training: 12_500, recognition: 0 },
      count: 4,
    });
  });

  it('counts a reward by its date only in its own year, and never a deleted one', () => {
    expect(rewardTotals(rewards, 2025)).toMatchObject({ spent: 99_999, count: 1 });
    expect(rewardTotals(rewards, 2027)).toMatchObject({ spent: 20_000, count: 1 });
    expect(rewardTotals([reward('cash_bonus', 1, '2026-02-02', true)], 2026)).toMatchObject({
      spent: 0,
      count: 0,
    });
  });

  it('is all zero for a year without rewards', () => {
    expect(rewardTotals([], 2026)).toEqual({
      spent: 0,
      byKind: { cash_bonus: 0, performance_bonus: 0, promotion: 0, training: 0, recognition: 0 },
      count: 0,
    });
  });
});
