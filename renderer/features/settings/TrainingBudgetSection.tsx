import { Button, Group } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { formatMoneyInput } from '../../../shared/rules/money-input';
import { moneySchema } from '../../../shared/schema/envelope';
import { amountText } from '../../../shared/schema/typed-input';
import { useSession } from '../../app/session-context';
import { type OfficeCurrency, useOfficeCurrency } from '../../app/use-office-currency';
import { loadTrainingBudget, saveTrainingBudget } from '../../db/training-budget';
import { AmountInput } from '../../ui/AmountInput';
import { notifySaved } from '../../ui/notify';
import { FormError, RecordForm, useRecordForm } from '../../ui/record-form';
import { Section } from '../../ui/Section';

/** The year's training budget, which the training overview sets the year's cost against. */
export function TrainingBudgetSection() {
  const { t } = useTranslation();
  const { db } = useSession();
  const currency = useOfficeCurrency();
  const stored = useLiveQuery(async () => ({ budget: await loadTrainingBudget(db) }), [db]);
  return (
    <Section title={t('settingsArea.trainingBudget')} hint={t('settingsArea.trainingBudgetHint')}>
      {stored && currency && <BudgetForm budget={stored.budget} currency={currency} />}
    </Section>
  );
}

function BudgetForm({ budget, currency }: { budget: number | null; currency: OfficeCurrency }) {
  const { t } = useTranslation();
  const { db } = useSession();
  // Blank (or 0) is no budget.
  const schema = z.object({ budget: amountText(currency.digits, moneySchema.min(0), { empty: 0 }) });
  const form = useRecordForm(schema, {
    initial: { budget: budget === null ? '' : formatMoneyInput(budget, currency.digits) },
    write: ({ budget: amount }) => saveTrainingBudget(db, amount === 0 ? null : amount),
    onSaved: () => notifySaved(t('settingsArea.saved')),
  });
  return (
    <RecordForm record={form}>
      <Group align="flex-start">
        <AmountInput
          label={t('settingsArea.trainingBudgetLabel', {
            year: new Date().getFullYear(),
            currency: currency.code,
          })}
          symbol={currency.symbol}
          w={260}
          data-testid="training-budget"
          {...form.field('budget')}
        />
        <Button type="submit" mt={25} loading={form.busy} data-testid="training-budget-save">
          {t('settingsArea.save')}
        </Button>
      </Group>
      <FormError message={form.error} />
    </RecordForm>
  );
}
