import { type RewardKind, rewardFields } from '../../../../shared/schema/review';
import { amountText } from '../../../../shared/schema/typed-input';

// The reward form: the amount typed in the office currency ('2000.00' → minor units; blank is nothing,
// for a reward that costs nothing such as recognition); the reward's own schema checks the rest.

export interface RewardFormValues extends Record<string, unknown> {
  kind: RewardKind;
  staffId: string;
  amount: string;
  date: string;
  reviewId: string | null;
  note: string;
}

export const rewardFormSchema = (digits: number) =>
  rewardFields.extend({ amount: amountText(digits, rewardFields.shape.amount, { empty: 0 }) });

export const rewardFormValues = (preset: {
  staffId?: string;
  reviewId?: string | null;
  date: string;
}): RewardFormValues => ({
  kind: 'performance_bonus',
  staffId: preset.staffId ?? '',
  amount: '',
  date: preset.date,
  reviewId: preset.reviewId ?? null,
  note: '',
});
