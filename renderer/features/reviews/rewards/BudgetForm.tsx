import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { formatMoneyInput } from '../../../../shared/rules/money-input';
import { moneySchema } from '../../../../shared/schema/envelope';
import { amountText } from '../../../../shared/schema/typed-input';
import { useSession } from '../../../app/session-context';
import type { OfficeCurrency } from '../../../app/use-office-currency';
import { saveRewardBudget } from '../../../db/review-commands';
import { AmountInput } from '../../../ui/AmountInput';
import { notifySaved } from '../../../ui/notify';
import { FormModal, useRecordForm } from '../../../ui/record-form';

// A year's reward budget, typed in the office currency; blank for none.

const budgetSchema = (digits: number) =>
  z.object({
    budget: z
      .string()
      .transform((typed) => (typed.trim() === '' ? null : typed))
      .pipe(amountText(digits, moneySchema.min(0)).nullable()),
  });

export function BudgetForm(props: {
  year: number;
  budget: number | null;
  currency: OfficeCurrency;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const { currency, year } = props;
  const record = useRecordForm(budgetSchema(currency.digits), {
    initial: { budget: props.budget === null ? '' : formatMoneyInput(props.budget, currency.digits) },
    write: async (input) => {
      await saveRewardBudget(session, year, input.budget);
      return input;
    },
    onSaved: () => {
      notifySaved(t('reviewsArea.rewards.budget.saved', { year }));
      props.onClose();
    },
  });
  return (
    <FormModal
      record={record}
      testId="reward-budget-form"
      saveTestId="reward-budget-save"
      size="sm"
      onClose={props.onClose}
      title={t('reviewsArea.rewards.budget.formTitle', { year })}
    >
      <AmountInput
        label={t('reviewsArea.rewards.budget.amount', { currency: currency.code })}
        description={t('reviewsArea.rewards.budget.amountHint')}
        symbol={currency.symbol}
        data-autofocus
        {...record.field('budget')}
        data-testid="reward-budget-amount"
      />
    </FormModal>
  );
}
